// A tiny static file server for the end-to-end tests: serves a trunk build (dist/) under a
// sub-path, as a static host would (GitHub Pages and the like), on 127.0.0.1 and a free port.
// No dependency beyond node itself. Records every request it answers.
//
// As a program:  node e2e/server.mjs [DIST_DIR] [--base /crosscheck/] [--port 0]
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DIST = process.env.CROSSCHECK_DIST || path.resolve(HERE, '..', 'dist');
export const DEFAULT_BASE = '/crosscheck/';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.bin': 'application/octet-stream',
};

export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * Start serving `root` under `base` (and `files`, { name: contents }, beside it). Resolves to
 * { url, origin, base, root, requests: [{method, path, status, type}], close() }.
 */
export async function startServer({ root = DEFAULT_DIST, base = DEFAULT_BASE, host = '127.0.0.1', port = 0, files = {} } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with '/': ${base}`);
  const rootDir = path.resolve(root);
  const requests = [];

  const server = http.createServer(async (req, res) => {
    const record = { method: req.method, path: req.url, status: 0, type: '' };
    requests.push(record);
    const send = (status, headers, body) => {
      record.status = status;
      record.type = headers['Content-Type'] || '';
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' }, 'method not allowed\n');
      }
      const { pathname } = new URL(req.url, 'http://localhost');
      if (pathname === base.slice(0, -1)) return send(301, { Location: base }, '');
      if (!pathname.startsWith(base)) return send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found\n');
      let rel = decodeURIComponent(pathname.slice(base.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      // Files served beside the build without being in it (a teacher's lesson file, in tests).
      if (Object.hasOwn(files, rel)) {
        const body = Buffer.from(files[rel]);
        return send(200, { 'Content-Type': mimeType(rel), 'Content-Length': String(body.length) }, body);
      }
      const file = path.resolve(rootDir, rel);
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
        return send(403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'forbidden\n');
      }
      let info;
      try { info = await stat(file); } catch { info = null; }
      if (!info) return send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found\n');
      if (info.isDirectory()) return send(301, { Location: `${pathname}/` }, '');
      const body = await readFile(file);
      return send(200, { 'Content-Type': mimeType(file), 'Content-Length': String(body.length) }, body);
    } catch (err) {
      return send(500, { 'Content-Type': 'text/plain; charset=utf-8' }, `error: ${err.message}\n`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actualPort } = server.address();
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    base,
    root: rootDir,
    url: `${origin}${base}`,
    requests,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    }),
  };
}

// Run as a program: serve a dist folder by hand (e.g. to look at a --public-url build).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = { root: DEFAULT_DIST, base: DEFAULT_BASE, port: 0 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--base') opt.base = args[++i];
    else if (args[i] === '--port') opt.port = Number(args[++i]);
    else opt.root = args[i];
  }
  const srv = await startServer(opt);
  console.log(`serving ${srv.root} at ${srv.url}  (Ctrl-C stops)`);
}
