/** The cause of a TOO_MANY_REQUESTS: how long the client should wait before trying again. */
export class RateLimitedCause extends Error {
  override readonly name = 'RateLimitedCause';
  constructor(readonly retryAfterSeconds: number) {
    super(`retry after ${retryAfterSeconds} s`);
  }
}
