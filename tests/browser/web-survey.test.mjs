// The web survey page (issue 14) in a real browser: headless Debian
// Chromium at a phone's size, driven by playwright-core, against a real
// `heard-server` on 127.0.0.1 and a link made with `heard link create`.
//
// heard-server (HEARD_SERVER_BIN, default the debug build) serves the page
// under the link's path, `/s/<link>/`: the page built into it when
// HEARD_WEB_BUILT_IN is set (`cargo xtask test` builds it so), else one
// `cargo xtask web --out <tmp>/site` builds, given with --web-page. The real CLI
// (HEARD_BIN) makes the organization (`heard keygen`, `heard org init`),
// publishes the shipped post-encounter questionnaire, and creates the links.
//
// In Arabic: the page is right to left, every screen is filled (first
// choice, a number, a canary phrase in the free text) and scanned with
// axe-core, the language can change without losing answers, the
// connection goes, a reload still works from the service worker and
// resumes the draft, and neither IndexedDB nor Cache Storage holds the
// canary in the clear. Submitted offline, the envelope waits; back online,
// the server holds exactly one, and `heard pull` decrypts it with the
// steward's key to the answers given. A revoked link, a questionnaire the
// link does not serve, a bundle whose signature does not verify and a
// tampered organization key each show a clear message in the person's
// language and keep nothing. "Leave quickly" leaves no draft. Screenshots
// in en, ar and ti go to target/test-artifacts/web/.
//
// Run: cargo build -p heard-cli -p heard-server && (cd tests/browser && npm ci && node --test)

import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { bin, buildPage, heardIn, repo, startServer, browserPath, CHROMIUM_ARGS, PHONE } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const artifacts = path.join(repo, 'target', 'test-artifacts', 'web');

const CANARY = 'CANARY-WEB-7731';
const CHOICE_KINDS = ['consent', 'single', 'multiple', 'yes-no', 'scale'];
const ADMIN_TOKEN = 'browser-test-admin-token-0123456789abcdef';
const serverBin = process.env.HEARD_SERVER_BIN ?? path.join(repo, 'target', 'debug', 'heard-server');
/** Set by `cargo xtask test`, which builds heard-server with the page
 *  built in (`cargo xtask web --server`): then no --web-page is given, so
 *  the page under test is the one the binary serves by itself. */
const builtIn = Boolean(process.env.HEARD_WEB_BUILT_IN);

let work;
let site;
let org;
let server;
let base;
let browser;
let identity;
/** The link the survey test answers through, and a second one revoked. */
let survey;
let revoked;
/** A link withdrawn while an answer made through it waits to be sent. */
let withdrawn;

const heard = (args) => heardIn(work, args);
/** `heard args…`, what it printed on stdout and stderr. */
function heardAll(args) {
  const run = spawnSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, HEARD_ORG: undefined } });
  assert.equal(run.status, 0, `heard ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}
const admin = ['--org', 'ORG', '--admin-token', ADMIN_TOKEN];
const orgArgs = () => admin.map((a) => (a === 'ORG' ? org : a));

/** `heard link create` for `group`: its id and the URL it printed. */
function createLink(group) {
  const printed = heard(['link', 'create', '--questionnaire', 'post-encounter', '--group', group, '--out', path.join(work, group), ...orgArgs()]);
  const url = printed.split('\n').map((l) => l.trim()).find((l) => l.startsWith('http'));
  assert.ok(url, `heard link create printed no URL:\n${printed}`);
  const id = new URL(url).pathname.match(/^\/s\/([0-9a-f]{32})\/?$/)?.[1];
  assert.ok(id, `the link's path is /s/<id>/: ${url}`);
  return { id, url, fragment: new URLSearchParams(new URL(url).hash.slice(1)) };
}

/** The link's URL with fragment fields replaced. */
function altered(link, changes) {
  const url = new URL(link.url);
  const fragment = new URLSearchParams(link.fragment);
  for (const [k, v] of Object.entries(changes)) fragment.set(k, v);
  url.hash = fragment.toString();
  return url.href;
}

