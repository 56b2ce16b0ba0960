// The web survey page (issue 14) in a real browser: headless Debian
// Chromium at a phone's size, driven by playwright-core.
//
// `cargo xtask web --out <tmp>/site` builds the page (a no-op build when
// it is fresh); the real CLI (HEARD_BIN, default target/debug/heard) makes
// an organization (`heard keygen`, `heard org init`) and signs the shipped
// post-encounter questionnaire (`heard questionnaire pack`). A small Node
// server on 127.0.0.1 serves the page and the bundle; the link's fragment
// carries the org's public key (derived from heard-org/signing.key, which
// `heard org show` does not print) and the steward's age recipient.
//
// In Arabic: the page is right to left, every screen is filled (first
// choice, a number, a canary phrase in the free text), the language can
// change without losing answers, the connection goes, a reload still works
// from the service worker and resumes the draft, and neither IndexedDB nor
// Cache Storage holds the canary in the clear. Submitted offline, exactly
// one envelope waits in the outbox, and the real `age -d` opens it to the
// answers given. A tampered key in the link shows a clear error and keeps
// nothing; "Leave quickly" leaves no draft. Screenshots of the first
// screen in en, ar and ti go to target/test-artifacts/web/.
//
// Run: cargo build -p heard-cli && (cd tests/browser && npm ci && node --test)

import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { bin, heardIn, repo } from './support.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const browserPath = process.env.HEARD_CHROMIUM ?? '/usr/bin/chromium';
const artifacts = path.join(repo, 'target', 'test-artifacts', 'web');

const CANARY = 'CANARY-WEB-7731';
const PHONE = { width: 390, height: 844 };
const CHOICE_KINDS = ['consent', 'single', 'multiple', 'yes-no', 'scale'];
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

let work;
let site;
let server;
let base;
let browser;
let orgKey;
let recipient;
let identity;

const heard = (args) => heardIn(work, args);

/** The ed25519 public key of a 32-byte seed (base64url, as the org's
 *  signing.key holds it), base64url as `PublicKey::to_base64` writes it. */
function publicKeyOf(seed) {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return crypto.createPublicKey(key).export({ format: 'jwk' }).x;
}

/** Serves `site` (GET only, no directory listing, no-store so the service
 *  worker, not the HTTP cache, is what works offline). */
