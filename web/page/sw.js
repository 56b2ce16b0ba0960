// Heard web survey's service worker: keeps the page, its script, styles,
// the engine (wasm and its glue) and, when the page asks, the signed
// questionnaire bundle, so that a reload works without a connection.
// Cache-first for every same-origin GET; nothing else is touched (the page
// makes no other request). Answers are never here: they live in IndexedDB,
// encrypted (drafts) or sealed (outbox).
//
// The cache name is fixed in this slice: a later one should stamp it with
// a build hash (cargo xtask web) so that a new page replaces the old.

const CACHE = 'heard-web-v1';
const PAGE = ['./', './index.html', './app.js', './style.css', './heard_web.js', './heard_web_bg.wasm'];

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

/** Same-origin GETs: from the cache, else from the network (kept). */
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
      return response;
    }),
  );
});

/** The page asks to keep the bundle it opened: `{type: 'keep', urls}`,
 *  answered on the message's port with `{ok}` or `{ok: false, error}`. */
self.addEventListener('message', (event) => {
  const { data } = event;
  const port = event.ports[0];
  if (data?.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => new URL(u).origin === self.location.origin);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls))
      .then(
        () => port?.postMessage({ ok: true }),
        (e) => port?.postMessage({ ok: false, error: String(e) }),
      ),
  );
});
