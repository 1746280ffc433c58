/**
 * The service worker (`dist/sw.js`, built by scripts/service-worker-plugin.ts, which prepends
 * `PRECACHE`: this build's files). No imports: it is compiled on its own.
 *
 * - Install: caches every file of the build (app, chunks, data, precomputed answers) except the
 *   engine (34 MB), which is copied from the previous build's cache when it is the same file,
 *   and otherwise cached as the page downloads it (or on the page's `cache-engine` message).
 * - Fetch: this build's files from the cache, anything else of this origin from the network
 *   (kept when it is one of this build's files), the page itself from the cache when offline.
 * - Activate: takes over at once, deletes other builds' caches, and tells open pages which data
 *   version it holds, so a page showing older figures can say that newer ones are there.
 */

declare const PRECACHE: {
  /** Content hash of this build's file list: the cache's name. */
  readonly build: string;
  /** The published data's version (manifest.json). */
  readonly dataVersion: string;
  /** Paths relative to the scope, cached on install. */
  readonly files: readonly string[];
  /** Paths cached when first fetched (the engine). */
  readonly deferred: readonly string[];
};

interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchLikeEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface MessageLikeEvent extends LifecycleEvent {
  readonly data: unknown;
}

interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: {
      type: 'window';
    }): Promise<readonly { postMessage(message: unknown): void }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchLikeEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageLikeEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const CACHE = `commune-scorecard-${PRECACHE.build}`;
const PREFIX = 'commune-scorecard-';
const base = scope.registration.scope;
const url = (path: string) => new URL(path, base).href;
const ALL = new Set([...PRECACHE.files, ...PRECACHE.deferred].map(url));
const INDEX = url('index.html');

async function copyFromOlderCaches(cache: Cache, href: string): Promise<void> {
  for (const name of await caches.keys()) {
    if (name === CACHE || !name.startsWith(PREFIX)) continue;
    const old = await (await caches.open(name)).match(href);
    if (old !== undefined) {
      await cache.put(href, old);
      return;
    }
  }
}

async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  await cache.addAll(PRECACHE.files.map(url));
  for (const path of PRECACHE.deferred) await copyFromOlderCaches(cache, url(path));
  await scope.skipWaiting();
}

async function activate(): Promise<void> {
  for (const name of await caches.keys()) {
    if (name !== CACHE && name.startsWith(PREFIX)) await caches.delete(name);
  }
  await scope.clients.claim();
  for (const client of await scope.clients.matchAll({ type: 'window' })) {
    client.postMessage({ type: 'sw-activated', dataVersion: PRECACHE.dataVersion });
  }
}

// Copies being written, by address. One file is written once at a time: a second download of
// the engine, cut by going offline midway, must not replace the copy the first one wrote; and a
// request that arrives while its copy is being written waits for it rather than the network.
const writing = new Map<string, Promise<void>>();

function write(cache: Cache, href: string, response: Promise<Response>): Promise<void> {
  const pending = writing.get(href);
  if (pending !== undefined) return pending;
  const work = response
    .then((fresh) => (fresh.ok ? cache.put(href, fresh) : undefined))
    .finally(() => writing.delete(href));
  writing.set(href, work);
  return work;
}

/** A cached copy, waiting for one being written. */
async function cachedCopy(cache: Cache, href: string): Promise<Response | undefined> {
  const cached = await cache.match(href);
  if (cached !== undefined) return cached;
  const pending = writing.get(href);
  if (pending === undefined) return undefined;
  await pending.catch(() => undefined);
  return cache.match(href);
}

/** The engine files, fetched into the cache if they are not there yet (nor being written). */
async function cacheDeferred(): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const path of PRECACHE.deferred) {
    const href = url(path);
    if ((await cachedCopy(cache, href)) === undefined) await write(cache, href, fetch(href));
  }
}

async function respond(
  request: Request,
  keep: (work: Promise<unknown>) => void,
): Promise<Response> {
  const cache = await caches.open(CACHE);
  const href = request.url.split('#')[0] ?? request.url;
  if (request.mode === 'navigate') {
    // The page (any query string): this build's copy, so it opens offline and at once.
    const page = await cache.match(INDEX);
    if (page !== undefined) return page;
    return fetch(request);
  }
  const cached = ALL.has(href) ? await cachedCopy(cache, href) : await cache.match(href);
  if (request.method === 'HEAD') {
    if (cached !== undefined) return new Response(null, { status: 200, headers: cached.headers });
    return fetch(request);
  }
  if (cached !== undefined) return cached;
  const response = await fetch(request);
  // Kept while the page reads its copy: a 34 MB engine is written in full even if the page
  // goes away meanwhile (a reload), instead of leaving no copy behind.
  if (response.ok && ALL.has(href) && !writing.has(href)) {
    keep(write(cache, href, Promise.resolve(response.clone())));
  }
  return response;
}

scope.addEventListener('install', (event) => {
  event.waitUntil(install());
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

scope.addEventListener('message', (event) => {
  const data = event.data as { readonly type?: unknown } | null;
  if (data?.type === 'cache-engine') event.waitUntil(cacheDeferred());
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!request.url.startsWith(base) || (request.method !== 'GET' && request.method !== 'HEAD')) {
    return;
  }
  event.respondWith(
    respond(request, (work) => {
      event.waitUntil(work);
    }),
  );
});