function serve() {
  return new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      let file = path.normalize(path.join(site, decodeURIComponent(url.pathname)));
      if (!file.startsWith(site) || req.method !== 'GET') {
        res.writeHead(404).end();
        return;
      }
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
      fs.readFile(file, (err, body) => {
        if (err) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      });
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

before(async () => {
  assert.ok(fs.existsSync(bin), `no heard binary at ${bin}: build it first (cargo build -p heard-cli) or set HEARD_BIN`);
  assert.ok(fs.existsSync(browserPath), `no Chromium at ${browserPath}: install the Debian package chromium`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-web-'));
  site = path.join(work, 'site');
  const built = execFileSync(process.env.CARGO ?? 'cargo', ['xtask', 'web', '--out', site], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CARGO_INCREMENTAL: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of built.split('\n').filter((l) => /gzipped|web_bundle_size/.test(l))) {
    console.log(`cargo xtask web: ${line}`);
  }

  identity = path.join(work, 'steward.key');
  heard(['keygen', '--out', identity]);
  recipient = heard(['keygen', '-y', identity]).trim();
  assert.match(recipient, /^age1[0-9a-z]+$/);
  const org = path.join(work, 'heard-org');
  heard(['org', 'init', '--org', org, '--name', 'Web Test Org', '--server', 'https://heard.example.org', '--identity', identity]);
  heard(['questionnaire', 'pack', '--org', org, path.join(repo, 'questionnaires', 'post-encounter'), '--out', path.join(site, 'bundle.heard.json')]);
  const seed = Buffer.from(fs.readFileSync(path.join(org, 'signing.key'), 'utf8').trim(), 'base64url');
  orgKey = publicKeyOf(seed);

  server = await serve();
  base = `http://127.0.0.1:${server.address().port}`;
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: browserPath, args: ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const link = (key = orgKey) => `${base}/index.html#k=${key}&b=/bundle.heard.json&r=${recipient}`;

/** A fresh context (its own storage) at a phone's size, and its page;
 *  console errors and page errors are collected. */
async function open(locale, url = link()) {
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

const screenOf = (page) => page.locator('main').getAttribute('data-screen');

/** Presses `button` (Next, Back, Change…) and waits for another screen. */
async function move(page, button) {
  const before = await screenOf(page);
  await button.click();
  try {
    await page.waitForFunction((b) => document.querySelector('main').dataset.screen !== b, before, { timeout: 5000 });
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

test('in Arabic at a phone size: filled, resumed offline from the service worker, sealed and opened with age', async () => {
  const { context, page, errors } = await open('ar');
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.equal(await screenOf(page), 'consent');
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready');
  await page.screenshot({ path: path.join(artifacts, 'first-screen-ar.png'), fullPage: true });
  await axe(page, 'the Arabic consent screen');

  // Every choice row is a comfortable touch target.
  for (const box of await page.locator('label.choice').evaluateAll((all) => all.map((l) => l.getBoundingClientRect().height))) {
    assert.ok(box >= 48, `a choice row is ${box}px high`);
  }
  assert.ok(await page.locator('#leave').isVisible(), 'Leave quickly is on the first screen');
  // The page's own words are the app catalog's Arabic (locales/ar/app.ftl), not English.
  const arabicOnly = /^[\u0600-\u06FF\s.…،]+$/;
  for (const id of ['#leave', '#next']) {
    const words = (await page.locator(id).textContent()).trim();
    assert.match(words, arabicOnly, `${id} says "${words}"`);
  }

  const answers = {};
  let reachedText = false;
  for (let guard = 0; guard < 30 && (await screenOf(page)) !== 'review'; guard++) {
    const screen = await screenOf(page);
    Object.assign(answers, await fillScreen(page));
    assert.ok(await page.locator('#leave').isVisible(), `Leave quickly is on ${screen}`);

    if (screen === 'page_contact') {
      await page.screenshot({ path: path.join(artifacts, 'page-contact-ar.png'), fullPage: true });
      await axe(page, 'the Arabic contact page');
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
      const all = JSON.stringify(stored);
      assert.ok(!all.includes(CANARY), 'no storage holds the canary in the clear');
      // The bundle in the cache holds every choice code; IndexedDB none.
      assert.ok(!JSON.stringify(stored.idb).includes('stopped_public'), 'IndexedDB holds no answer code in the clear');
      assert.ok(Object.keys(stored.cache).some((u) => u.endsWith('/bundle.heard.json')), 'the bundle is cached');
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

  await move(page, page.locator('#submit'));
  assert.equal(await screenOf(page), 'sealed');
  await draftSaved(page);
  await page.screenshot({ path: path.join(artifacts, 'sealed-ar.png'), fullPage: true });

  const box = await page.evaluate(() => window.heardOutbox());
  assert.equal(box.count, 1, 'exactly one envelope waits');
  const after = await dumpStorage(page);
  assert.equal(after.idb['heard-web/drafts'].length, 0, 'the draft is gone once sealed');
  assert.ok(!JSON.stringify(after).includes(CANARY), 'the outbox holds no canary in the clear');

  const envelope = path.join(work, 'envelope.age');
  fs.writeFileSync(envelope, Buffer.from(box.envelopes[0], 'base64'));
  const plain = execFileSync('age', ['-d', '-i', identity, envelope], { encoding: 'utf8' });
  assert.ok(plain.includes(CANARY), 'the canary is in the sealed plaintext');
  const submission = JSON.parse(plain);
  for (const [item, answer] of Object.entries(answers)) {
    assert.deepEqual(submission.answers[item], answer, item);
  }
  assert.deepEqual(submission.questionnaire, { id: 'post-encounter', version: 1 });
  assert.equal(submission.locale, 'ar');
  assert.deepEqual(errors, [], 'nothing logged as an error');
  await context.close();
});

test('a tampered organization key in the link: a clear error, nothing kept', async () => {
  const real = Buffer.from(orgKey, 'base64url');
  real[7] ^= 0x01;
  const { context, page } = await open('en', link(real.toString('base64url')));
  await page.waitForFunction(() => document.querySelector('main').dataset.view === 'error');
  const message = await page.locator('main [role=alert]').innerText();
  assert.match(message, /could not be opened/);
  assert.match(message, /organization/);
  assert.ok(await page.locator('#leave').isVisible());
  assert.equal(await page.locator('section.item').count(), 0, 'no question is shown');
  await page.screenshot({ path: path.join(artifacts, 'tampered-key-en.png'), fullPage: true });
  const stored = await dumpStorage(page);
  assert.deepEqual(stored.idb, {}, 'no IndexedDB');
  assert.deepEqual(stored.cache, {}, 'no cache');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
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
      // Back on the site without the link: the draft is gone.
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => document.querySelector('main').dataset.view === 'error');
      assert.equal((await dumpStorage(page)).idb['heard-web/drafts'].length, 0);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
