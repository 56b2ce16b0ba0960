// The web survey's browser figures for `cargo xtask bench`, one
// `name: value unit` line each on stdout (everything else on stderr):
//
// - web_first_screen_online_ms: from navigation to the first question
//   (`<html data-ready="true">`, stamped in the page by a MutationObserver
//   on performance.now(), so polling adds nothing) in a fresh browser
//   context (empty cache, no service worker), with Chromium's CPU
//   throttled 4x over CDP (`Emulation.setCPUThrottlingRate`) to stand for
//   a cheap phone; its baseline `web_first_screen_online_unthrottled_ms`
//   is the same without throttling, and `_vs_unthrottled` the ratio.
// - web_first_screen_offline_ms: the same page reloaded with the network
//   off (`context.setOffline(true)`) once the service worker has kept it
//   (`<html data-offline="ready">`), so it comes from the service worker's
//   cache; throttled 4x; `_vs_online` is its ratio to the online load.
// - web_seal_ms: sealing one complete post-encounter response in the page:
//   the built heard_web.js module imported in it, WebSurvey.open/answer/
//   seal called as web/page/app.js calls them, with the recipients
//   checkLink takes from the server's signed config and the link's group
//   key; surveys opened and answered first, then 50 seals timed back to
//   back, median of 15 rounds; no CPU throttling (the ratio to the native
//   seal, `web_seal_vs_native`, is computed by `cargo xtask bench` from
//   `web_seal_native_ms`).
//
// Median of 5 loads each. Against a real heard-server on 127.0.0.1 started
// with `--web-page` and a link from `heard link create`, as
// web-survey.test.mjs does.
//
// Settings: HEARD_WEB_SITE (the page, from `cargo xtask web --out DIR`;
// built into a temporary folder when unset), HEARD_BIN and
// HEARD_SERVER_BIN (default: the release builds), HEARD_CHROMIUM.
//
// Run: cargo build --release -p heard-cli -p heard-server && node tests/browser/bench-web.mjs

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildPage, repo, startServer, browserPath, CHROMIUM_ARGS, PHONE } from './support.mjs';

const bin = process.env.HEARD_BIN ?? path.join(repo, 'target', 'release', 'heard');
const serverBin = process.env.HEARD_SERVER_BIN ?? path.join(repo, 'target', 'release', 'heard-server');
const ADMIN_TOKEN = 'bench-web-admin-token-0123456789abcdef';
const THROTTLE = 4;
const LOADS = 5;
const SEAL_BATCH = 50;
const SEAL_ROUNDS = 15;
/** The answers of web/tests/common (the native baseline gives the same). */
const ANSWERS = [
  ['consent', { type: 'consent', value: true }],
  ['contact_kind', { type: 'choice', value: 'stopped_transport' }],
  ['reason_explained', { type: 'choice', value: 'no' }],
  ['language_needed', { type: 'choice', value: 'yes' }],
  ['interpreter_offered', { type: 'choice', value: 'not_offered' }],
  ['searched', { type: 'choice', value: 'no' }],
  ['pj_voice', { type: 'choice', value: '2' }],
  ['pj_neutrality', { type: 'choice', value: '3' }],
  ['pj_respect', { type: 'choice', value: '2' }],
  ['pj_motives', { type: 'choice', value: '5' }],
];

const log = (...a) => console.error(...a);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const figure = (name, value, unit, digits = 1) => console.log(`${name}: ${value.toFixed(digits)} ${unit}`);

