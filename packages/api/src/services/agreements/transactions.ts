import type { IsoDate, Minor } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { LedgerEntryKind } from '../../db/customer-agreement-tables.js';
import type { Database } from '../../db/schema.js';
import { LEDGER_SIDE } from './ledger-totals.js';

export interface Transaction {
  id: string;
  date: IsoDate;
  kind: LedgerEntryKind;
  /** Positive; `side` says whether it raised (debit) or lowered (credit) what is owed. */
  amount: Minor;
  side: 'debit' | 'credit';
  description: string;
  reference: string | null;
}

export interface TransactionPage {
  items: Transaction[];
  /** Pass back to get the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** A cursor the client sent that this server did not issue or can no longer read. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

interface Position {
  entryDate: string;
  createdAt: string;
  id: string;
}

function encodeCursor(position: Position): string {
  return Buffer.from(
    JSON.stringify([position.entryDate, position.createdAt, position.id]),
  ).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('unreadable cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    !parsed.every((part): part is string => typeof part === 'string')
  ) {
    throw new InvalidCursorError('malformed cursor');
  }
  const [entryDate, createdAt, id] = parsed as [string, string, string];
  return { entryDate, createdAt, id };
}

/**
 * One page of an agreement's ledger, newest first. Keyset pagination on (date, recorded at, id)
 * so that entries added while the customer pages through never shift or repeat a page. The caller
 * has already checked that the agreement is the customer's.
 */
export async function transactionsPage(
  db: Kysely<Database>,
  agreementId: string,
  { cursor, limit }: { cursor: string | null; limit: number },
): Promise<TransactionPage> {
  let query = db
    .selectFrom('ledger_entries')
    .select(['id', 'entry_date', 'kind', 'amount', 'description', 'reference', 'created_at'])
    .where('agreement_id', '=', agreementId);
  if (cursor !== null) {
    const after = decodeCursor(cursor);
    query = query.where((eb) =>
      eb.or([
        eb('entry_date', '<', after.entryDate),
        eb.and([eb('entry_date', '=', after.entryDate), eb('created_at', '<', after.createdAt)]),
        eb.and([
          eb('entry_date', '=', after.entryDate),
          eb('created_at', '=', after.createdAt),
          eb('id', '<', after.id),
        ]),
      ]),
    );
  }
  const rows = await query
    .orderBy('entry_date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      date: row.entry_date,
      kind: row.kind,
      amount: row.amount,
      side: LEDGER_SIDE[row.kind],
      description: row.description,
      reference: row.reference,
    })),
    nextCursor:
      rows.length > limit && last !== undefined
        ? encodeCursor({ entryDate: last.entry_date, createdAt: last.created_at, id: last.id })
        : null,
  };
}
