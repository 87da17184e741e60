// One service worker for the whole site (scope "/"), registered by /js/luring.js.
// Module pages (/Belajar/Modul/...) and the facilitator's roster (/Staf/Kehadiran/Sesi/...) are fetched from the
// network first and kept in the cache, so a visited page stays readable when the connection drops; site CSS and JS
// are answered from the cache at once and refreshed in the background. Everything else is left to the browser.
'use strict';
const CACHE = 'dtks-luring-v1';
const HALAMAN = [/^\/Belajar\/Modul\//i, /^\/Staf\/Kehadiran\/Sesi\/\d+$/i];
const ASET = [/^\/css\//, /^\/js\//];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('dtks-luring-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function jaringanDulu(request) {
  return fetch(request).then((res) => {
    if (res.ok && !res.redirected) {
      const salinan = res.clone();
      caches.open(CACHE).then((c) => c.put(request, salinan));
    }
    return res;
  }).catch(() => caches.match(request, { ignoreSearch: false }).then((hit) => hit || Response.error()));
}

function cacheDulu(request) {
  return caches.open(CACHE).then((c) => c.match(request).then((hit) => {
    const segar = fetch(request).then((res) => { if (res.ok) c.put(request, res.clone()); return res; });
    if (hit) { segar.catch(() => {}); return hit; }
    return segar;
  }));
}

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (HALAMAN.some((r) => r.test(url.pathname))) e.respondWith(jaringanDulu(req));
  else if (ASET.some((r) => r.test(url.pathname))) e.respondWith(cacheDulu(req));
});
