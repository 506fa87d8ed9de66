import { z } from 'zod';

/** What a customer can report about a ledger entry or a payment. */
export const TRANSACTION_CASE_REASONS = [
  'not_recognised',
  'wrong_amount',
  'paid_not_shown',
  'direct_debit_error',
] as const;
export type TransactionCaseReason = (typeof TRANSACTION_CASE_REASONS)[number];

/** Where a reported problem stands: open and investigating are undecided; the others are final. */
export const TRANSACTION_CASE_STATUSES = ['open', 'investigating', 'resolved', 'rejected'] as const;
export type TransactionCaseStatus = (typeof TRANSACTION_CASE_STATUSES)[number];

/** The statuses that end a case: each needs an outcome the customer can read. */
export const FINAL_TRANSACTION_CASE_STATUSES: readonly TransactionCaseStatus[] = [
  'resolved',
  'rejected',
];

/** A problem is reported on a line of the account's history or on a payment. */
export const TRANSACTION_ENTRY_TYPES = ['ledger_entry', 'payment'] as const;
export type TransactionEntryType = (typeof TRANSACTION_ENTRY_TYPES)[number];

/** One ledger entry or payment of the signed-in customer's. */
export const transactionEntryInput = z.object({
  entryType: z.enum(TRANSACTION_ENTRY_TYPES, { error: 'We could not find that transaction.' }),
  entryId: z.uuid({ error: 'We could not find that transaction.' }),
});

/** "Report a problem": which entry, what is wrong, and anything the customer wants to add. */
export const reportTransactionInput = transactionEntryInput.extend({
  reason: z.enum(TRANSACTION_CASE_REASONS, { error: 'Choose what is wrong.' }),
  details: z
    .string()
    .trim()
    .max(2000, 'Keep it to 2,000 characters or fewer.')
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
});

export const transactionCaseInput = z.object({
  caseId: z.uuid({ error: 'We could not find that case.' }),
});

const caseNote = z
  .string({ error: 'Write a note for the case history.' })
  .trim()
  .min(1, 'Write a note for the case history.')
  .max(2000, 'Keep the note to 2,000 characters or fewer.');

/**
 * Staff moving a case on. Resolving or rejecting it needs an outcome, which the customer reads;
 * the note stays with staff.
 */
export const updateTransactionCaseInput = transactionCaseInput
  .extend({
    status: z.enum(TRANSACTION_CASE_STATUSES, { error: 'Choose a status.' }),
    note: caseNote,
    outcome: z
      .string()
      .trim()
      .max(2000, 'Keep the outcome to 2,000 characters or fewer.')
      .optional()
      .transform((value) => (value === '' ? undefined : value)),
  })
  .refine((update) => !FINAL_TRANSACTION_CASE_STATUSES.includes(update.status) || update.outcome, {
    message: 'Write the outcome the customer will read.',
    path: ['outcome'],
  });
