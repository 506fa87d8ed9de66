import { z } from 'zod';

const agreementId = z.uuid({ error: 'Choose one of your agreements.' });

/** One of the customer's agreements, by id (whether it is theirs is the API's to check). */
export const agreementInput = z.object({ agreementId });

const LIST_CHANGED = 'This list has changed; please start again from the first page.';
const HOW_MANY = 'Choose how many transactions to show.';

/** A page of an agreement's transactions: the cursor is opaque, the page at most 100. */
export const transactionsPageInput = z.object({
  agreementId,
  cursor: z.string({ error: LIST_CHANGED }).max(512, LIST_CHANGED).nullish(),
  limit: z
    .number({ error: HOW_MANY })
    .int(HOW_MANY)
    .min(1, 'Show at least one transaction.')
    .max(100, 'Show at most 100 transactions at a time.')
    .default(20),
});

/** A settlement quote (Consumer Credit (Early Settlement) Regulations 2004), optionally a month later. */
export const settlementQuoteInput = z.object({
  agreementId,
  deferByOneMonth: z.boolean({ error: 'Say whether to defer by a month.' }).default(false),
});

const WHOLE_MILES = 'Enter the mileage you expect at the end, in whole miles.';

/** The end-of-term options, with the mileage the customer expects for the excess-mileage estimate. */
export const endOfTermOptionsInput = z.object({
  agreementId,
  estimatedMileage: z
    .number({ error: WHOLE_MILES })
    .int(WHOLE_MILES)
    .min(0, 'The mileage cannot be negative.')
    .max(1_000_000, 'Enter a mileage under 1,000,000.'),
});
