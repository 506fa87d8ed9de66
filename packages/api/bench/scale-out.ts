import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/seed/demo-customers.js';
import { startApiProcess, type ApiProcess } from '../src/test/api-process.js';
import { cookieHeader, signInOverHttp } from './sign-in.js';

/** Rate limits far above what the bench sends, set through configuration like any deployment's. */
const UNTHROTTLED = '100000000/60';

export interface ScaleOutComparison {
  database: 'PostgreSQL' | 'SQLite';
  /** Sign-ins per second through one instance, and through two at once (both summed). */
  one: number;
  two: number;
  errors: number;
}

/** A database for the instances to share: a PostgreSQL database when one is configured, else a SQLite file. */
async function sharedDatabase(): Promise<{
  url: string;
  label: ScaleOutComparison['database'];
  drop: () => Promise<void>;
}> {
  const server = process.env.TEST_DATABASE_URL?.trim() ?? '';
  if (server === '') {
    const dir = mkdtempSync(join(tmpdir(), 'marque-bench-scale-'));
    return {
      url: `sqlite:${join(dir, 'marque.db')}`,
      label: 'SQLite',
      drop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const name = `marque_bench_scale_${String(process.pid)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: 'PostgreSQL',
    drop: () => admin(`drop database if exists "${name}" with (force)`),
  };
}

/** auth.login on `instance` from `connections` returning browsers at once for `seconds`. */
async function signIns(
  instance: ApiProcess,
  origin: string,
  cookie: string,
  options: { connections: number; seconds: number },
): Promise<{ perSecond: number; errors: number }> {
  const result = await autocannon({
    url: `${instance.url}/api/trpc/auth.login`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: { 'content-type': 'application/json', origin, cookie },
    body: JSON.stringify({ username: 'hp.demo', password: DEMO_PASSWORD }),
  });
  return {
    perSecond: result.requests.total / result.duration,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Sign-ins per second through one instance against two instances over one database, in
 * alternating rounds so that a neighbour's burst of work falls on both figures. Each instance is
 * pinned to a core of its own, as instances on separate machines would be: unpinned, one
 * instance's argon2 threads already use every core of this machine.
 */
export async function compareScaleOut(options: {
  connectionsPerInstance: number;
  seconds: number;
  rounds: number;
}): Promise<ScaleOutComparison> {
  const database = await sharedDatabase();
  const secretKey = randomBytes(32).toString('hex');
  const instances: ApiProcess[] = [];
  try {
    const env = { RATE_LIMIT_LOGIN_IP: UNTHROTTLED, RATE_LIMIT_LOGIN_ACCOUNT: UNTHROTTLED };
    const first = await startApiProcess({ databaseUrl: database.url, secretKey, env, cpu: 0 });
    instances.push(first);
    const second = await startApiProcess({
      databaseUrl: database.url,
      secretKey,
      paymentSandboxUrl: first.ownPaymentSandboxUrl,
      cpu: 1,
      env: { ...env, PUBLIC_WEB_URL: first.url, STAFF_PUBLIC_URL: first.staffUrl },
    });
    instances.push(second);
    const server = { url: first.url, origin: first.url };
    const jar = await signInOverHttp(server, 'hp.demo');
    jar.delete('__Host-marque_session');
    const cookie = cookieHeader(jar);
    const perRound = {
      connections: options.connectionsPerInstance,
      seconds: options.seconds / options.rounds,
    };
    await signIns(first, first.url, cookie, { ...perRound, seconds: 1 });
    await signIns(second, first.url, cookie, { ...perRound, seconds: 1 });
    let one = 0;
    let two = 0;
    let errors = 0;
    for (let round = 0; round < options.rounds; round += 1) {
      const alone = await signIns(first, first.url, cookie, perRound);
      const together = await Promise.all(
        [first, second].map((instance) => signIns(instance, first.url, cookie, perRound)),
      );
      one += alone.perSecond / options.rounds;
      two += together.reduce((sum, r) => sum + r.perSecond, 0) / options.rounds;
      errors += alone.errors + together.reduce((sum, r) => sum + r.errors, 0);
    }
    return { database: database.label, one, two, errors };
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.drop();
  }
}
