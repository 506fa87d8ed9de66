import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context, Env, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';

/** Vite puts every hashed, never-changing file here. */
const ASSETS_PREFIX = '/assets/';

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The file under `root` that a URL path names, or null when it names none: undecodable, a dotfile,
 * or anything that would resolve outside `root` (path traversal).
 */
async function fileFor(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(`${root}${sep}`)) return null;
  const stats = await stat(file).catch(() => null);
  return stats?.isFile() ? file : null;
}

const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|manifest\+json)|image\/svg\+xml)/;

interface FileBody {
  mtimeMs: number;
  plain: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer> | null;
}

/**
 * Reads a file and gzips it once per version: the build's files change only when it is rebuilt,
 * so compressing on every request would spend CPU for nothing.
 */
async function fileBody(
  cache: Map<string, FileBody>,
  file: string,
  type: string,
): Promise<FileBody> {
  const { mtimeMs } = await stat(file);
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached;
  const plain = await readFile(file);
  const gzipped = COMPRESSIBLE.test(type)
    ? new Uint8Array(await gzipAsync(plain, { level: 9 }))
    : null;
  const body = { mtimeMs, plain, gzipped };
  cache.set(file, body);
  return body;
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    return coding.trim() === 'gzip' && !params.some((param) => /^\s*q=0(?:\.0*)?\s*$/.test(param));
  });
}

async function sendFile<E extends Env>(
  c: Context<E>,
  cache: Map<string, FileBody>,
  file: string,
  cacheControl: string,
) {
  const type = getMimeType(file) ?? 'application/octet-stream';
  const { plain, gzipped } = await fileBody(cache, file, type);
  const useGzip = gzipped !== null && acceptsGzip(c.req.header('accept-encoding'));
  const body = useGzip ? gzipped : plain;
  c.header('Content-Type', type);
  c.header('Cache-Control', cacheControl);
  c.header('Content-Length', String(body.byteLength));
  if (gzipped !== null) c.header('Vary', 'Accept-Encoding');
  if (useGzip) c.header('Content-Encoding', 'gzip');
  return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(body, 200);
}

/**
 * Serves the built web app from `distDir` on the API's own origin, so the session cookie needs no
 * cross-site rules: text gzipped for browsers that accept it, hashed assets cached for a year, any other GET outside /api/ that is not a file
 * answered with index.html (the app's router then shows the page or its own "not found"). The
 * app's security headers apply to these responses as to every other.
 */
export function serveWebApp<E extends Env>(app: Hono<E>, distDir: string): void {
  const root = resolve(distDir);
  const indexHtml = resolve(root, 'index.html');
  const cache = new Map<string, FileBody>();

  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path;
    if (isApiPath(path)) {
      await next();
      return;
    }
    const file = await fileFor(root, path);
    if (file !== null) {
      const immutable = path.startsWith(ASSETS_PREFIX);
      return sendFile(
        c,
        cache,
        file,
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    // A missing script or stylesheet must fail as such, not arrive as HTML with a 200.
    if (path.startsWith(ASSETS_PREFIX) || extname(path) !== '') {
      await next();
      return;
    }
    const index = await stat(indexHtml).catch(() => null);
    if (!index?.isFile()) {
      return c.text('The web app has not been built yet: run `npm run build`.', 503);
    }
    return sendFile(c, cache, indexHtml, 'no-cache');
  });
}
