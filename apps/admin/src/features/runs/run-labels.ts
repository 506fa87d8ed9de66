import type { StaffRouterOutputs } from '@marque/api';

type Run = StaffRouterOutputs['runs']['list'][number];

export const KIND_LABELS: Readonly<Record<Run['kind'], string>> = {
  collection: 'Direct Debit collections',
  statement: 'Monthly statements',
  reminders: 'Payment reminders',
};

export const RUN_STATUS_LABELS: Readonly<Record<Run['status'], string>> = {
  running: 'Running',
  finished: 'Finished',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

export const RUN_STATUS_TONES: Readonly<Record<Run['status'], string>> = {
  running: 'invited',
  finished: 'active',
  failed: 'disabled',
  interrupted: 'disabled',
};

/** 'collectionsSubmitted' → 'Collections submitted': the job's own counts, in words. */
export function countLabel(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The counts a run reported, whatever its kind, as label and number. */
export function resultCounts(result: Run['result']): [string, number][] {
  if (result === null) return [];
  const counts =
    typeof result.counts === 'object' && result.counts !== null
      ? (result.counts as Record<string, unknown>)
      : result;
  return Object.entries(counts).flatMap(([key, value]) =>
    typeof value === 'number' ? [[countLabel(key), value] as [string, number]] : [],
  );
}
