import { isIsoDate } from '@marque/domain';
import { z } from 'zod';

// The runs staff start from the console, and the print queue they export.

export const CONSOLE_RUN_KINDS = ['collection', 'statement', 'reminders'] as const;
export type ConsoleRunKindName = (typeof CONSOLE_RUN_KINDS)[number];

/**
 * Starting (or retrying) a run: the Direct Debit collection run and the reminders for a day, the
 * statement run for a month that has ended. The same day or month again finishes what is left.
 */
export const startRunInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('collection'),
    runDate: z.string().trim().refine(isIsoDate, 'Enter the run date like 2026-11-23.'),
  }),
  z.object({
    kind: z.literal('reminders'),
    runDate: z.string().trim().refine(isIsoDate, 'Enter the date like 2026-11-23.'),
  }),
  z.object({
    kind: z.literal('statement'),
    period: z
      .string()
      .trim()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter the month like 2026-10.'),
  }),
]);

export const runInput = z.object({
  runId: z.string().trim().min(1, 'Choose a run.').max(64, 'Choose a run.'),
});

export const runListInput = z.object({
  limit: z.number().int().min(1).max(100).default(20),
});