for (const [what, file] of [['heard', bin], ['heard-server', serverBin], ['Chromium', browserPath]]) {
  if (!fs.existsSync(file)) {
    log(`no ${what} at ${file}: build it (cargo build --release -p heard-cli -p heard-server) or set its variable`);
    process.exit(2);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-bench-web-'));
let site = process.env.HEARD_WEB_SITE;
if (!site) {
  site = path.join(work, 'site');
  const line = buildPage(site).split('\n').find((l) => l.startsWith('web_bundle_size:'));
  if (line) console.log(line);
}

function heard(args) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('HEARD_')) delete env[name];
  return execFileSync(bin, args, { cwd: work, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Stamps `window.__heardReadyAt` (performance.now(), from navigation)
 *  when `<html data-ready="true">` first appears. */
const STAMP_READY = () => {
  const seen = () => {
    if (document.documentElement?.dataset.ready === 'true' && window.__heardReadyAt === undefined) {
      window.__heardReadyAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
};

async function newPage(throttle) {
  const context = await browser.newContext({ locale: 'en', viewport: PHONE, hasTouch: true });
  await context.addInitScript(STAMP_READY);
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

/** Milliseconds from the navigation that just started to the first question. */
async function readyAt(page) {
  await page.waitForFunction(() => window.__heardReadyAt !== undefined, null, { timeout: 60000 });
  return page.evaluate(() => window.__heardReadyAt);
}

let server;
let browser;
try {
  server = await startServer({ serverBin, db: path.join(work, 'server.db'), adminToken: ADMIN_TOKEN, site });
  const base = server.url;
  const org = path.join(work, 'heard-org');
  const orgArgs = ['--org', org, '--admin-token', ADMIN_TOKEN];
  heard(['keygen', '--out', path.join(work, 'steward.key')]);
  heard(['org', 'init', '--org', org, '--name', 'Bench Org', '--server', base, '--identity', path.join(work, 'steward.key')]);
  heard(['questionnaire', 'publish', path.join(repo, 'questionnaires', 'post-encounter'), ...orgArgs]);
  const printed = heard(['link', 'create', '--questionnaire', 'post-encounter', '--group', 'poster-north', '--out', path.join(work, 'poster'), ...orgArgs]);
  const url = printed.split('\n').map((l) => l.trim()).find((l) => l.startsWith('http'));
  if (!url) throw new Error(`heard link create printed no URL:\n${printed}`);
  browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });

  // Online, fresh contexts: throttled, then the unthrottled baseline.
  const online = {};
  for (const rate of [THROTTLE, 1]) {
    online[rate] = [];
    for (let i = 0; i < LOADS; i++) {
      const { context, page } = await newPage(rate);
      await page.goto(url);
      online[rate].push(await readyAt(page));
      await context.close();
    }
  }

  // Offline reloads from the service worker, throttled.
  const offline = [];
  {
    const { context, page } = await newPage(THROTTLE);
    await page.goto(url);
    await readyAt(page);
    await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 60000 });
    await context.setOffline(true);
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      offline.push(await readyAt(page));
    }
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    if (!controlled) throw new Error('the offline reload was not served by the service worker');
    await context.close();
  }

  // Sealing in the page, unthrottled.
  let seal;
  {
    const { context, page } = await newPage(1);
    await page.goto(url);
    await readyAt(page);
    seal = await page.evaluate(
      async ({ answers, batch, rounds }) => {
        const mod = await import(new URL('heard_web.js', location.href).href);
        await mod.default(); // the module app.js already initialised: returns at once
        const params = new URLSearchParams(location.hash.slice(1));
        const key = params.get('k');
        const get = async (p) => {
          const r = await fetch(new URL(p, location.origin), { headers: { authorization: `Bearer ${params.get('t')}` } });
          if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
          return r.text();
        };
        const config = await get('/v1/config');
        const bundle = await get(`/v1/questionnaires/${encodeURIComponent(params.get('q'))}`);
        const checked = JSON.parse(mod.checkLink(config, bundle, key));
        if (!checked.ok) throw new Error(checked.message);
        const onScreen = (view, item) => (view.screen?.items ?? []).some((i) => i.id === item);
        const answered = () => {
          const s = mod.WebSurvey.open(bundle, key, ['en']);
          let view = JSON.parse(s.render());
          for (const [item, value] of answers) {
            while (!onScreen(view, item)) {
              view = JSON.parse(s.next());
              if (view.view !== 'questions') throw new Error(`${item} never shown`);
            }
            view = JSON.parse(s.answer(item, JSON.stringify(value)));
          }
          while (view.view === 'questions') view = JSON.parse(s.next());
          if (view.view !== 'review' || !view.complete) throw new Error(`not complete: ${view.view}`);
          return s;
        };
        const samples = [];
        let bytes = 0;
        for (let r = 0; r < rounds; r++) {
          const surveys = Array.from({ length: batch }, answered);
          const start = performance.now();
          for (const s of surveys) bytes = s.seal(checked.recipients, params.get('g'), params.get('s')).length;
          samples.push((performance.now() - start) / batch);
          for (const s of surveys) s.free();
        }
        samples.sort((a, b) => a - b);
        return { ms: samples[Math.floor(rounds / 2)], bytes, recipients: checked.recipients.length };
      },
      { answers: ANSWERS, batch: SEAL_BATCH, rounds: SEAL_ROUNDS },
    );
    await context.close();
  }
  log(`web seal: ${seal.bytes}-byte envelopes to ${seal.recipients} recipient(s)`);

  const on4 = median(online[THROTTLE]);
  const on1 = median(online[1]);
  const off4 = median(offline);
  log(`first screen online, ${THROTTLE}x: ${online[THROTTLE].map((v) => v.toFixed(0)).join(', ')} ms; 1x: ${online[1].map((v) => v.toFixed(0)).join(', ')} ms; offline ${THROTTLE}x: ${offline.map((v) => v.toFixed(0)).join(', ')} ms`);
  figure('web_first_screen_online_ms', on4, 'ms', 0);
  figure('web_first_screen_online_unthrottled_ms', on1, 'ms', 0);
  figure('web_first_screen_online_ms_vs_unthrottled', on4 / on1, 'ratio', 2);
  figure('web_first_screen_offline_ms', off4, 'ms', 0);
  figure('web_first_screen_offline_ms_vs_online', off4 / on4, 'ratio', 2);
  figure('web_seal_ms', seal.ms, 'ms', 3);
} finally {
  await browser?.close();
  server?.child.kill();
  fs.rmSync(work, { recursive: true, force: true });
}
