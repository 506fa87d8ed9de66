import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it('recognises a server that refuses, drops or cannot take connections', () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'failed'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('the database system is starting up', '57P03'),
      withCode('sorry, too many clients already', '53300'),
      withCode('connection failure', '08006'),
      withCode('database is locked', 'SQLITE_BUSY'),
      new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') }),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  it('leaves every other failure a 500: our bug, bad SQL, a constraint', () => {
    for (const error of [
      new TypeError('Cannot read properties of undefined'),
      new Error('no such table: accounts'),
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('UNIQUE constraint failed: accounts.username', 'SQLITE_CONSTRAINT_UNIQUE'),
      withCode('relation "x" does not exist', '42P01'),
      'Connection terminated unexpectedly',
      null,
      undefined,
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });

  it('follows a chain of causes without looping on a cycle', () => {
    const first = new Error('outer');
    const second = new Error('inner', { cause: first });
    Object.assign(first, { cause: second });
    expect(isDatabaseUnavailable(first)).toBe(false);
  });
});
