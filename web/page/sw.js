// Heard web survey's service worker: keeps the page, its scripts, styles
// and the engine (wasm and its glue), and the link's signed config and
// questionnaire, so that a reload works without a connection; and sends
// the outbox when the connection returns (Background Sync), even if the
// page was closed.
//
// The page's own files: cache first (the cache is named after the build,
// so a new page replaces the old one). The link's documents (`/v1/…`):
// network first, so a new questionnaire version or a closed link is seen
// when online, the kept copy when not. Nothing else is touched. Answers are
// never here: they live in IndexedDB, encrypted (drafts) or sealed (outbox).

'use strict';

importScripts('upload.js');

// `cargo xtask web` replaces the placeholder with a digest of the built
// files.
const CACHE = 'heard-web-__BUILD__';
const PAGE = [
  './',
  './index.html',
  './app.js',
  './upload.js',
  './style.css',
  './heard_web.js',
  './heard_web_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PAGE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

/** Whether `url` is one of the link's documents rather than a page file. */
const isDocument = (url) => url.pathname.startsWith('/v1/');

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (isDocument(url)) {
        try {
          const response = await fetch(request);
          if (response.ok) await cache.put(request, response.clone());
          return response;
        } catch (e) {
          const kept = await cache.match(request);
          if (kept) return kept;
          throw e;
        }
      }
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
      return response;
    }),
  );
});

/** The page asks to keep the link's documents it opened (fetched before
 *  this worker controlled it): `{type: 'keep', urls, token}`, answered on
 *  the message's port with `{ok}` or `{ok: false, error}`. */
self.addEventListener('message', (event) => {
  const { data } = event;
  const port = event.ports[0];
  if (data?.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => new URL(u).origin === self.location.origin);
  const headers = data.token ? { authorization: `Bearer ${data.token}` } : {};
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(
          urls.map(async (u) => {
            const response = await fetch(u, { credentials: 'omit', headers });
            if (!response.ok) throw new Error(`HTTP ${response.status} for ${u}`);
            await cache.put(u, response);
          }),
        ),
      )
      .then(
        () => port?.postMessage({ ok: true }),
        (e) => port?.postMessage({ ok: false, error: String(e) }),
      ),
  );
});

/** Background Sync: the browser wakes this worker once a connection is
 *  back; a failure makes it try again later. */
self.addEventListener('sync', (event) => {
  if (event.tag !== 'heard-upload') return;
  event.waitUntil(
    self.HeardUpload.flush().then((result) => {
      if (result.waiting > 0 && !result.closed) throw new Error('envelopes still wait');
    }),
  );
});
