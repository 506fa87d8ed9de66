import { normaliseAgreementNumber } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * The agreement numbers a payer's reference could be quoting. Customers quote their payment
 * reference (the agreement number) with their own spacing and often add words ("MQ 2024 0101
 * J SMITH"), so each word is a candidate, and so is the whole reference run together and every
 * run of adjacent words.
 */
export function referenceCandidates(reference: string): string[] {
  const words = reference
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => normaliseAgreementNumber(word))
    .filter((word) => word !== '');
  const candidates = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    let joined = '';
    for (let end = start; end < words.length && end < start + 4; end += 1) {
      joined += words[end] ?? '';
      if (joined.length >= 4 && joined.length <= 32) candidates.add(joined);
    }
  }
  return [...candidates];
}

/**
 * The active agreement a reference names, when exactly one does. None, or more than one (a
 * reference naming two agreements), is for staff to decide.
 */
export async function agreementForReference(
  db: Kysely<Database>,
  reference: string,
): Promise<{ id: string; customerId: string } | null> {
  const candidates = referenceCandidates(reference);
  if (candidates.length === 0) return null;
  const found = await db
    .selectFrom('agreements')
    .select(['id', 'customer_id'])
    .where('agreement_number', 'in', candidates)
    .where('status', '=', 'active')
    .limit(2)
    .execute();
  const [only] = found;
  return found.length === 1 && only !== undefined
    ? { id: only.id, customerId: only.customer_id }
    : null;
}
