import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STARTUP_TIMEOUT_MS = 90_000;

/** A TCP port nothing listens on right now, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('the operating system gave no port'));
      });
    });
  });
}

export interface ApiProcessOptions {
  databaseUrl: string;
  /** Every instance of one deployment shares the key, or none could read the others' secrets. */
  secretKey: string;
  /**
   * The card provider to charge through. Unset, the instance serves its own sandbox and uses it;
   * instances of one deployment share one provider, as they would share a real PSP.
   */
  paymentSandboxUrl?: string;
  /** Extra environment, e.g. rate limits. */
  env?: Record<string, string>;
  /** Pins the process to this CPU (Linux `taskset`), as if it had a machine's core of its own. */
  cpu?: number;
}

/** One real API process (src/server.ts from source through tsx) on free ports. */
export interface ApiProcess {
  /** The customer site and API, e.g. http://localhost:41234. */
  url: string;
  staffUrl: string;
  /** This instance's own sandbox provider (served even when it charges through another's). */
  ownPaymentSandboxUrl: string;
  pid: number;
  /** Everything it printed, for a failing test's message. */
  output(): string;
  /** kill -9: no shutdown, no flushing; resolves once the process is gone. */
  crash(): Promise<void>;
  /** SIGTERM and wait: the graceful shutdown. */
  stop(): Promise<void>;
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

async function isHealthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts the server entry as `npm start` would, on its own free ports (customer, staff, sandbox)
 * and a data directory of its own, over `databaseUrl` — which several instances may share.
 * Resolves once both apps answer their health check.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const [port, staffPort, sandboxPort] = [await freePort(), await freePort(), await freePort()];
  const url = `http://localhost:${String(port)}`;
  const staffUrl = `http://localhost:${String(staffPort)}`;
  const ownPaymentSandboxUrl = `http://localhost:${String(sandboxPort)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'marque-instance-'));
  const output: string[] = [];
  const node = [
    process.execPath,
    '--conditions=@marque/source',
    '--import',
    'tsx',
    'src/server.ts',
  ];
  const [command = '', ...args] =
    options.cpu === undefined ? node : ['taskset', '-c', String(options.cpu), ...node];
  const child = spawn(command, args, {
    cwd: API_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_WEB_URL: url,
      STAFF_PORT: String(staffPort),
      STAFF_PUBLIC_URL: staffUrl,
      PAYMENT_SANDBOX_PORT: String(sandboxPort),
      PAYMENT_SANDBOX_URL: options.paymentSandboxUrl ?? ownPaymentSandboxUrl,
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl,
      MARQUE_SECRET_KEY: options.secretKey,
      SMTP_URL: '',
      ...options.env,
    },
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const cleanUp = () => {
    rmSync(dataDir, { recursive: true, force: true });
  };
  const instance: ApiProcess = {
    url,
    staffUrl,
    ownPaymentSandboxUrl,
    pid: child.pid ?? 0,
    output: () => output.join(''),
    async crash() {
      child.kill('SIGKILL');
      await exited(child);
      cleanUp();
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      cleanUp();
    },
  };
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await isHealthy(url)) || !(await isHealthy(staffUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await instance.stop();
      throw new Error(`The API process did not start on ${url}:\n${instance.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return instance;
}