/** `heard pull` into `dir`: the submissions it exported (JSONL), and
 *  what it said. */
function pull(dir) {
  const said = heardAll(['pull', '--identity', identity, '--out', dir, ...orgArgs()]);
  const file = path.join(dir, 'post-encounter-v1', 'submissions.jsonl');
  const submissions = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    : [];
  const state = JSON.parse(fs.readFileSync(path.join(dir, 'pull.json'), 'utf8'));
  return { submissions, said, summary: state.summary };
}

before(async () => {
  assert.ok(fs.existsSync(bin), `no heard binary at ${bin}: build it first (cargo build -p heard-cli) or set HEARD_BIN`);
  assert.ok(fs.existsSync(serverBin), `no heard-server at ${serverBin}: build it first (cargo build -p heard-server) or set HEARD_SERVER_BIN`);
  assert.ok(fs.existsSync(browserPath), `no Chromium at ${browserPath}: install the Debian package chromium`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-web-'));
  if (builtIn) {
    site = null; // the page built into heard-server (`cargo xtask test` builds it so)
  } else {
    site = path.join(work, 'site');
    for (const line of buildPage(site).split('\n').filter((l) => /gzipped|web_bundle_size/.test(l))) {
      console.log(`cargo xtask web: ${line}`);
    }
  }

  server = await startServer({ serverBin, db: path.join(work, 'server.db'), adminToken: ADMIN_TOKEN, site });
  base = server.url;
  if (builtIn) {
    const page = await fetch(`${base}/s/${'0'.repeat(32)}/`);
    assert.equal(page.status, 200, `${serverBin} has no web page built in: build it with HEARD_WEB_PAGE_DIR set (cargo xtask web --server, or cargo xtask test)`);
  }
  identity = path.join(work, 'steward.key');
  heard(['keygen', '--out', identity]);
  org = path.join(work, 'heard-org');
  heard(['org', 'init', '--org', org, '--name', 'Web Test Org', '--server', base, '--identity', identity]);
  heard(['questionnaire', 'publish', path.join(repo, 'questionnaires', 'post-encounter'), ...orgArgs()]);
  survey = createLink('poster-north');
  revoked = createLink('poster-old');
  withdrawn = createLink('poster-east');
  heard(['link', 'revoke', revoked.id, ...orgArgs()]);
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.child.kill();
  // HEARD_KEEP_TEST_DIR=1 keeps the folder (server database, pull) to look into.
  if (work && !process.env.HEARD_KEEP_TEST_DIR) fs.rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${work}`);
});

/** A fresh context (its own storage) at a phone's size, and its page;
 *  console errors and page errors are collected. */
async function open(locale, url = survey.url) {
  const context = await browser.newContext({ locale, viewport: PHONE, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(url);
  return { context, page, errors };
}

const ready = (page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true');

/** Every value in IndexedDB and Cache Storage, as text (bytes read as
 *  Latin-1, so any ASCII in them shows), plus what the draft key is. */
async function dumpStorage(page) {
  return page.evaluate(async () => {
    const req = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const text = (v) => {
      if (v instanceof ArrayBuffer) return Array.from(new Uint8Array(v), (b) => String.fromCharCode(b)).join('');
      if (ArrayBuffer.isView(v)) return text(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
      if (typeof CryptoKey !== 'undefined' && v instanceof CryptoKey) return `CryptoKey(${JSON.stringify(v.algorithm)})`;
      if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}=${text(x)}`).join(';');
      return String(v);
    };
    const idb = {};
    let key = null;
    for (const info of await indexedDB.databases()) {
      const db = await req(indexedDB.open(info.name));
      for (const name of db.objectStoreNames) {
        const store = db.transaction(name).objectStore(name);
        const values = await req(store.getAll());
        idb[`${info.name}/${name}`] = values.map(text);
        if (name === 'keys') {
          const k = values[0];
          if (k) key = { type: k.constructor.name, extractable: k.extractable, algorithm: k.algorithm.name, usages: k.usages };
        }
      }
      db.close();
    }
    const cache = {};
    for (const name of await caches.keys()) {
      const c = await caches.open(name);
      for (const request of await c.keys()) {
        const body = await (await c.match(request)).arrayBuffer();
        cache[request.url] = text(body);
      }
    }
    return { idb, cache, key, local: localStorage.length, session: sessionStorage.length };
  });
}

