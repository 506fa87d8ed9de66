import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  /** The worst round's 99th-percentile latency. */
  p99Ms: number;
  requests: number;
  /** Non-2xx answers and connection errors: any makes the figure meaningless. */
  failures: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  headers: Record<string, string>;
}

/** autocannon against one GET path on the loopback server: `connections` at once for `seconds`. */
export async function loadTest(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors,
  };
}

/**
 * Loads two paths in alternating rounds, so that a neighbour's burst of work on a shared machine
 * falls on both figures rather than on one.
 */
export async function compareLoads(
  urls: { baseline: string; measured: string },
  options: LoadOptions & { rounds: number },
): Promise<{ baseline: LoadResult; measured: LoadResult }> {
  const perRound = { ...options, seconds: options.seconds / options.rounds };
  const baseline: LoadResult[] = [];
  const measured: LoadResult[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    baseline.push(await loadTest(urls.baseline, perRound));
    measured.push(await loadTest(urls.measured, perRound));
  }
  const combine = (results: LoadResult[]): LoadResult => {
    const requests = results.reduce((sum, r) => sum + r.requests, 0);
    return {
      requests,
      requestsPerSecond: requests / options.seconds,
      p99Ms: Math.max(...results.map((r) => r.p99Ms)),
      failures: results.reduce((sum, r) => sum + r.failures, 0),
    };
  };
  return { baseline: combine(baseline), measured: combine(measured) };
}
