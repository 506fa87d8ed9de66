/**
 * Runs `task` over `items`, `size` at a time; once a group has settled, `settled` is given the items
 * whose task succeeded, and then the group's first failure (if any) is thrown, so nothing is left
 * running behind the error and no later group starts.
 */
export async function inGroups<T>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<void>,
  settled: (succeeded: T[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    const group = items.slice(start, start + size);
    const results = await Promise.allSettled(group.map(task));
    await settled(group.filter((_, index) => results[index]?.status === 'fulfilled'));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }
}