/** What each item answered on screen should be sealed as. */
function expected(kind, code) {
  if (kind === 'consent') return { type: 'consent', value: true };
  if (kind === 'multiple') return { type: 'choices', value: [code] };
  return { type: 'choice', value: code };
}

/** Answers everything on the current screen: the first choice of each
 *  choice item (items that appear meanwhile too), 3 in a number, the
 *  canary in free text. Returns what it answered. */
async function fillScreen(page) {
  const answered = {};
  for (let guard = 0; guard < 30; guard++) {
    const open = await page.$$eval(
      'section.item',
      (sections, kinds) =>
        sections
          .filter((s) => kinds.includes(s.dataset.kind) && !s.querySelector('input:checked'))
          .map((s) => ({ id: s.dataset.id, kind: s.dataset.kind, code: s.querySelector('.choice input').value })),
      CHOICE_KINDS,
    );
    if (open.length === 0) break;
    const { id, kind, code } = open[0];
    await page.locator(`section.item[data-id="${id}"] label.choice`).first().click();
    await page.waitForFunction((i) => document.querySelector(`section[data-id="${i}"] .choice input:checked`), id);
    answered[id] = expected(kind, code);
  }
  for (const s of await page.$$eval('section.item', (all) => all.map((x) => ({ id: x.dataset.id, kind: x.dataset.kind })))) {
    const field = page.locator(`#in-${s.id}`);
    if (s.kind === 'integer') {
      await field.fill('3');
      answered[s.id] = { type: 'integer', value: 3 };
    } else if (s.kind === 'text' || s.kind === 'long-text') {
      await field.fill(CANARY);
      answered[s.id] = { type: 'text', value: CANARY };
    } else if (s.kind === 'date') {
      await field.fill('2026-01-15');
      answered[s.id] = { type: 'date', value: '2026-01-15' };
    }
  }
  return answered;
}

/** The page's address without the link's fragment (no survey, no key). */
const withoutLink = () => {
  const url = new URL(survey.url);
  return url.origin + url.pathname;
};

const screenOf = (page) => page.locator('main').getAttribute('data-screen');

/** Presses `button` (Next, Back, Change…) and waits for another screen. */
async function move(page, button) {
  const before = await screenOf(page);
  await button.click();
  try {
    // Submit seals in wasm and waits for IndexedDB: as long as any other
    // wait here, not less, on a loaded machine.
    await page.waitForFunction((b) => document.querySelector('main').dataset.screen !== b, before, { timeout: 30000 });
  } catch {
    const errors = await page.locator('.error:not([hidden])').allInnerTexts();
    assert.fail(`still on ${before} after pressing the button: ${errors.join(' | ')}`);
  }
  return screenOf(page);
}

