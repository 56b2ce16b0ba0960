// The report read as a reader would (issue 17), in a real browser
// (headless Debian Chromium, driven by playwright-core).
//
// From a demo pull folder, the already-built `heard` binary (HEARD_BIN,
// default <repo>/target/debug/heard) writes the report in en, ar and fa.
// Then, from where Chromium actually lays things out (not from the SVG's
// attributes): in a right-to-left report the month chart's first period is
// to the right of its last, each period bar starts at the right with its
// first answer and ends with what it hides, answer bars grow from the
// right, as the tables run; in English all of it runs left to right. And:
// a question shown to some people only has its "not asked" row and note,
// the listening sessions' disagreeing tallies are named with their
// published totals, and the report's <head> says what it covers.
//
// Run: cargo build -p heard-cli && (cd tests/browser && npm ci && node --test)

import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bin, browserPath, heardIn, repo } from './support.mjs';

const artifacts = path.join(repo, 'target', 'test-artifacts', 'report-reader');

const LOCALES = ['en', 'ar', 'fa'];
const RTL = new Set(['ar', 'fa', 'prs', 'ps']);

let work;
let browser;

const reportOf = (locale) => path.join(work, `report-${locale}.html`);

const heard = (args) => heardIn(work, args);

before(async () => {
  assert.ok(fs.existsSync(bin), `no heard binary at ${bin}: build it first (cargo build -p heard-cli) or set HEARD_BIN`);
  assert.ok(fs.existsSync(browserPath), `no Chromium at ${browserPath}: install the Debian package chromium`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-reader-'));
  heard(['demo', '--out', path.join(work, 'demo')]);
  for (const locale of LOCALES) {
    heard([
      'report', path.join(work, 'demo', 'pull'),
      '--org', path.join(work, 'demo', 'heard-org'),
      '--locale', locale,
      '--out', reportOf(locale),
    ]);
  }
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Opens `file` in a fresh page, under its own Content-Security-Policy. */
async function open(file) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1600 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  return { page, context };
}

/** Western digits for Persian or Arabic-Indic ones, without bidi marks. */
function latin(text) {
  return text
    .replace(/[\u2068\u2069]/g, '')
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .trim();
}

for (const locale of LOCALES) {
  const rtl = RTL.has(locale);
  const reading = rtl ? 'right to left' : 'left to right';

  test(`${locale}: the month chart runs ${reading}, as the month table does`, async () => {
    const { page, context } = await open(reportOf(locale));
    try {
      const laid = await page.evaluate(() => {
        const svg = document.querySelector('svg.chart.columns');
        const centre = (el) => {
          const r = el.getBoundingClientRect();
          return r.left + r.width / 2;
        };
        const labels = [...svg.querySelectorAll('text.period')]
          .sort((a, b) => Number(a.dataset.period) - Number(b.dataset.period))
          .map((t) => ({ text: t.textContent, x: centre(t) }));
        const columns = [...svg.querySelectorAll(':scope > rect')].map(centre);
        // The respondents-by-month table right after the chart.
        const table = svg.closest('figure').nextElementSibling;
        const headers = [...table.querySelectorAll('thead th')]
          .map((th) => ({ text: th.textContent, x: centre(th) }));
        return { labels, columns, headers };
      });
      assert.ok(laid.labels.length > 1, `periods: ${JSON.stringify(laid.labels)}`);
      const [first, last] = [laid.labels[0], laid.labels[laid.labels.length - 1]];
      assert.ok(rtl ? first.x > last.x : first.x < last.x, `${locale}: ${first.text} at ${first.x}, ${last.text} at ${last.x}`);
      const xs = laid.labels.map((l) => l.x);
      xs.slice(1).forEach((x, i) => assert.ok(rtl ? x < xs[i] : x > xs[i], `${locale}: periods in reading order: ${xs}`));
      if (laid.columns.length > 1) {
        const [a, b] = [laid.columns[0], laid.columns[laid.columns.length - 1]];
        assert.ok(rtl ? a > b : a < b, `${locale}: columns ${laid.columns}`);
      }
      // The table's first period column is on the same side as the chart's.
      const header = (text) => laid.headers.find((h) => h.text === text);
      const [t0, t1] = [header(first.text), header(last.text)];
      assert.ok(t0 && t1, `table headers ${JSON.stringify(laid.headers)}`);
      assert.equal(t0.x > t1.x, first.x > last.x, `${locale}: the chart and the table run the same way`);
    } finally {
      await context.close();
    }
  });

  test(`${locale}: each period bar starts ${rtl ? 'at the right' : 'at the left'} with its first answer`, async () => {
    const { page, context } = await open(reportOf(locale));
    try {
      const rows = await page.evaluate(() => {
        const out = [];
        for (const svg of document.querySelectorAll('svg.chart.trend')) {
          const box = (el) => el.getBoundingClientRect();
          const labels = [...svg.querySelectorAll('text.period')];
          const segments = [...svg.querySelectorAll('rect[data-option], rect[data-hidden]')];
          for (const label of labels) {
            const l = box(label);
            const mid = l.top + l.height / 2;
            const row = segments
              .map((s) => ({ option: s.dataset.option === undefined ? null : Number(s.dataset.option), r: box(s) }))
              .filter(({ r }) => r.top <= mid && r.bottom >= mid);
            if (row.length > 1) {
              out.push({
                label: { left: l.left, right: l.right },
                segments: row.map(({ option, r }) => ({ option, left: r.left, right: r.right })),
              });
            }
          }
        }
        return out;
      });
      assert.ok(rows.length > 3, `period bars with several segments: ${rows.length}`);
      for (const { label, segments } of rows) {
        const answers = segments.filter((s) => s.option !== null).sort((a, b) => a.option - b.option);
        const hatch = segments.find((s) => s.option === null);
        // Segments follow their answers' order in reading direction.
        answers.slice(1).forEach((s, i) => {
          const before = answers[i];
          assert.ok(rtl ? s.right <= before.left + 0.5 : s.left >= before.right - 0.5,
            `${locale}: answer ${s.option} after answer ${before.option}: ${JSON.stringify(segments)}`);
        });
        if (hatch && answers.length) {
          const lastAnswer = answers[answers.length - 1];
          assert.ok(rtl ? hatch.right <= lastAnswer.left + 0.5 : hatch.left >= lastAnswer.right - 0.5,
            `${locale}: what is hidden comes last: ${JSON.stringify(segments)}`);
        }
        // The period's label is before its bar in reading order.
        const start = rtl ? Math.max(...segments.map((s) => s.right)) : Math.min(...segments.map((s) => s.left));
        assert.ok(rtl ? label.left >= start - 0.5 : label.right <= start + 0.5,
          `${locale}: label ${JSON.stringify(label)} and bar start ${start}`);
      }
    } finally {
      await context.close();
    }
  });

  test(`${locale}: answer bars grow ${rtl ? 'leftwards from the right' : 'rightwards from the left'}`, async () => {
    const { page, context } = await open(reportOf(locale));
    try {
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('svg.chart.bars')].map((svg) =>
          [...svg.querySelectorAll(':scope > rect')].map((r) => {
            const b = r.getBoundingClientRect();
            return { left: b.left, right: b.right };
          })),
      );
      const drawn = charts.filter((c) => c.length > 1);
      assert.ok(drawn.length > 3, `bar charts: ${drawn.length}`);
      for (const bars of drawn) {
        const edges = bars.map((b) => Math.round(rtl ? b.right : b.left));
        assert.equal(new Set(edges).size, 1, `${locale}: bars start together: ${edges}`);
        const ends = bars.map((b) => (rtl ? b.left : b.right));
        assert.ok(ends.every((e) => (rtl ? e <= edges[0] : e >= edges[0])), `${locale}: ${JSON.stringify(bars)}`);
      }
    } finally {
      await context.close();
    }
  });

  test(`${locale}: a question shown to some people only has its "not asked" row, apart from no answer`, async () => {
    const { page, context } = await open(reportOf(locale));
    try {
      const found = await page.evaluate(() => {
        const table = document.querySelector('table[data-question="reason_understood"]');
        const rows = [...table.querySelectorAll('tbody tr')].map((tr) => tr.dataset.kind + ':' + tr.dataset.answer);
        let note = null;
        for (let el = table.closest('details'); el && el.tagName !== 'H4'; el = el.previousElementSibling) {
          if (el.matches('p.note.asked')) note = el.textContent;
        }
        return { rows, note };
      });
      assert.deepEqual(found.rows.slice(-4), ['answer:', 'asked:', 'not_asked:', 'respondents:'], JSON.stringify(found.rows));
      assert.ok(found.note && /\d/.test(latin(found.note)), `the note says how many were asked: ${found.note}`);
    } finally {
      await context.close();
    }
  });

  test(`${locale}: disagreeing attendance tallies are named with their published totals`, async () => {
    const { page, context } = await open(reportOf(locale));
    try {
      const found = await page.evaluate(() => {
        const note = document.querySelector('p.tally-mismatch');
        const totals = [...document.querySelectorAll('table[data-survey="listening-session"] tr[data-kind="attendance"][data-answer=""] td')]
          .map((td) => td.textContent);
        const visible = note ? note.getBoundingClientRect().height > 0 : false;
        return { note: note?.textContent ?? null, role: note?.getAttribute('role'), totals, visible };
      });
      const totals = found.totals.map(latin);
      // The demo's tallies are drawn at random per bracket: they disagree.
      // The warning stands on the records, whatever the published totals.
      assert.ok(found.note, `a warning beside totals ${totals}`);
      assert.ok(found.visible, 'the warning is on the page');
      assert.equal(found.role, 'note');
      assert.equal(totals.length, 2, 'by age and by gender');
      for (const t of totals) assert.ok(latin(found.note).includes(t), `${t} in ${found.note}`);
    } finally {
      await context.close();
    }
  });

  test(`${locale}: the report says what it covers in its head, in published figures`, async () => {
    const { page, context } = await open(reportOf(locale));
    try {
      const found = await page.evaluate(() => ({
        coverage: document.querySelector('head meta[name="heard-coverage"]')?.content,
        card: document.querySelector('section .card b')?.textContent,
        metas: document.querySelectorAll('meta[name="heard-coverage"]').length,
      }));
      assert.equal(found.metas, 1);
      const match = /^surveys=(\d+) respondents=(\d+) sessions=(\d+)$/.exec(found.coverage ?? '');
      assert.ok(match, found.coverage);
      assert.equal(match[1], '1');
      assert.equal(match[2], latin(found.card), 'the respondents the survey card shows');
      assert.equal(match[3], '1', 'the demo holds one listening session');
      await page.screenshot({ path: path.join(artifacts, `report-${locale}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
}
