// What the browser tests share: the repository, and the debug `heard`
// binary run in a test's own folder with no organization settings taken
// from the environment.

import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Debian's Chromium (`HEARD_CHROMIUM` to use another). */
export const browserPath = process.env.HEARD_CHROMIUM ?? '/usr/bin/chromium';

/** How the web survey's test and benchmark launch it: root needs no
 *  sandbox; nothing may reach the network but the page's own server. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone-sized viewport. */
export const PHONE = { width: 390, height: 844 };

/** The `heard` binary the tests drive (`HEARD_BIN`, else the debug build). */
export const bin = process.env.HEARD_BIN ?? path.join(repo, 'target', 'debug', 'heard');

/** The environment without the organization settings `heard` reads from it. */
function withoutOrgSettings(env) {
  const clean = { ...env };
  for (const name of ['HEARD_ORG', 'HEARD_ADMIN_TOKEN', 'HEARD_SERVER']) delete clean[name];
  return clean;
}

/** Runs `heard args…` in `cwd`; returns its stdout, throws (with its stderr) when it fails. */
export function heardIn(cwd, args) {
  return execFileSync(bin, args, {
    cwd,
    encoding: 'utf8',
    env: withoutOrgSettings(process.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts `serverBin` (heard-server) on a free loopback port with its own
 *  SQLite file `db`, the admin token `adminToken`, and the page folder
 *  `site` (or the page built into the binary when `site` is null);
 *  resolves with the process and its base URL once it listens. */
export function startServer({ serverBin, db, adminToken, site }) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      serverBin,
      ['--db', `sqlite:${db}`, '--listen', '127.0.0.1:0', '--admin-token', adminToken, ...(site ? ['--web-page', site] : [])],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RUST_LOG: 'warn' } },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`heard-server exited (${code}) before listening:\n${out}\n${err}`)));
  });
}

/** Builds the web page into `site` with `cargo xtask web --out` and returns
 * what it printed (the sizes, ending with `web_bundle_size: N KB`). */
export function buildPage(site) {
  return execFileSync(process.env.CARGO ?? 'cargo', ['xtask', 'web', '--out', site], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CARGO_INCREMENTAL: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}
