/**
 * A fresh key for one payment attempt: the provider and our API charge once per key, so a retried
 * request (a lost answer, a double click) re-uses it and a new attempt (a new card) never does.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