/** axe-core on the page as it is: no serious or critical violation. */
async function axe(page, where) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = (list) => list.map((v) => `[${v.impact}] ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('\n');
  if (results.violations.length) console.log(`axe on ${where}:\n${text(results.violations)}`);
  assert.equal(bad.length, 0, `axe on ${where}:\n${text(bad)}`);
}

const draftSaved = (page) => page.waitForFunction(() => document.documentElement.dataset.draft === 'saved');

/** Waits for the error view and returns what it says. */
async function errorShown(page) {
  await page.waitForFunction(() => document.querySelector('main').dataset.view === 'error');
  return page.locator('main [role=alert]').innerText();
}

/** Storage after a refusal: nothing kept at all. */
async function assertNothingKept(page, what) {
  const stored = await dumpStorage(page);
  assert.deepEqual(stored.idb, {}, `${what}: no IndexedDB`);
  assert.deepEqual(stored.cache, {}, `${what}: no cache`);
  assert.equal(stored.local + stored.session, 0, `${what}: no Web Storage`);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, `${what}: no service worker`);
}

test('in Arabic at a phone size: filled, resumed offline, submitted offline, sent when back online, pulled and decrypted', async () => {
  const { context, page, errors } = await open('ar');
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.equal(await screenOf(page), 'consent');
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready');
  await page.screenshot({ path: path.join(artifacts, 'first-screen-ar.png'), fullPage: true });

  // Every choice row is a comfortable touch target.
  for (const box of await page.locator('label.choice').evaluateAll((all) => all.map((l) => l.getBoundingClientRect().height))) {
    assert.ok(box >= 48, `a choice row is ${box}px high`);
  }
  // The page's own words are the app catalog's Arabic (locales/ar/app.ftl), not English.
  const arabicOnly = /^[\u0600-\u06FF\s.…،]+$/;
  for (const id of ['#leave', '#next']) {
    const words = (await page.locator(id).textContent()).trim();
    assert.match(words, arabicOnly, `${id} says "${words}"`);
  }
  assert.match(await page.locator('#stays').innerText(), /[\u0600-\u06FF]/, 'what stays on the phone is said in Arabic');

  const answers = {};
  const scanned = new Set();
  let reachedText = false;
  for (let guard = 0; guard < 30 && (await screenOf(page)) !== 'review'; guard++) {
    const screen = await screenOf(page);
    // axe on each kind of screen: the set of item kinds it shows.
    const kinds = (await page.$$eval('section.item', (all) => all.map((x) => x.dataset.kind))).sort().join('+');
    if (!scanned.has(kinds)) {
      scanned.add(kinds);
      await axe(page, `the Arabic screen ${screen} (${kinds})`);
    }
    Object.assign(answers, await fillScreen(page));
    assert.ok(await page.locator('#leave').isVisible(), `Leave quickly is on ${screen}`);

    if (screen === 'page_contact') {
      await page.screenshot({ path: path.join(artifacts, 'page-contact-ar.png'), fullPage: true });
      // Another language and back: the answers stay, the direction follows.
      await page.locator('#lang').selectOption('en');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
      assert.equal(await page.locator('section[data-id="contact_kind"] .choice input:checked').count(), 1);
      await page.locator('#lang').selectOption('ar');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.equal(await page.locator('#in-officers_count').inputValue(), '3');
    }

    if (Object.values(answers).some((a) => a.value === CANARY) && !reachedText) {
      reachedText = true;
      await draftSaved(page);
      const stored = await dumpStorage(page);
      assert.deepEqual(
        stored.key,
        { type: 'CryptoKey', extractable: false, algorithm: 'AES-GCM', usages: ['encrypt', 'decrypt'] },
        'the draft key is a non-extractable AES-GCM CryptoKey',
      );
      assert.equal(stored.idb['heard-web/drafts'].length, 1, 'one draft is kept');
      assert.ok(!JSON.stringify(stored).includes(CANARY), 'no storage holds the canary in the clear');
      // The bundle in the cache holds every choice code; IndexedDB none.
      assert.ok(!JSON.stringify(stored.idb).includes('stopped_public'), 'IndexedDB holds no answer code in the clear');
      assert.ok(Object.keys(stored.cache).some((u) => u.endsWith('/v1/questionnaires/post-encounter')), 'the bundle is cached');
      assert.ok(Object.keys(stored.cache).some((u) => u.endsWith('/v1/config')), 'the config is cached');
      assert.equal(stored.local + stored.session, 0, 'nothing in Web Storage');

      // The connection goes; the page comes back from the service worker
      // with the draft, on the same screen.
      await context.setOffline(true);
      await page.reload();
      await ready(page);
      assert.equal(await screenOf(page), screen, 'resumed on the same screen');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      const field = await page.$$eval('textarea, input[type=text]', (all) => all.map((f) => f.value));
      assert.ok(field.includes(CANARY), `the typed text is back: ${field}`);
    }
    await move(page, page.locator('#next'));
  }
  assert.ok(reachedText, 'a free-text field was filled');
  assert.ok(scanned.size >= 4, `axe ran on ${scanned.size} kinds of screen: ${[...scanned].join(', ')}`);
  assert.equal(await screenOf(page), 'review');

  // The review lists the answers with a change button each; changing goes
  // to the screen and answers stay.
  const lines = await page.locator('.review .line').count();
  assert.ok(lines >= Object.keys(answers).length - 1, `${lines} review lines`);
  assert.equal(await page.locator('.review .line button').count(), lines);
  assert.equal(await move(page, page.locator('.review .line[data-item="contact_kind"] button')), 'page_contact');
  assert.equal(await page.locator('section[data-id="contact_kind"] .choice input:checked').count(), 1);
  for (let guard = 0; guard < 30 && (await screenOf(page)) !== 'review'; guard++) {
    await move(page, page.locator('#next'));
  }
  assert.ok(await page.locator('#submit').isEnabled(), 'the review is complete');
  await page.screenshot({ path: path.join(artifacts, 'review-ar.png'), fullPage: true });
  await axe(page, 'the Arabic review');

  // Submitted with no connection: sealed and queued, the end screen says so.
  await move(page, page.locator('#submit'));
  assert.equal(await screenOf(page), 'sealed');
  await draftSaved(page);
  await page.waitForFunction(() => document.documentElement.dataset.upload === 'queued');
  await page.screenshot({ path: path.join(artifacts, 'sealed-queued-ar.png'), fullPage: true });
  await axe(page, 'the Arabic end screen');
  const box = await page.evaluate(() => window.heardOutbox());
  assert.equal(box.count, 1, 'exactly one envelope waits');
  const after = await dumpStorage(page);
  assert.equal(after.idb['heard-web/drafts'].length, 0, 'the draft is gone once sealed');
  assert.ok(!JSON.stringify(after).includes(CANARY), 'the outbox holds no canary in the clear');
  assert.deepEqual(pull(path.join(work, 'pull-before')).submissions, [], 'the server has nothing while the phone is offline');

  // Back online: the page sends the envelope by itself.
  await context.setOffline(false);
  await page.waitForFunction(() => document.documentElement.dataset.upload === 'sent', null, { timeout: 20000 });
  assert.equal((await page.evaluate(() => window.heardOutbox())).count, 0, 'the outbox is empty once sent');
  assert.match(await page.locator('#upload-status').innerText(), /[\u0600-\u06FF]/, 'the end screen says it was sent, in Arabic');

  const pulled = pull(path.join(work, 'pull'));
  assert.equal(pulled.submissions.length, 1, `the server held exactly one envelope; heard pull said:\n${pulled.said}`);
  // Signed with the link's group key: the pull knows which poster it came from.
  assert.deepEqual(pulled.summary.by_group, { 'poster-north': 1 });
  assert.deepEqual(pulled.summary.set_aside, {}, 'nothing set aside');
  const submission = pulled.submissions[0];
  assert.ok(JSON.stringify(submission).includes(CANARY), 'the canary is in the decrypted submission');
  for (const [item, answer] of Object.entries(answers)) {
    assert.deepEqual(submission.answers[item], answer, item);
  }
  assert.deepEqual(submission.questionnaire, { id: 'post-encounter', version: 1 });
  assert.equal(submission.locale, 'ar');
  // A second page load sends nothing twice.
  await page.reload();
  await ready(page);
  assert.equal(pull(path.join(work, 'pull')).submissions.length, 1, 'still one submission after the page is opened again');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), [], 'nothing logged as an error');
  await context.close();
});

/** Fills every screen (see fillScreen) up to the review. */
async function fillToReview(page) {
  for (let guard = 0; guard < 30 && (await screenOf(page)) !== 'review'; guard++) {
    await fillScreen(page);
    await move(page, page.locator('#next'));
  }
  assert.equal(await screenOf(page), 'review');
}

test('a link withdrawn while its answer waits: the end screen says the survey closed, the server takes nothing', async () => {
  const { context, page } = await open('en', withdrawn.url);
  await ready(page);
  await fillToReview(page);
  heard(['link', 'revoke', withdrawn.id, ...orgArgs()]);
  await move(page, page.locator('#submit'));
  assert.equal(await screenOf(page), 'sealed');
  await page.waitForFunction(() => document.documentElement.dataset.upload === 'closed', null, { timeout: 20000 });
  assert.match(await page.locator('#upload-status').innerText(), /closed before your answers could be sent.*deleted from this phone/);
  await page.screenshot({ path: path.join(artifacts, 'withdrawn-en.png'), fullPage: true });
  // An envelope that can never be sent is not left on the phone (it would
  // only show that its owner took part), and nothing reached the server.
  assert.equal((await page.evaluate(() => window.heardOutbox())).count, 0);
  assert.deepEqual((await dumpStorage(page)).idb['heard-web/outbox'], []);
  const pulled = pull(path.join(work, 'pull-withdrawn'));
  assert.equal(pulled.summary.by_group['poster-east'] ?? 0, 0, `nothing from the withdrawn poster: ${JSON.stringify(pulled.summary)}`);
  await context.close();
});

test('a revoked link: a clear message in Arabic, nothing kept', async () => {
  const { context, page } = await open('ar', revoked.url);
  const message = await errorShown(page);
  assert.match(message, /[\u0600-\u06FF]/, `said in Arabic: ${message}`);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.ok(await page.locator('#leave').isVisible());
  assert.equal(await page.locator('section.item').count(), 0, 'no question is shown');
  assert.equal(await page.locator('main').getAttribute('data-fail'), 'web-closed');
  await page.screenshot({ path: path.join(artifacts, 'revoked-ar.png'), fullPage: true });
  await axe(page, 'the Arabic error screen');
  await assertNothingKept(page, 'a revoked link');
  await context.close();
});

test('a link asking for a questionnaire it does not serve: a clear message, nothing kept', async () => {
  const { context, page } = await open('en', altered(survey, { q: 'listening-session' }));
  const message = await errorShown(page);
  assert.match(message, /could not be opened/);
  assert.equal(await page.locator('main').getAttribute('data-fail'), 'web-cannot-open');
  assert.equal(await page.locator('section.item').count(), 0, 'no question is shown');
  await assertNothingKept(page, 'an unknown questionnaire');
  await context.close();
});

test('a bundle whose signature does not verify: not shown, nothing kept', async () => {
  const context = await browser.newContext({ locale: 'ti', viewport: PHONE, hasTouch: true });
  // What an altered server or a meddling network would send: the
  // questionnaire with one byte of its signature changed.
  await context.route('**/v1/questionnaires/**', async (route) => {
    const response = await route.fetch();
    const signed = JSON.parse(await response.text());
    assert.equal(typeof signed.signature, 'string', `a signed document: ${Object.keys(signed)}`);
    const bytes = Buffer.from(signed.signature, 'base64');
    bytes[5] ^= 0x20;
    signed.signature = bytes.toString('base64');
    await route.fulfill({ response, body: JSON.stringify(signed) });
  });
  const page = await context.newPage();
  await page.goto(survey.url);
  const message = await errorShown(page);
  assert.equal(await page.locator('main').getAttribute('data-fail'), 'web-not-authentic');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ti');
  assert.match(message, /[\u1200-\u137F]/, `said in Tigrinya (Ge'ez script): ${message}`);
  assert.equal(await page.locator('section.item').count(), 0, 'no question is shown');
  await page.screenshot({ path: path.join(artifacts, 'bad-signature-ti.png'), fullPage: true });
  await assertNothingKept(page, 'a bad signature');
  await context.close();
});

