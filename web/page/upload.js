// The page's storage and its outbox upload, shared by the page (app.js)
// and the service worker (sw.js, for Background Sync), so both send the
// same way. A classic script (the page loads it before app.js; the worker
// with importScripts), since not every browser starts module service
// workers; it defines `self.HeardUpload`.
//
// IndexedDB `heard-web`:
//   keys    the draft key, a non-extractable AES-GCM CryptoKey
//   drafts  encrypted drafts by questionnaire id: {iv, data, savedAt}
//   outbox  sealed envelopes waiting: {envelope, submissionId,
//           questionnaireId, version, api, token}
// The outbox holds only age envelopes, which no one but the organization
// can open; the link's token beside them is on the poster anyway.

'use strict';

self.HeardUpload = (() => {

  const DB_NAME = 'heard-web';
  const DB_VERSION = 1;
  /** Envelopes per request (the server takes up to 100). */
  const BATCH = 50;

  let dbPromise = null;

  /** The page's IndexedDB, opened once. */
  function db() {
    dbPromise ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const d = req.result;
        d.createObjectStore('keys');
        d.createObjectStore('drafts');
        d.createObjectStore('outbox', { autoIncrement: true });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return dbPromise;
  }

  /** Runs `fn(store)` in one transaction; resolves with its request's
   *  result once the transaction committed. */
  async function tx(store, mode, fn) {
    const d = await db();
    return new Promise((resolve, reject) => {
      const t = d.transaction(store, mode);
      const req = fn(t.objectStore(store));
      t.oncomplete = () => resolve(req?.result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error ?? new Error('transaction aborted'));
    });
  }

  /** Every outbox record with its key: [{key, value}]. */
  async function waiting() {
    const d = await db();
    return new Promise((resolve, reject) => {
      const out = [];
      const req = d.transaction('outbox').objectStore('outbox').openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) {
          resolve(out);
          return;
        }
        out.push({ key: cursor.key, value: cursor.value });
        cursor.continue();
      };
      req.onerror = () => reject(req.error);
    });
  }

  function base64(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(s);
  }

  /** The error code of a refusal (`{error, message}`), if it has one. */
  async function errorCode(response) {
    try {
      return (await response.json()).error ?? null;
    } catch {
      return null;
    }
  }

  /** Only one upload at a time per page or worker. */
  let running = null;

  /**
   * Sends what waits in the outbox. Stored and duplicate items leave it;
   * an item the server refuses for good (`rejected`) leaves it too, counted
   * in `refused`. A link that closed or was withdrawn will never take its
   * envelopes, so they are deleted (counted in `discarded`) and the result
   * says `closed`: a sealed answer that can never be sent would only show,
   * on a phone someone else looks through, that its owner took part. No
   * connection, a busy server or any other failure keeps everything for
   * the next try.
   * @returns {Promise<{sent: number, refused: number, discarded: number, waiting: number, closed: boolean, offline: boolean}>}
   */
  function flush() {
    running ??= send().finally(() => {
      running = null;
    });
    return running;
  }

  async function send() {
    const result = { sent: 0, refused: 0, discarded: 0, waiting: 0, closed: false, offline: false };
    const all = await waiting();
    const byLink = new Map();
    for (const record of all) {
      const { api, token } = record.value;
      if (!api || !token) continue;
      const k = `${api}\n${token}`;
      if (!byLink.has(k)) byLink.set(k, []);
      byLink.get(k).push(record);
    }
    for (const records of byLink.values()) {
      const { api, token } = records[0].value;
      for (let i = 0; i < records.length; i += BATCH) {
        const batch = records.slice(i, i + BATCH);
        let response;
        try {
          response = await fetch(new URL('/v1/submissions', api), {
            method: 'POST',
            credentials: 'omit',
            cache: 'no-store',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              items: batch.map(({ value }) => ({
                submission_id: value.submissionId,
                questionnaire_id: value.questionnaireId,
                questionnaire_version: value.version,
                envelope: base64(value.envelope),
              })),
            }),
          });
        } catch {
          result.offline = true;
          break;
        }
        if (response.status === 410 || (response.status === 401 && (await errorCode(response)) === 'revoked')) {
          result.closed = true;
          const rest = records.slice(i);
          await tx('outbox', 'readwrite', (s) => {
            for (const { key } of rest) s.delete(key);
          });
          result.discarded += rest.length;
          break;
        }
        if (!response.ok) break; // busy, rate-limited or failing: later
        let answer;
        try {
          answer = await response.json();
        } catch {
          break;
        }
        const outcome = new Map(answer.results.map((r) => [r.submission_id, r.status]));
        const done = batch.filter(({ value }) => outcome.has(value.submissionId));
        await tx('outbox', 'readwrite', (s) => {
          for (const { key } of done) s.delete(key);
        });
        for (const { value } of done) {
          if (outcome.get(value.submissionId) === 'rejected') result.refused += 1;
          else result.sent += 1;
        }
      }
    }
    result.waiting = (await waiting()).length;
    return result;
  }

  return { DB_NAME, db, tx, flush, base64 };
})();
