import { expect, it } from 'vitest';
import { queueOf } from './inbox-queue.js';

it('reads the queue from the address, and falls back to the unassigned queue', () => {
  expect(queueOf(new URLSearchParams('queue=mine'))).toBe('mine');
  expect(queueOf(new URLSearchParams('queue=all'))).toBe('all');
  expect(queueOf(new URLSearchParams(''))).toBe('unassigned');
  expect(queueOf(new URLSearchParams('queue=everyone'))).toBe('unassigned');
});
