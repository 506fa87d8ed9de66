import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { ADMIN_DIST, REPO_ROOT, SERVER_ENTRY, WEB_DIST } from './repo-paths.js';

/** A real API server on its own port and its own throw-away SQLite database. */
export interface RunningServer {
  /** http://localhost:<port>: the web app's origin, where the Secure session cookie is allowed. */
  baseUrl: string;
  /** http://localhost:<port>: the staff console's own origin, with its own cookie. */
  staffUrl: string;
  /** The sandbox payment provider (hosted card fields, challenge pages) on its own free port. */
  paymentSandboxUrl: string;
  databaseUrl: string;
  stop: () => Promise<void>;
}

const STARTUP_TIMEOUT_MS = 90_000;

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`);
    return response.ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });
}

/**
 * Starts packages/api/src/server.ts from source (tsx) as `npm start` would, but on a free port
 * with a fresh data directory, so every run begins with freshly migrated and seeded demo data.
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `The web app is not built (no ${WEB_DIST}index.html). Run \`npm run build -w @marque/web\` first.`,
    );
  }
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) {
    throw new Error(
      `The staff console is not built (no ${ADMIN_DIST}index.html). Run \`npm run build -w @marque/admin\` first.`,
    );
  }
  const port = await freePort();
  const staffPort = await freePort();
  const staffUrl = `http://localhost:${String(staffPort)}`;
  const sandboxPort = await freePort();
  const paymentSandboxUrl = `http://localhost:${String(sandboxPort)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'marque-e2e-'));
  const baseUrl = `http://localhost:${port}`;
  const databaseUrl = `sqlite:${join(dataDir, 'marque.db')}`;
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    ['--conditions=@marque/source', '--import', 'tsx', SERVER_ENTRY],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_WEB_URL: baseUrl,
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        MARQUE_SECRET_KEY: randomBytes(32).toString('base64'),
        SMTP_URL: '',
        WEB_DIST_DIR: WEB_DIST,
        STAFF_PORT: String(staffPort),
        STAFF_PUBLIC_URL: staffUrl,
        ADMIN_DIST_DIR: ADMIN_DIST,
        PAYMENT_SANDBOX_PORT: String(sandboxPort),
        PAYMENT_SANDBOX_URL: paymentSandboxUrl,
        // Live chat open whatever the day and hour the browser tests run.
        CHAT_HOURS: 'Sun-Sat 00:00-24:00',
        CHAT_BANK_HOLIDAYS: 'open',
        // Every browser test signs in from 127.0.0.1: the per-address limits would count them all
        // as one visitor. The per-account limits and lockouts stay as configured.
        RATE_LIMIT_LOGIN_IP: '1000/900',
        RATE_LIMIT_MFA_IP: '1000/900',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await isHealthy(baseUrl)) || !(await isHealthy(staffUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The API server did not start on ${baseUrl}:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, staffUrl, paymentSandboxUrl, databaseUrl, stop };
}
