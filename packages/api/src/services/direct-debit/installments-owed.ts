import type { IsoDate, Minor } from '@marque/domain';
import type { Kysely } from 'kysely';
import { parameterChunks } from '../../db/parameter-chunks.js';
import type { Database } from '../../db/schema.js';
import type { LedgerAmount } from '../agreements/ledger-totals.js';
import { applyPayments } from '../agreements/payments-applied.js';
import { installmentFromRow, type ScheduledInstallment } from '../agreements/schedule-lines.js';

/** One instalment of one agreement. */
export interface InstallmentKey {
  agreementId: string;
  installmentNumber: number;
}

/** The failure code of a collection cancelled because the instalment was already paid another way. */
export const NOT_NEEDED = 'not_needed';

function keyOf(agreementId: string, installmentNumber: number): string {
  return `${agreementId}#${String(installmentNumber)}`;
}

/**
 * What is still owed on each instalment once every payment received by `asOf` is met oldest first
 * (the domain's allocatePayment, through applyPayments), a Direct Debit already submitted but not
 * yet settled counting as received: the collection run takes no more than this, so an instalment
 * paid by card or transfer is never collected again. A few queries per 500 agreements, not per one.
 */
export async function installmentsOwed(
  db: Kysely<Database>,
  keys: readonly InstallmentKey[],
  asOf: IsoDate,
): Promise<ReadonlyMap<string, Minor>> {
  const owed = new Map<string, Minor>();
  for (const ids of parameterChunks([...new Set(keys.map((key) => key.agreementId))])) {
    const [installments, entries, inFlight] = await Promise.all([
      db.selectFrom('installments').selectAll().where('agreement_id', 'in', ids).execute(),
      db
        .selectFrom('ledger_entries')
        .select(['agreement_id', 'entry_date', 'kind', 'amount'])
        .where('agreement_id', 'in', ids)
        // An instalment falling due restates the schedule, which is read from installments.
        .where('kind', '!=', 'installment_due')
        .execute(),
      db
        .selectFrom('payments')
        .select(['agreement_id', 'amount'])
        .where('agreement_id', 'in', ids)
        .where('method', '=', 'direct_debit')
        .where('status', '=', 'pending')
        .execute(),
    ]);
    const schedules = new Map<string, ScheduledInstallment[]>(ids.map((id) => [id, []]));
    const ledgers = new Map<string, LedgerAmount[]>(ids.map((id) => [id, []]));
    for (const row of installments) schedules.get(row.agreement_id)?.push(installmentFromRow(row));
    for (const entry of entries) {
      ledgers.get(entry.agreement_id)?.push({
        entryDate: entry.entry_date,
        kind: entry.kind,
        amount: entry.amount,
      });
    }
    for (const payment of inFlight) {
      ledgers
        .get(payment.agreement_id)
        ?.push({ entryDate: asOf, kind: 'payment_received', amount: payment.amount });
    }
    for (const id of ids) {
      const schedule = schedules.get(id) ?? [];
      const { paidTowards } = applyPayments(schedule, ledgers.get(id) ?? [], asOf);
      for (const installment of schedule) {
        owed.set(
          keyOf(id, installment.number),
          installment.amount - (paidTowards.get(installment.number) ?? 0),
        );
      }
    }
  }
  return owed;
}

/** What `installmentsOwed` found still owed on one instalment; nothing for one it does not know. */
export function owedOn(owed: ReadonlyMap<string, Minor>, key: InstallmentKey): Minor {
  return owed.get(keyOf(key.agreementId, key.installmentNumber)) ?? 0;
}
