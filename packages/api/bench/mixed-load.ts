import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../src/seed/demo-customers.js';
import { cookieHeader, signInOverHttp } from './sign-in.js';

export interface MixedLoadResult {
  requestsPerSecond: number;
  requests: number;
  signIns: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, connection errors and timeouts: the figure counts only with none. */
  errors: number;
  /** The server's resident memory (MB) at the start, the middle and the end of the load. */
  rssMb: [number, number, number];
}

/** A process's resident set size in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

const SESSION_COOKIE = '__Host-marque_session';
const WARM_UP_SECONDS = 5;

const trpc = (procedure: string, input?: unknown) =>
  `/api/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

/**
 * What a signed-in customer's visit sends, in order, on every connection: a sign-in, then the
 * dashboard, the schedule, the payment history and the messages, twice over — one sign-in in nine
 * requests, the rest the pages a customer reads.
 */
export async function mixedLoad(
  server: { url: string; origin: string; pid: number },
  options: { connections: number; seconds: number },
): Promise<MixedLoadResult> {
  const jar = await signInOverHttp(server, 'multi.demo');
  const cookie = cookieHeader(jar);
  const agreementsResponse = await fetch(`${server.url}${trpc('agreements.list')}`, {
    headers: { cookie },
  });
  const agreements = (await agreementsResponse.json()) as { result: { data: { id: string }[] } };
  const agreementId = agreements.result.data[0]?.id;
  // The sign-ins come from a returning browser: its device cookie, not its session.
  const signInCookie = cookieHeader(new Map([...jar].filter(([name]) => name !== SESSION_COOKIE)));
  const read = (path: string) => ({ method: 'GET' as const, path, headers: { cookie } });
  const pages = [
    read(trpc('agreements.list')),
    read(trpc('agreements.schedule', { agreementId })),
    read(trpc('payments.list', { agreementId })),
    read(trpc('messages.list')),
  ];
  const load = (seconds: number) =>
    autocannon({
      url: server.url,
      connections: options.connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/trpc/auth.login',
          headers: {
            'content-type': 'application/json',
            origin: server.origin,
            cookie: signInCookie,
          },
          body: JSON.stringify({ username: 'hp.demo', password: DEMO_PASSWORD }),
        },
        ...pages,
        ...pages,
      ],
    });
  // Warmed up first, so the memory figures compare a steady server with itself, not with a cold one.
  await load(WARM_UP_SECONDS);
  const samples: number[] = [rssMb(server.pid)];
  const middle = setTimeout(() => samples.push(rssMb(server.pid)), (options.seconds * 1000) / 2);
  const result = await load(options.seconds);
  clearTimeout(middle);
  samples.push(rssMb(server.pid));
  return {
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    signIns: Math.round(result.requests.total / 9),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    rssMb: [samples[0] ?? 0, samples[1] ?? 0, samples[2] ?? 0],
  };
}
