/// <reference lib="webworker" />
/**
 * The app-shell service worker (docs/operations.md, "Venue network"). It keeps index.html
 * and the build's files so that a board opens on a device that is fully offline; the board's
 * content comes from IndexedDB (client/src/board/offline/LocalCopy.ts) and is synced by the
 * board channel once the network is back. It caches nothing but this build's shell: API,
 * board and control traffic never pass through it.
 *
 * Built as its own entry (vite.config.ts) to /sw.js, a classic script: it must import
 * nothing at run time (the build fails if it does), only types.
 */
import type { ShellManifest } from './shellManifest.ts';

const sw = self as unknown as ServiceWorkerGlobalScope;
// The string is replaced at build time (scripts/vite/appShell.ts); so each build's sw.js
// differs, and the browser installs the new worker after a deploy.
const manifest = JSON.parse('__WERKBORD_SHELL_MANIFEST__') as ShellManifest;

const CACHE_PREFIX = 'werkbord-shell-';
const cacheName = CACHE_PREFIX + manifest.version;
const SHELL_PAGE = '/index.html';
/**
 * On venue Wi-Fi that is "connected" but passes nothing, a navigation could hang for a
 * minute; after this long the device's copy of the page is shown instead.
 */
const NAVIGATION_TIMEOUT_MS = 3000;
/** Live traffic: never answered from a cache, never stored. */
const LIVE_PREFIXES = ['/api/', '/yjs/', '/socket.io/', '/healthz'];
const shellFiles = new Set(manifest.files);
/**
 * Only this build's cache. Vary is ignored: the server varies on Accept-Encoding, which the
 * browser adds below the Cache API, and the kept copy is the same file whatever its coding.
 */
const KEPT: MultiCacheQueryOptions = { cacheName, ignoreVary: true };

sw.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    // Hashed files may come from the HTTP cache (their names never change meaning); the
    // others are revalidated, so this shell never keeps an older index.html than its assets.
    await cache.addAll(manifest.files.map((path) =>
      new Request(path, { cache: path.startsWith('/assets/') ? 'default' : 'no-cache' })));
    // Take over at once: navigations are network-first, so an open page keeps working and
    // the next reload gets the new build either way.
    await sw.skipWaiting();
  })());
});

sw.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName)
      .map((name) => caches.delete(name)));
    // The navigation request starts while the worker is still starting up, instead of after.
    await sw.registration.navigationPreload?.enable();
    await sw.clients.claim();
  })());
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (LIVE_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL_PAGE, event.preloadResponse));
  } else if (shellFiles.has(url.pathname)) {
    event.respondWith(url.pathname.startsWith('/assets/')
      ? cacheFirst(request)
      : networkFirst(request, url.pathname));
  }
  // Anything else goes to the network as if there were no worker.
});

/** A hashed file: its bytes never change, so the kept copy is as good as the network's. */
async function cacheFirst(request: Request): Promise<Response> {
  return (await caches.match(request, KEPT)) ?? fetch(request);
}

/** The network's answer when it comes in time (a new build shows at once), else the kept copy. */
async function networkFirst(request: Request, keptPath: string, preload?: Promise<Response | undefined>): Promise<Response> {
  const network = preload ? preload.then((preloaded) => preloaded ?? fetch(request)) : fetch(request);
  network.catch(() => undefined); // a late failure after the fallback is not an error
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('network too slow')), NAVIGATION_TIMEOUT_MS);
  });
  try {
    return await Promise.race([network, timeout]);
  } catch (err) {
    const kept = await caches.match(keptPath, KEPT);
    if (kept) return kept;
    // No copy (the install did not finish): wait for the network after all.
    if ((err as Error).message === 'network too slow') return network;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
