// Serves the built renderer. Paths are resolved inside the root only; anything else is refused.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

/** The file a URL path names inside `root`, or null when the path tries to leave it or is malformed. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const full = resolve(base, relative);
  return full === base || full.startsWith(base + sep) ? full : null;
}

export function createStaticHandler(root: string, headers: Record<string, string>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = resolveStaticPath(root, req.url ?? '/');
    if (!path) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad path');
      return;
    }
    try {
      const body = await readFile(path);
      const cache = path.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600';
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': cache });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  };
}
