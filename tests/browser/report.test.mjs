// Heard's report formats in a real browser (headless Debian Chromium,
// driven by playwright-core; no browser is downloaded).
//
// From a demo pull folder, the already-built `heard` binary (HEARD_BIN,
// default <repo>/target/debug/heard) writes the report in en, ar, ti and fa
// with --pdf, --csv and --easy-read. Then, for every HTML page (report and
// easy-read, each language): axe-core finds no serious or critical WCAG
// violation, headings never skip a level, every chart has a text
// alternative carrying its figures, the strict Content-Security-Policy is
// there and nothing is logged to the console. The PDF is a PDF; the CSV
// shows exactly the figures the HTML shows (a figure the HTML shows as
// "fewer than k" has no value in the CSV); right-to-left charts are
// mirrored. Full-page screenshots go to target/test-artifacts/report-a11y/.
//
// Run: cargo build -p heard-cli && (cd tests/browser && npm ci && node --test)

import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bin, browserPath, heardIn, repo } from './support.mjs';

const require = createRequire(import.meta.url);
const artifacts = path.join(repo, 'target', 'test-artifacts', 'report-a11y');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const LOCALES = ['en', 'ar', 'ti', 'fa'];
const RTL = new Set(['ar', 'fa', 'prs', 'ps']);
const SCREENSHOTS = new Set(['en', 'ar', 'ti']);
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

let work;
let browser;

/** Every output file of one language. */
function files(locale) {
  return {
    report: path.join(work, `report-${locale}.html`),
    easy: path.join(work, `easy-${locale}.html`),
    pdf: path.join(work, `report-${locale}.pdf`),
    csv: path.join(work, `report-${locale}.csv`),
  };
}

const heard = (args) => heardIn(work, args);

before(async () => {
  assert.ok(
    fs.existsSync(bin),
    `no heard binary at ${bin}: build it first (cargo build -p heard-cli) or set HEARD_BIN`,
  );
  assert.ok(
    fs.existsSync(browserPath),
    `no Chromium at ${browserPath}: install the Debian package chromium (cargo xtask test does)`,
  );
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-browser-'));
  heard(['demo', '--out', path.join(work, 'demo')]);
  // The demo's answers span the 84 days before today: compare at the middle,
  // so both halves hold answers whatever the date of the run.
  const compareAt = new Date(Date.now() - 42 * 86_400_000).toISOString().slice(0, 10);
  for (const locale of LOCALES) {
    const f = files(locale);
    heard([
      'report', path.join(work, 'demo', 'pull'),
      '--org', path.join(work, 'demo', 'heard-org'),
      '--locale', locale,
      '--compare-at', compareAt,
      '--out', f.report, '--pdf', f.pdf, '--csv', f.csv, '--easy-read', f.easy,
    ]);
  }
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Opens `file` in a fresh page; `bypassCSP` lets axe be injected. */
async function open(file, { bypassCSP = true } = {}) {
  const context = await browser.newContext({
    bypassCSP,
    viewport: { width: 1200, height: 1600 },
  });
  const page = await context.newPage();
  const console = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`error: ${e.message}`));
  await page.goto(pathToFileURL(file).href);
  return { page, context, console };
}

/** Readable lines for axe violations. */
function describe(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/** Western digits for Persian or Arabic-Indic ones. */
function latin(text) {
  return text
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Text without bidi isolation marks, trimmed. */
function clean(text) {
  return text.replace(/[\u2068\u2069]/g, '').trim();
}

/** RFC 4180 CSV: rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Every table tied to the CSV, as the reader sees it. */
async function tablesOf(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('table[data-survey]')].map((t) => ({
      survey: t.dataset.survey,
      question: t.dataset.question,
      breakdown: t.dataset.breakdown,
      columns: [...t.querySelectorAll('thead tr > *')].slice(1).map((c) => c.textContent),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
        kind: tr.dataset.kind,
        answer: tr.dataset.answer,
        cells: [...tr.querySelectorAll('td')].map((td) => ({
          text: td.textContent,
          few: td.classList.contains('few'),
        })),
      })),
    })),
  );
}

/** The HTML cells that show the figure of one CSV row. */
function cellsFor(tables, r) {
  const found = [];
  for (const t of tables) {
    if (t.survey !== r.survey) continue;
    if (r.breakdown !== 'all' && t.breakdown !== r.breakdown) continue;
    if (r.kind !== 'respondents' && t.question !== r.question_id) continue;
    const column = t.columns.map(clean).indexOf(clean(r.column));
    if (column < 0) continue;
    for (const row of t.rows) {
      if (row.kind === r.kind && (r.kind === 'respondents' || row.answer === r.answer_code)) {
        found.push(row.cells[column]);
      }
    }
  }
  return found;
}

