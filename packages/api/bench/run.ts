import { startBenchServer } from './bench-server.js';
import { compareCollectionRuns } from './collection-run.js';
import { compareLoads, loadTest, type LoadResult } from './load.js';
import { mixedLoad } from './mixed-load.js';
import { compareScaleOut } from './scale-out.js';
import { compareSignInsWithVerifies, cookieHeader, signInOverHttp } from './sign-in.js';
import { compareStatementRuns, statementRunReport } from './statement-run.js';

const DATABASE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;
const SIGN_IN_TARGET = 0.9;
const LIST_TARGET = 0.5;
// One at a time: in-flight sign-ins would make the bench's own HTTP client compete with the
// server for the same cores, a cost the raw verifies do not pay.
const SIGN_IN_CONCURRENCY = 1;
const CONNECTIONS = 50;
const LOAD_SECONDS = 10;
const MIXED_LOAD_SECONDS = 60;
const SCALE_OUT_TARGET = 1.8;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((r) => r[column]?.length ?? 0)));
  return rows
    .map((cells) => cells.map((cell, column) => cell.padEnd(widths?.[column] ?? 0)).join('  '))
    .join('\n');
}

const rate = (perSecond: number) => `${perSecond.toFixed(1)}/s`;
const verdict = (ratio: number, target: number) =>
  `${ratio.toFixed(2)} (target ≥ ${target}, ${ratio >= target ? 'met' : 'not met'})`;

function assertClean(name: string, result: LoadResult): void {
  if (result.failures > 0) {
    throw new Error(`${name}: ${result.failures} of ${result.requests} requests failed`);
  }
}

// First, alone on the machine: the collection run is a batch job that owns the database.
const collection = await compareCollectionRuns();
const statements = await compareStatementRuns();
process.stdout.write(`\n${statementRunReport(statements)}\n`);
const server = await startBenchServer();
try {
  const { signIns, verifies } = await compareSignInsWithVerifies(server, {
    rounds: 3,
    seconds: 3,
    maxOperations: 1_000,
    concurrency: SIGN_IN_CONCURRENCY,
  });

  // Both paths get the same signed-in browser's headers, so the ratio is the procedure's own cost.
  const jar = await signInOverHttp(server, 'multi.demo');
  const load = { connections: CONNECTIONS, headers: { cookie: cookieHeader(jar) } };
  const urls = {
    baseline: `${server.url}/api/trpc/health.ping`,
    measured: `${server.url}/api/trpc/agreements.list`,
  };
  // A short warm-up each, so neither figure includes JIT compilation.
  await loadTest(urls.baseline, { ...load, seconds: 1 });
  await loadTest(urls.measured, { ...load, seconds: 1 });
  const { baseline: ping, measured: list } = await compareLoads(urls, {
    ...load,
    seconds: LOAD_SECONDS,
    rounds: 2,
  });
  assertClean('health.ping', ping);
  assertClean('agreements.list', list);
  const mixed = await mixedLoad(server, { connections: CONNECTIONS, seconds: MIXED_LOAD_SECONDS });
  if (mixed.errors > 0) {
    throw new Error(`mixed load: ${mixed.errors} of ${mixed.requests} requests failed`);
  }
  const scaleOut = await compareScaleOut({ connectionsPerInstance: 4, seconds: 20, rounds: 2 });
  if (scaleOut.errors > 0) throw new Error(`scale-out sign-ins: ${scaleOut.errors} failed`);

  process.stdout.write(
    `\n${table([
      ['benchmark', 'measured', 'baseline (same run)', 'ratio', 'p99'],
      [
        'auth.login sign-ins, one at a time',
        `${rate(signIns.perSecond)} (${signIns.operations})`,
        `argon2id verify ${rate(verifies.perSecond)} (${verifies.operations})`,
        verdict(signIns.perSecond / verifies.perSecond, SIGN_IN_TARGET),
        '',
      ],
      [
        `agreements.list signed in, ${CONNECTIONS} connections, ${LOAD_SECONDS} s`,
        `${rate(list.requestsPerSecond)} (${list.requests})`,
        `health.ping ${rate(ping.requestsPerSecond)}, p99 ${ping.p99Ms} ms`,
        verdict(list.requestsPerSecond / ping.requestsPerSecond, LIST_TARGET),
        `${list.p99Ms} ms`,
      ],
      [
        `mixed load (1 sign-in : 8 page reads), ${CONNECTIONS} connections, ${MIXED_LOAD_SECONDS} s`,
        `${rate(mixed.requestsPerSecond)} (${mixed.requests}, ${mixed.errors} errors), RSS ${mixed.rssMb.join(' → ')} MB`,
        `health.ping ${rate(ping.requestsPerSecond)}`,
        (mixed.requestsPerSecond / ping.requestsPerSecond).toFixed(3),
        `${mixed.p99Ms} ms`,
      ],
      [
        `auth.login sign-ins on ${scaleOut.database}, two instances (a core each)`,
        rate(scaleOut.two),
        `one instance ${rate(scaleOut.one)}`,
        verdict(scaleOut.two / scaleOut.one, SCALE_OUT_TARGET),
        '',
      ],
    ])}\n\n${table([
      ['collection run (every agreement due)', 'agreements', 'run', 'agreements/s', 'seed'],
      ...collection.flatMap((comparison) => [
        ...[comparison.small, comparison.large].map((figures) => [
          `${DATABASE_NAMES[comparison.dialect]}, ${figures.agreements.toLocaleString('en-GB')} agreements`,
          `${figures.noticesSent} notices + ${figures.collectionsSubmitted} submissions`,
          `${figures.runSeconds.toFixed(2)} s`,
          rate(figures.perSecond),
          `${figures.seedSeconds.toFixed(2)} s`,
        ]),
        [
          `${DATABASE_NAMES[comparison.dialect]}, cost per agreement 100k / 10k`,
          '',
          `${comparison.costRatio.toFixed(2)} (target ≈ 1.0, flat)`,
          '',
          '',
        ],
      ]),
    ])}\n`,
  );
} finally {
  await server.stop();
}
