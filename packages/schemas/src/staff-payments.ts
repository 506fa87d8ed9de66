import { isIsoDate } from '@marque/domain';
import { z } from 'zod';
import { moneyTextField } from './money-text.js';

// The staff console's payment inputs: bank transfers, statement imports, refunds, search.

/** A row the console listed, named by its id. */
function idField(message: string) {
  return z.string().trim().min(1, message).max(64, message);
}

/** An agreement number as staff type it from a statement or a call, however it is spaced. */
const agreementNumberField = z
  .string()
  .trim()
  .min(4, 'Enter the agreement number, e.g. MQ20240101.')
  .max(32, 'Enter the agreement number, e.g. MQ20240101.');

const dayField = (message: string) => z.string().trim().refine(isIsoDate, message);

/** The bank's own id for a statement line: recording it twice records it once. */
const bankReferenceField = z
  .string()
  .trim()
  .min(1, "Enter the bank's transaction reference from the statement.")
  .max(64, 'Use at most 64 characters.');

/** A reason staff give, kept in the audit log. */
export const staffReasonField = z
  .string()
  .trim()
  .min(5, 'Say why, in a few words (at least 5 characters).')
  .max(500, 'Use at most 500 characters.');

/** Money received by bank transfer that a member of staff enters from the bank statement. */
export const recordBankTransferInput = z.object({
  agreementNumber: agreementNumberField,
  amount: moneyTextField('amount received'),
  receivedOn: dayField('Enter the date the money arrived, like 2026-11-23.'),
  bankReference: bankReferenceField,
});

/** The largest statement file one call takes (the console sends a larger file in parts). */
const STATEMENT_CSV_MAX_CHARS = 48_000;

/** A bank statement exported as CSV: date, amount, reference, transaction id. */
export const importBankStatementInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'Choose the statement file.')
    .max(200, 'Rename the file to at most 200 characters.'),
  content: z
    .string()
    .min(1, 'The file is empty.')
    .max(STATEMENT_CSV_MAX_CHARS, 'The file is too large to send at once.'),
});

/** The unmatched-lines queue, newest first. */
export const statementQueueInput = z.object({
  status: z.enum(['unmatched', 'assigned', 'dismissed', 'matched']).default('unmatched'),
  limit: z.number().int().min(1).max(200).default(50),
});

/** Paying an unmatched statement line to the agreement staff found for it. */
export const assignStatementLineInput = z.object({
  lineId: idField('Choose a statement line.'),
  agreementNumber: agreementNumberField,
  reason: staffReasonField,
});

/** Deciding an unmatched statement line is not a customer's payment. */
export const dismissStatementLineInput = z.object({
  lineId: idField('Choose a statement line.'),
  reason: staffReasonField,
});

/** Payment search: every filter optional; a blank one means "any". */
export const paymentSearchInput = z
  .object({
    text: z
      .string()
      .trim()
      .max(64, 'Use at most 64 characters.')
      .optional()
      .transform((value) => (value === '' ? undefined : value)),
    method: z.enum(['card', 'bank_transfer', 'direct_debit']).optional(),
    status: z.enum(['pending', 'requires_action', 'paid', 'failed', 'refunded']).optional(),
    from: dayField('Enter a date like 2026-11-23.').optional(),
    to: dayField('Enter a date like 2026-11-23.').optional(),
    /** The last row's cursor from the page before. */
    after: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: 'The end date must not be before the start date.',
    path: ['to'],
  });

/** A supervisor asking to give a payment back: the whole payment, once per idempotency key. */
export const requestRefundInput = z.object({
  paymentId: idField('Choose a payment.'),
  reason: staffReasonField,
  /** Made by the console for each refund it asks for; a retried request finds the first. */
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/, 'The request could not be read. Please try again.'),
});

/** The second supervisor's decision on a refund above the four-eyes limit. */
export const decideRefundInput = z.object({
  refundId: idField('Choose a refund.'),
  decision: z.enum(['approve', 'reject'], { error: 'Choose approve or reject.' }),
  note: z
    .string()
    .trim()
    .max(500, 'Use at most 500 characters.')
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
});

/** Trying a failed refund again (the provider did not answer, or refused). */
export const refundInput = z.object({ refundId: idField('Choose a refund.') });

export const refundListInput = z.object({
  status: z.enum(['awaiting_approval', 'processing', 'completed', 'failed', 'rejected']).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
