import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
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

async function sendFile<E extends Env>(c: Context<E>, file: string, cacheControl: string) {
  const body = await readFile(file);
  c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream');
  c.header('Cache-Control', cacheControl);
  c.header('Content-Length', String(body.byteLength));
  return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(body, 200);
}

/**
 * Serves the built web app from `distDir` on the API's own origin, so the session cookie needs no
 * cross-site rules: hashed assets cached for a year, any other GET outside /api/ that is not a file
 * answered with index.html (the app's router then shows the page or its own "not found"). The
 * app's security headers apply to these responses as to every other.
 */
export function serveWebApp<E extends Env>(app: Hono<E>, distDir: string): void {
  const root = resolve(distDir);
  const indexHtml = resolve(root, 'index.html');

  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path;
    if (isApiPath(path)) {
      await next();
      return;
    }
    const file = await fileFor(root, path);
    if (file !== null) {
      const immutable = path.startsWith(ASSETS_PREFIX);
      return sendFile(c, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
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
    return sendFile(c, indexHtml, 'no-cache');
  });
}
