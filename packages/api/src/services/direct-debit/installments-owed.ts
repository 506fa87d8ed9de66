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

/** What the collection run may take for each instalment, from `installmentsOwed`. */
export interface InstallmentsOwed {
  /** Still owed, counting every settled payment and each Direct Debit in flight as received. */
  readonly owed: ReadonlyMap<string, Minor>;
  /** Instalments a card payment still awaiting the provider's answer would meet, in part or whole. */
  readonly awaitingCard: ReadonlySet<string>;
}

function owedBySchedule(
  owed: Map<string, Minor>,
  agreementId: string,
  schedule: readonly ScheduledInstallment[],
  ledger: readonly LedgerAmount[],
  asOf: IsoDate,
): void {
  const { paidTowards } = applyPayments(schedule, ledger, asOf);
  for (const installment of schedule) {
    owed.set(
      keyOf(agreementId, installment.number),
      installment.amount - (paidTowards.get(installment.number) ?? 0),
    );
  }
}

/**
 * What is still owed on each instalment once every payment received by `asOf` is met oldest first
 * (the domain's allocatePayment, through applyPayments), a Direct Debit already submitted but not
 * yet settled counting as received: the collection run takes no more than this, so an instalment
 * paid by card or transfer is never collected again. A card payment the provider has not yet
 * answered (status 'pending') may still succeed: the instalments it would meet are marked
 * `awaitingCard`, so the run holds their collection back until the payment settles or fails rather
 * than debit a customer who paid by card today. A few queries per 500 agreements, not per one.
 */
export async function installmentsOwed(
  db: Kysely<Database>,
  keys: readonly InstallmentKey[],
  asOf: IsoDate,
): Promise<InstallmentsOwed> {
  const owed = new Map<string, Minor>();
  const awaitingCard = new Set<string>();
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
        .select(['agreement_id', 'method', 'amount'])
        .where('agreement_id', 'in', ids)
        .where('status', '=', 'pending')
        .where('method', 'in', ['direct_debit', 'card'])
        .execute(),
    ]);
    const schedules = new Map<string, ScheduledInstallment[]>(ids.map((id) => [id, []]));
    const ledgers = new Map<string, LedgerAmount[]>(ids.map((id) => [id, []]));
    const pendingCards = new Map<string, LedgerAmount[]>();
    for (const row of installments) schedules.get(row.agreement_id)?.push(installmentFromRow(row));
    for (const entry of entries) {
      ledgers.get(entry.agreement_id)?.push({
        entryDate: entry.entry_date,
        kind: entry.kind,
        amount: entry.amount,
      });
    }
    for (const payment of inFlight) {
      const received = {
        entryDate: asOf,
        kind: 'payment_received' as const,
        amount: payment.amount,
      };
      if (payment.method === 'direct_debit') ledgers.get(payment.agreement_id)?.push(received);
      else
        pendingCards.set(payment.agreement_id, [
          ...(pendingCards.get(payment.agreement_id) ?? []),
          received,
        ]);
    }
    for (const id of ids) {
      const schedule = schedules.get(id) ?? [];
      const ledger = ledgers.get(id) ?? [];
      owedBySchedule(owed, id, schedule, ledger, asOf);
      const cards = pendingCards.get(id);
      if (cards === undefined) continue;
      const ifCardsPaid = new Map<string, Minor>();
      owedBySchedule(ifCardsPaid, id, schedule, [...ledger, ...cards], asOf);
      for (const [key, left] of ifCardsPaid) {
        if (left < (owed.get(key) ?? 0)) awaitingCard.add(key);
      }
    }
  }
  return { owed, awaitingCard };
}

/** What `installmentsOwed` found still owed on one instalment; nothing for one it does not know. */
export function owedOn(owed: InstallmentsOwed, key: InstallmentKey): Minor {
  return owed.owed.get(keyOf(key.agreementId, key.installmentNumber)) ?? 0;
}

/** True when a pending card payment would meet (some of) the instalment: hold its collection back. */
export function awaitingCardOn(owed: InstallmentsOwed, key: InstallmentKey): boolean {
  return owed.awaitingCard.has(keyOf(key.agreementId, key.installmentNumber));
}
