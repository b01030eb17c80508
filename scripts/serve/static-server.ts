// A small static file server for the benchmark, behaving like a CDN in front of the built site:
// gzip for text, the usual caching headers, and a few extra files served from memory (the Pagefind
// Default UI's test page), so that the build folder itself is never changed.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** A running server and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port). `extra` maps URL paths to contents served instead of files.
 * Text is gzipped when the browser accepts it (Pagefind's own index files are already compressed);
 * every response may be cached for an hour, as a static host would allow.
 */
export async function serveStatic(
  root: string,
  port: number,
  extra: Map<string, { body: Buffer | string; type: string }> = new Map(),
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let body: Buffer;
      let ext: string;
      const virtual = extra.get(path);
      if (virtual) {
        body = Buffer.from(virtual.body);
        ext = virtual.type;
      } else {
        let file = normalize(join(root, path));
        if (!file.startsWith(normalize(root))) throw new Error('outside the root');
        if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
        body = await readFile(file);
        ext = extname(file);
      }
      const headers: Record<string, string> = {
        'content-type': types[ext] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=3600',
      };
      if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 6 });
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
