// What the browser tests share: the repository, and the debug `heard`
// binary run in a test's own folder with no organization settings taken
// from the environment.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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
