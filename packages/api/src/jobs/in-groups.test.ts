import { describe, expect, it } from 'vitest';
import { inGroups } from './in-groups.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inGroups', () => {
  it('runs every item, never more than the group size at once, and reports each group', async () => {
    let running = 0;
    let most = 0;
    const groups: number[][] = [];
    await inGroups(
      [1, 2, 3, 4, 5],
      2,
      async () => {
        running += 1;
        most = Math.max(most, running);
        await tick(1);
        running -= 1;
      },
      async (succeeded) => {
        groups.push(succeeded);
        await tick(0);
      },
    );
    expect(groups).toEqual([[1, 2], [3, 4], [5]]);
    expect(most).toBe(2);
  });

  it('reports the items that succeeded in a failing group, then throws and starts no later group', async () => {
    const groups: number[][] = [];
    const run = inGroups(
      [1, 2, 3, 4],
      2,
      async (item) => {
        if (item === 1) throw new Error('item 1 failed');
        await tick(5);
      },
      (succeeded) => {
        groups.push(succeeded);
        return Promise.resolve();
      },
    );
    await expect(run).rejects.toThrow('item 1 failed');
    expect(groups).toEqual([[2]]);
  });
});
