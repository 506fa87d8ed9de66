import { fileURLToPath } from 'node:url';

/** The repository root: this file sits in e2e/support. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built web app the server serves; the e2e run needs it built first. */
export const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist/', import.meta.url));

/** The built staff console the server serves on the staff port. */
export const ADMIN_DIST = fileURLToPath(new URL('../../apps/admin/dist/', import.meta.url));

/** The API's entry point, run from source through tsx so the run needs no API build. */
export const SERVER_ENTRY = fileURLToPath(
  new URL('../../packages/api/src/server.ts', import.meta.url),
);

/** Where screenshots go: test-results/ is ignored by git and kept by CI as an artefact. */
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);