test('a tampered organization key in the link: a clear error, nothing kept', async () => {
  const real = Buffer.from(survey.fragment.get('k'), 'base64url');
  real[7] ^= 0x01;
  const { context, page } = await open('en', altered(survey, { k: real.toString('base64url') }));
  const message = await errorShown(page);
  assert.equal(await page.locator('main').getAttribute('data-fail'), 'web-not-authentic');
  assert.match(message, /organization/);
  assert.ok(await page.locator('#leave').isVisible());
  assert.equal(await page.locator('section.item').count(), 0, 'no question is shown');
  await page.screenshot({ path: path.join(artifacts, 'tampered-key-en.png'), fullPage: true });
  await assertNothingKept(page, 'a tampered key');
  // Leaving from the error keeps nothing either: no database, no mark.
  await page.locator('#leave').click();
  await page.waitForURL('about:blank');
  await page.goto(withoutLink());
  await errorShown(page);
  await assertNothingKept(page, 'leaving a tampered key');
  await context.close();
});

test('"Leave quickly" cut short before the draft was removed: the next open removes it, and the link starts afresh', async () => {
  const { context, page, errors } = await open('en');
  await ready(page);
  await page.locator('section[data-id="consent"] label.choice').first().click();
  await draftSaved(page);
  assert.equal((await dumpStorage(page)).idb['heard-web/drafts'].length, 1);
  // What "Leave quickly" leaves when the neutral page replaced this one
  // before IndexedDB committed the removal: its mark, and the draft.
  await page.evaluate(() => localStorage.setItem('heard-web-leaving', '1'));
  await page.goto('about:blank');
  await page.goto(survey.url);
  await ready(page);
  assert.equal(await screenOf(page), 'consent');
  assert.equal(
    await page.locator('section[data-id="consent"] input:checked').count(),
    0,
    'the left answer is not resumed',
  );
  const stored = await dumpStorage(page);
  assert.equal(stored.idb['heard-web/drafts'].length, 0, 'the draft is gone');
  assert.equal(stored.key, null, 'and so is its key');
  assert.equal(stored.local + stored.session, 0, 'the mark is removed once done');
  assert.deepEqual(errors, []);
  await context.close();
});

