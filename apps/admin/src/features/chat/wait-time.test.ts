import { describe, expect, it } from 'vitest';
import { formatWait } from './wait-time.js';

describe('a wait time', () => {
  it('reads in seconds, then minutes, then hours', () => {
    expect(formatWait(45)).toBe('45 s');
    expect(formatWait(185)).toBe('3 min 05 s');
    expect(formatWait(3720)).toBe('1 h 02 min');
  });
});
