/** What one collection run did, stored with the run and printed by `npm run collect`. */
export interface CollectionRunCounts {
  reportsImported: number;
  mandatesLodged: number;
  mandatesActivated: number;
  mandatesEnded: number;
  cancellationsLodged: number;
  noticesSent: number;
  collectionsSubmitted: number;
  /** Collections cancelled because the instalment had been paid in full another way. */
  collectionsNotNeeded: number;
  /** Collections left for a later cycle because a card payment for the instalment was pending. */
  collectionsHeldForCard: number;
  collectionsCollected: number;
  collectionsFailed: number;
  representations: number;
}

/** A run that has done nothing yet. */
export function emptyCounts(): CollectionRunCounts {
  return {
    reportsImported: 0,
    mandatesLodged: 0,
    mandatesActivated: 0,
    mandatesEnded: 0,
    cancellationsLodged: 0,
    noticesSent: 0,
    collectionsSubmitted: 0,
    collectionsNotNeeded: 0,
    collectionsHeldForCard: 0,
    collectionsCollected: 0,
    collectionsFailed: 0,
    representations: 0,
  };
}

/** Counts of a resumed run: what the stopped attempt recorded plus what this one did. */
export function addCounts(a: CollectionRunCounts, b: CollectionRunCounts): CollectionRunCounts {
  const sum = emptyCounts();
  // Counts stored by an older run may lack a newer key.
  const stored: Partial<CollectionRunCounts> = a;
  for (const key of Object.keys(sum) as (keyof CollectionRunCounts)[]) {
    sum[key] = (stored[key] ?? 0) + b[key];
  }
  return sum;
}
