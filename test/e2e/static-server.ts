import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  readonly url: string;
  /** Body bytes sent per path (GET only): what the page downloaded, worker fetches included. */
  readonly bytesByPath: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A plain static file server on 127.0.0.1, no rewrites and no special headers: what any static
 * host does. If the built site works here, it works on such a host.
 */
export async function serveStatic(
  root: string,
  options: {
    /** Send a file's precompressed `.gz` copy, when it has one and the browser accepts gzip, as a
     * host that compresses would (the bench's "gzip host"). */
    readonly gzip?: boolean;
  } = {},
): Promise<StaticServer> {
  const bytesByPath = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    let size: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) throw new Error('not a file');
      size = stats.size;
    } catch {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzipped = `${file}.gz`;
    if (
      options.gzip === true &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') &&
      existsSync(gzipped)
    ) {
      const gzSize = statSync(gzipped).size;
      response.writeHead(200, {
        'content-type': type,
        'content-length': gzSize,
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      bytesByPath.set(urlPath, (bytesByPath.get(urlPath) ?? 0) + gzSize);
      createReadStream(gzipped).pipe(response);
      return;
    }
    response.writeHead(200, {
      'content-type': type,
      'content-length': size,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    bytesByPath.set(urlPath, (bytesByPath.get(urlPath) ?? 0) + size);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bytesByPath,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