for (const locale of LOCALES) {
  for (const kind of ['report', 'easy']) {
    test(`${locale} ${kind}: no serious or critical axe-core violation`, async () => {
      const { page, context } = await open(files(locale)[kind]);
      try {
        await page.evaluate(axeSource);
        const results = await page.evaluate(() =>
          window.axe.run(document, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
            },
            resultTypes: ['violations'],
          }),
        );
        const all = results.violations;
        if (all.length) console.log(`axe on ${locale} ${kind} (all impacts):\n${describe(all)}`);
        const bad = all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.equal(bad.length, 0, `serious or critical violations:\n${describe(bad)}`);
      } finally {
        await context.close();
      }
    });

    test(`${locale} ${kind}: lang, dir, CSP, headings in order, no console message`, async () => {
      const { page, context, console } = await open(files(locale)[kind], { bypassCSP: false });
      try {
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
          scripts: document.querySelectorAll('script').length,
          levels: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])),
          marks: document.body.innerText.includes('·'),
        }));
        assert.equal(facts.lang, locale);
        assert.equal(facts.dir, RTL.has(locale) ? 'rtl' : 'ltr');
        assert.equal(facts.csp, CSP);
        assert.equal(facts.scripts, 0);
        assert.equal(facts.levels[0], 1, 'the page starts with its h1');
        facts.levels.forEach((level, i) => {
          if (i > 0) assert.ok(level <= facts.levels[i - 1] + 1, `heading ${i} jumps from h${facts.levels[i - 1]} to h${level}`);
        });
        assert.ok(!facts.marks, 'no bare "·" mark: hidden figures are spelled out');
        assert.deepEqual(console, [], 'console messages');
        if (SCREENSHOTS.has(locale)) {
          await page.screenshot({ path: path.join(artifacts, `${kind}-${locale}-top.png`) });
          await page.screenshot({ path: path.join(artifacts, `${kind}-${locale}.png`), fullPage: true });
        }
      } finally {
        await context.close();
      }
    });
  }

  test(`${locale}: every chart has a text alternative with its figures, mirrored when right to left`, async () => {
    const { page, context } = await open(files(locale).report);
    try {
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('svg.chart')].map((svg) => {
          const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          const rects = [...svg.querySelectorAll(':scope > rect')].map((r) => ({
            x: Number(r.getAttribute('x')),
            w: Number(r.getAttribute('width')),
          }));
          return {
            kind: svg.getAttribute('class'),
            role: svg.getAttribute('role'),
            width: Number(svg.getAttribute('width')),
            name: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
            rects,
          };
        }),
      );
      assert.ok(charts.length > 5, `charts: ${charts.length}`);
      for (const c of charts) {
        assert.equal(c.role, 'img', c.kind);
        assert.match(latin(c.name), /\d/, `${c.kind}: its name carries figures: ${c.name}`);
      }
      const rtl = RTL.has(locale);
      const bars = charts.filter((c) => c.kind === 'chart bars' && c.rects.length > 0);
      assert.ok(bars.length > 0);
      for (const c of bars) {
        // Bars grow from the labels: from one left edge, or (mirrored) from one right edge.
        const edges = c.rects.map((r) => Math.round(rtl ? r.x + r.w : r.x));
        assert.equal(new Set(edges).size, 1, `${locale}: bars start together: ${edges}`);
        assert.ok(rtl ? edges[0] > c.width / 2 : edges[0] < c.width / 2, `${locale}: bars start at ${edges[0]} of ${c.width}`);
      }
      const columns = charts.find((c) => c.kind === 'chart columns' && c.rects.length > 1);
      assert.ok(columns, 'a column chart with several periods');
      const [first, last] = [columns.rects[0], columns.rects[columns.rects.length - 1]];
      assert.ok(rtl ? first.x > last.x : first.x < last.x, `${locale}: periods run in reading order`);
    } finally {
      await context.close();
    }
  });

  test(`${locale}: the PDF is a PDF`, () => {
    const bytes = fs.readFileSync(files(locale).pdf);
    assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
    assert.ok(bytes.length > 10_000, `${bytes.length} bytes`);
  });

  test(`${locale}: the CSV shows exactly what the HTML shows, never a figure it hides`, async () => {
    const [header, ...rows] = parseCsv(fs.readFileSync(files(locale).csv, 'utf8'));
    assert.deepEqual(header, [
      'kind', 'survey', 'survey_title', 'question_id', 'question', 'answer_code',
      'answer', 'breakdown', 'column', 'value', 'note',
    ]);
    assert.ok(rows.length > 100, `${rows.length} rows`);
    const { page, context } = await open(files(locale).report);
    try {
      const tables = await tablesOf(page);
      const few = await page.evaluate(() => document.querySelector('td.few')?.textContent);
      assert.ok(few, 'the report hides some figures');
      let hidden = 0;
      for (const fields of rows) {
        const r = Object.fromEntries(header.map((h, i) => [h, fields[i]]));
        const cells = cellsFor(tables, r);
        assert.ok(cells.length > 0, `no HTML cell for ${JSON.stringify(r)}`);
        for (const cell of cells) {
          if (r.note === 'fewer_than_k') {
            hidden++;
            assert.equal(r.value, '');
            assert.ok(cell.few, `hidden in the CSV, shown in the HTML: ${JSON.stringify(r)} vs ${cell.text}`);
            assert.equal(cell.text, few);
          } else {
            assert.match(r.value, /^\d+$/);
            assert.ok(!cell.few, `the HTML shows "${cell.text}" but the CSV gives ${r.value}: ${JSON.stringify(r)}`);
            assert.equal(latin(cell.text), r.value, JSON.stringify(r));
          }
        }
      }
      assert.ok(hidden > 0, 'some CSV rows are fewer than k');
    } finally {
      await context.close();
    }
  });
}

test('Ethiopic and Arabic fonts are installed, so Tigrinya and Arabic render as text, not boxes', () => {
  for (const lang of ['ti', 'ar', 'fa']) {
    const fonts = execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim();
    assert.ok(fonts.length > 0, `no font for ${lang}: install the Debian package fonts-noto-core`);
  }
});
