import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Mandates per page: one `in (…)` list (see PARAMETER_CHUNK) and one transaction of writes. */
export const MANDATE_PAGE = 500;

/** A page of mandates: the (agreement_id, id) range after `after` up to and including `last`. */
export interface MandatePage {
  after: readonly [string, string] | null;
  last: readonly [string, string];
}

/**
 * Every mandate, a page at a time in (agreement, mandate) order: keyset paging over the
 * (agreement_id, id) index, so each page costs the same however many mandates there are, and the
 * instalment, ledger and collection lookups that follow stay on neighbouring index pages. The
 * caller reads each page by its key range (an index range scan; a list of 500 ids lets PostgreSQL
 * choose a scan of the whole table) and filters it (live state, scheme): filtering here would steer
 * the planner to the state index and a sort of every live mandate per page.
 */
export async function* mandatePages(db: Kysely<Database>): AsyncGenerator<MandatePage> {
  let after: readonly [string, string] | null = null;
  for (;;) {
    const position: readonly [string, string] | null = after;
    const page: { id: string; agreement_id: string }[] = await db
      .selectFrom('mandates')
      .select(['id', 'agreement_id'])
      .$if(position !== null, (query) =>
        query.where((eb) =>
          eb(
            eb.refTuple('agreement_id', 'id'),
            '>',
            eb.tuple(position?.[0] ?? '', position?.[1] ?? ''),
          ),
        ),
      )
      .orderBy('agreement_id')
      .orderBy('id')
      .limit(MANDATE_PAGE)
      .execute();
    const last = page.at(-1);
    if (last === undefined) return;
    const lastKey = [last.agreement_id, last.id] as const;
    yield { after: position, last: lastKey };
    after = lastKey;
  }
}
