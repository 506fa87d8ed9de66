/** Socket errors meaning the database server could not be reached or went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs for a server that is down, restarting or full: class 08 (connection
 * exception), 57P01–57P03 (shut down by an administrator, crashed, cannot connect now) and 53300
 * (too many connections). None of them says anything about the request itself.
 */
function isUnavailableSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === '53300';
}

/** node-postgres reports a lost or timed-out connection with these messages and no code. */
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || isUnavailableSqlState(code)) return true;
    // SQLite: another process held the write lock for longer than busy_timeout.
    if (code.startsWith('SQLITE_BUSY')) return true;
  }
  return PG_CONNECTION_MESSAGES.some((message) => error.message.startsWith(message));
}

/**
 * True when `error` (or anything it wraps) means the database is briefly out of reach rather than
 * that the request or our code is wrong: the caller answers 503 with Retry-After, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === undefined || current === null || seen.has(current)) continue;
    seen.add(current);
    if (isUnavailableError(current)) return true;
    if (current instanceof AggregateError) queue.push(...(current.errors as unknown[]));
    if (current instanceof Error) queue.push(current.cause);
  }
  return false;
}
