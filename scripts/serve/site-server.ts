// The local server for `npm start`, the browser tests and the benchmark: serves the built folder the way a
// static host does, with the headers of its `_headers` file (security headers, each page's
// Content-Security-Policy), compression, "/x" → "/x/" redirects and the 404 page. `astro preview` sends
// none of those headers, so a page that broke its policy would pass there and fail on the real host.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders, type HeaderRule } from '../../src/build/headers/headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** A running server. */
export interface SiteServer {
  /** "http://127.0.0.1:4321" */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Options: the folder to serve (dist/), the port (0: any free one), and extra files served from memory. */
export interface SiteServerOptions {
  root?: string;
  port?: number;
  host?: string;
  /** URL path → contents served instead of a file (the bench's comparison pages), never written to disk. */
  extra?: Map<string, { body: Buffer | string; type: string }>;
}

/** Starts serving; `_headers` is read once, at start. */
export async function serveSite(options: SiteServerOptions = {}): Promise<SiteServer> {
  const root = normalize(options.root ?? 'dist');
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();

  const server = createServer((req, res) => {
    try {
      respond(req, res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });

  function respond(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const virtual = options.extra?.get(path);
    if (virtual) return send(req, res, path, 200, Buffer.from(virtual.body), virtual.type);
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(400).end();
      return;
    }
    // `_headers` is instructions for the host, not a page.
    if (path === '/_headers') return notFound(req, res, path);
    const stat = existsSync(file) ? statSync(file) : undefined;
    if (stat?.isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) return send(req, res, path, 200, readFileSync(index), types['.html']);
      return notFound(req, res, path);
    }
    if (stat?.isFile()) return send(req, res, path, 200, readFileSync(file), types[extname(file)]);
    notFound(req, res, path);
  }

  function notFound(req: IncomingMessage, res: ServerResponse, path: string): void {
    const page = join(root, '404.html');
    if (existsSync(page)) send(req, res, path, 404, readFileSync(page), types['.html']);
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    status: number,
    body: Buffer,
    type = 'application/octet-stream',
  ): void {
    const headers: Record<string, string> = Object.fromEntries(headersFor(rules, path));
    headers['content-type'] = type;
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let out = body;
    // Pagefind's index files are gzip already (served as octet-stream); text is compressed as a CDN would.
    if (compressible.test(type) && body.length > 256) {
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
      if (encoding) {
        const key = `${encoding}:${createHash('sha1').update(body).digest('hex')}`;
        let packed = compressed.get(key);
        if (!packed) {
          packed =
            encoding === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 });
          compressed.set(key, packed);
        }
        out = packed;
        headers['content-encoding'] = encoding;
        headers.vary = 'Accept-Encoding';
      }
    }
    headers['content-length'] = String(out.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : out);
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
