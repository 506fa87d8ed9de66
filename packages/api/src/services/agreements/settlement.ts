import { settlementQuoteFor, type IsoDate, type SettlementQuote } from '@marque/domain';
import type { AgreementRecord } from './agreement-queries.js';
import { receiptsBy } from './ledger-totals.js';

/** A quote, or why the agreement has none. */
export type SettlementAnswer =
  | ({ available: true; requestDate: IsoDate; deferred: boolean } & SettlementQuote)
  | { available: false; reason: 'consumer_hire' | 'closed' };

/**
 * The Early Settlement Regulations 2004 quote on `today` (the domain's settlementQuoteFor) from the
 * payments the ledger has received. A lease is hire, not credit, so it has no settlement figure.
 */
export function settlementFor(
  record: AgreementRecord,
  today: IsoDate,
  deferByOneMonth: boolean,
): SettlementAnswer {
  const { row, agreement, ledger } = record;
  if (agreement.type === 'LEASE') return { available: false, reason: 'consumer_hire' };
  if (row.status !== 'active') return { available: false, reason: 'closed' };
  const quote = settlementQuoteFor(agreement, receiptsBy(ledger, today), today, {
    deferByOneMonth,
  });
  return { available: true, requestDate: today, deferred: deferByOneMonth, ...quote };
}