test('English and Tigrinya first screens; "Leave quickly" leaves a neutral page and no draft', async () => {
  for (const locale of ['en', 'ti']) {
    const { context, page, errors } = await open(locale);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    await page.screenshot({ path: path.join(artifacts, `first-screen-${locale}.png`), fullPage: true });
    if (locale === 'en') {
      await page.locator('section[data-id="consent"] label.choice').first().click();
      await draftSaved(page);
      assert.equal((await dumpStorage(page)).idb['heard-web/drafts'].length, 1);
      const entries = await page.evaluate(() => history.length);
      await page.locator('#leave').click();
      await page.waitForURL('about:blank');
      assert.equal(await page.evaluate(() => history.length), entries, 'the neutral page replaced the survey in the history');
      await page.goBack().catch(() => null);
      assert.ok(!page.url().startsWith(base), `Back does not return to the survey: ${page.url()}`);
      // Back on the page without the link's fragment: the draft is gone.
      await page.goto(withoutLink());
      await errorShown(page);
      assert.equal(await page.locator('main').getAttribute('data-fail'), 'web-bad-link');
      const after = await dumpStorage(page);
      assert.equal(after.idb['heard-web/drafts'].length, 0);
      assert.equal(after.key, null, 'the draft key is gone too');
      assert.equal(after.local + after.session, 0, 'no mark is left behind');
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
