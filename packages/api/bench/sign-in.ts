import argon2 from 'argon2';
import { DEMO_PASSWORD } from '../src/seed/demo-customers.js';
import { hashPassword } from '../src/services/credentials/password-hash.js';

/** A browser's cookies, as the few the bench needs: name → value. */
export type CookieJar = Map<string, string>;

function keepCookies(jar: CookieJar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const separator = pair.indexOf('=');
    jar.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
}

/** The Cookie header a browser with `jar` sends. */
export function cookieHeader(jar: CookieJar): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** Signs `username` in through auth.login over HTTP, keeping the session and device cookies in `jar`. */
export async function signInOverHttp(
  server: { url: string; origin: string },
  username: string,
  jar: CookieJar = new Map(),
): Promise<CookieJar> {
  const response = await fetch(`${server.url}/api/trpc/auth.login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: server.origin,
      ...(jar.size > 0 ? { cookie: cookieHeader(jar) } : {}),
    },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { result?: { data?: { status?: string } } };
  if (response.status !== 200 || body.result?.data?.status !== 'signed_in') {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(body)}`);
  }
  keepCookies(jar, response);
  return jar;
}

export interface Rate {
  operations: number;
  seconds: number;
  perSecond: number;
}

/** Runs `operation` `concurrency` at a time until `seconds` pass or `maxOperations` are started. */
async function rateOf(
  operation: () => Promise<unknown>,
  { seconds, maxOperations, concurrency }: RoundOptions,
): Promise<Rate> {
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let started = 0;
  const worker = async () => {
    while (started < maxOperations && performance.now() < deadline) {
      started += 1;
      await operation();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - start) / 1000;
  return { operations: started, seconds: elapsed, perSecond: started / elapsed };
}

function combined(rates: readonly Rate[]): Rate {
  const operations = rates.reduce((sum, rate) => sum + rate.operations, 0);
  const seconds = rates.reduce((sum, rate) => sum + rate.seconds, 0);
  return { operations, seconds, perSecond: operations / seconds };
}

export interface RoundOptions {
  seconds: number;
  maxOperations: number;
  /** Operations in flight at once: one per core measures capacity rather than one request's latency. */
  concurrency: number;
}

export interface SignInComparison {
  signIns: Rate;
  verifies: Rate;
}

/**
 * Sign-ins through auth.login against raw argon2id verifies of a hash made with the server's
 * parameters, as many in flight for both, in alternating rounds so that both see the same load.
 */
export async function compareSignInsWithVerifies(
  server: { url: string; origin: string },
  options: { rounds: number } & RoundOptions,
): Promise<SignInComparison> {
  const hash = await hashPassword(DEMO_PASSWORD);
  // The demo customer's own browser: its device cookie marks it trusted, as a returning customer's.
  const jar = await signInOverHttp(server, 'hp.demo');
  jar.delete('__Host-marque_session');
  const signIn = () => signInOverHttp(server, 'hp.demo', new Map(jar));
  const verify = () => argon2.verify(hash, DEMO_PASSWORD);
  await signIn();
  await verify();
  const signIns: Rate[] = [];
  const verifies: Rate[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    verifies.push(await rateOf(verify, options));
    signIns.push(await rateOf(signIn, options));
  }
  return { signIns: combined(signIns), verifies: combined(verifies) };
}
