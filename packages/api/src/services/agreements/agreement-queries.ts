import type { Agreement } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { AgreementRow } from '../../db/customer-agreement-tables.js';
import type { Database } from '../../db/schema.js';
import { agreementFromRow } from './agreement-row.js';
import type { LedgerAmount } from './ledger-totals.js';
import { installmentFromRow, type ScheduledInstallment } from './schedule-lines.js';

/** An agreement as stored, its domain terms, its agreed schedule and the ledger amounts that move its balance. */
export interface AgreementRecord {
  row: AgreementRow;
  agreement: Agreement;
  schedule: ScheduledInstallment[];
  ledger: LedgerAmount[];
}

/**
 * The customer's own agreement, or undefined: the customer id is part of the query, so another
 * customer's agreement is indistinguishable from one that does not exist (no IDOR).
 */
export async function findCustomerAgreement(
  db: Kysely<Database>,
  customerId: string,
  agreementId: string,
): Promise<AgreementRow | undefined> {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('id', '=', agreementId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
}

/** The customer's own agreement with its schedule and ledger (see findCustomerAgreement). */
export async function loadCustomerAgreement(
  db: Kysely<Database>,
  customerId: string,
  agreementId: string,
): Promise<AgreementRecord | undefined> {
  const row = await findCustomerAgreement(db, customerId, agreementId);
  if (row === undefined) return undefined;
  const [record] = await withSchedulesAndLedgers(db, [row]);
  return record;
}

/** Every agreement the customer holds, oldest first, in three queries whatever their number. */
export async function loadCustomerAgreements(
  db: Kysely<Database>,
  customerId: string,
): Promise<AgreementRecord[]> {
  const rows = await db
    .selectFrom('agreements')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('start_date')
    .orderBy('agreement_number')
    .execute();
  return withSchedulesAndLedgers(db, rows);
}

/** The agreements' schedules and ledgers in two queries, for pages of agreements (e.g. the statement run). */
export async function withSchedulesAndLedgers(
  db: Kysely<Database>,
  rows: readonly AgreementRow[],
): Promise<AgreementRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [installments, entries] = await Promise.all([
    db
      .selectFrom('installments')
      .selectAll()
      .where('agreement_id', 'in', ids)
      .orderBy('agreement_id')
      .orderBy('number')
      .execute(),
    db
      .selectFrom('ledger_entries')
      .select(['agreement_id', 'entry_date', 'kind', 'amount'])
      .where('agreement_id', 'in', ids)
      // An instalment falling due restates the schedule, which the figures already read.
      .where('kind', '!=', 'installment_due')
      .orderBy('agreement_id')
      .orderBy('entry_date')
      .execute(),
  ]);
  const records = new Map<string, AgreementRecord>(
    rows.map((row) => [
      row.id,
      { row, agreement: agreementFromRow(row), schedule: [], ledger: [] },
    ]),
  );
  for (const installment of installments) {
    records.get(installment.agreement_id)?.schedule.push(installmentFromRow(installment));
  }
  for (const entry of entries) {
    records.get(entry.agreement_id)?.ledger.push({
      entryDate: entry.entry_date,
      kind: entry.kind,
      amount: entry.amount,
    });
  }
  return [...records.values()];
}
