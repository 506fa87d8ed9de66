import { normaliseAgreementNumber } from '@marque/domain';
import type { ExpressionBuilder, Kysely, SqlBool, Expression } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { normaliseEmail, normaliseUsername } from '../accounts/username.js';
import { maskedAgreementNumber, postcodeArea } from './masked-answers.js';

/** A cursor the client sent that this server did not issue. */
export class InvalidSearchCursorError extends Error {
  override readonly name = 'InvalidSearchCursorError';
}

export interface CustomerMatch {
  id: string;
  name: string;
  /** Null when the customer has not registered for online access. */
  username: string | null;
  town: string;
  /** The outward part only ('YO24'): the full postcode is an identity question. */
  postcodeArea: string;
  /** Masked: the number is an identity question too. */
  agreements: { number: string; type: string; status: string }[];
  flagged: boolean;
}

export interface CustomerSearchPage {
  items: CustomerMatch[];
  nextCursor: string | null;
}

/** The upper bound of a prefix range: the prefix with its last character incremented. */
function afterPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * `value` starts with `prefix`, as a range an ordinary (or expression) index answers on both
 * databases, where LIKE would need an operator class on PostgreSQL.
 */
function startsWith(
  eb: ExpressionBuilder<Database, 'customers'>,
  value: Expression<string>,
  prefix: string,
): Expression<SqlBool> {
  return eb.and([eb(value, '>=', prefix), eb(value, '<', afterPrefix(prefix))]);
}

const lower = (column: string) => sql<string>`lower(${sql.ref(column)})`;
const PHONE_DIGITS = sql<string>`replace(replace(customers.phone, ' ', ''), '-', '')`;

/**
 * The ways one typed phone number may be stored, without separators: as typed, and a UK number in
 * both its national (07700…) and international (+447700…) forms.
 */
function phoneForms(query: string): string[] {
  const compact = query.replace(/[\s().-]/g, '');
  if (!/^\+?\d{7,15}$/.test(compact)) return [];
  if (compact.startsWith('+44')) return [compact, `0${compact.slice(3)}`];
  if (compact.startsWith('0')) return [compact, `+44${compact.slice(1)}`];
  return [compact];
}

/** Letters as names are written (any script), with spaces, apostrophes and hyphens between. */
const NAME = /^[\p{L}' -]+$/u;

/**
 * Every condition the query could mean, each answered by an index: a name (family or given name
 * prefix, or "given family"), username prefix, e-mail (prefix, or an account's exact address),
 * agreement number prefix, postcode prefix, phone number.
 */
function matchesQuery(db: Kysely<Database>, query: string) {
  return (eb: ExpressionBuilder<Database, 'customers'>): Expression<SqlBool> => {
    const text = query.trim().toLowerCase();
    const reference = normaliseAgreementNumber(query);
    const conditions: Expression<SqlBool>[] = [];
    if (NAME.test(text)) {
      const words = text.split(/\s+/).filter((word) => word !== '');
      conditions.push(startsWith(eb, lower('customers.family_name'), text));
      if (words.length === 1) conditions.push(startsWith(eb, lower('customers.given_name'), text));
      const [first, ...rest] = words;
      if (first !== undefined && rest.length > 0) {
        conditions.push(
          eb.and([
            startsWith(eb, lower('customers.given_name'), first),
            startsWith(eb, lower('customers.family_name'), rest.join(' ')),
          ]),
        );
      }
    }
    if (text.includes('@')) {
      conditions.push(startsWith(eb, lower('customers.email'), text));
      conditions.push(
        eb(
          'customers.id',
          'in',
          db
            .selectFrom('accounts')
            .select('customer_id')
            .where('email', '=', normaliseEmail(query)),
        ),
      );
    } else {
      const username = normaliseUsername(query);
      conditions.push(
        eb(
          'customers.id',
          'in',
          db
            .selectFrom('accounts')
            .select('customer_id')
            .where((inner) =>
              inner.and([
                inner('username_normalised', '>=', username),
                inner('username_normalised', '<', afterPrefix(username)),
              ]),
            ),
        ),
      );
    }
    if (reference.length >= 2 && /^[A-Z0-9]+$/.test(reference)) {
      conditions.push(
        eb(
          'customers.id',
          'in',
          db
            .selectFrom('agreements')
            .select('customer_id')
            .where((inner) =>
              inner.and([
                inner('agreement_number', '>=', reference),
                inner('agreement_number', '<', afterPrefix(reference)),
              ]),
            ),
        ),
      );
      conditions.push(startsWith(eb, eb.ref('customers.postcode_normalised'), reference));
    }
    const phones = phoneForms(query);
    if (phones.length > 0) conditions.push(eb(PHONE_DIGITS, 'in', phones));
    return eb.or(conditions);
  };
}

function encodeCursor(row: { family_name: string; given_name: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.family_name, row.given_name, row.id])).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string): [string, string, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidSearchCursorError('unreadable cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    !parsed.every((part): part is string => typeof part === 'string')
  ) {
    throw new InvalidSearchCursorError('malformed cursor');
  }
  return parsed as [string, string, string];
}

/**
 * The page's customers, one more than asked (to tell whether another page follows), in name order.
 * Every condition is answered by an index (see the migration 0011 and the search test's plan check).
 */
export function customerSearchQuery(
  db: Kysely<Database>,
  input: { query: string; cursor: string | null; limit: number },
) {
  let query = db
    .selectFrom('customers')
    .select([
      'customers.id',
      'customers.title',
      'customers.given_name',
      'customers.family_name',
      'customers.town',
      'customers.postcode',
    ])
    .where(matchesQuery(db, input.query));
  if (input.cursor !== null) {
    const [family, given, id] = decodeCursor(input.cursor);
    query = query.where((eb) =>
      eb.or([
        eb('customers.family_name', '>', family),
        eb.and([eb('customers.family_name', '=', family), eb('customers.given_name', '>', given)]),
        eb.and([
          eb('customers.family_name', '=', family),
          eb('customers.given_name', '=', given),
          eb('customers.id', '>', id),
        ]),
      ]),
    );
  }
  return query
    .orderBy('customers.family_name')
    .orderBy('customers.given_name')
    .orderBy('customers.id')
    .limit(input.limit + 1);
}

/**
 * Customers matching a name, username, e-mail, agreement number, postcode or phone number, by
 * family name then given name, a page at a time (keyset on name and id, stable as customers join).
 * Results carry no answer to the identity questions: agreement numbers masked, postcode area only.
 */
export async function searchCustomers(
  db: Kysely<Database>,
  input: { query: string; cursor: string | null; limit: number },
): Promise<CustomerSearchPage> {
  const rows = await customerSearchQuery(db, input).execute();
  const page = rows.slice(0, input.limit);
  const ids = page.map((row) => row.id);
  const [accounts, agreements] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('accounts')
            .select(['customer_id', 'username', 'staff_flagged_at'])
            .where('customer_id', 'in', ids)
            .execute(),
          db
            .selectFrom('agreements')
            .select(['customer_id', 'agreement_number', 'type', 'status'])
            .where('customer_id', 'in', ids)
            .orderBy('start_date')
            .orderBy('agreement_number')
            .execute(),
        ]);
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const account = accounts.find((candidate) => candidate.customer_id === row.id);
      return {
        id: row.id,
        name: [row.title, row.given_name, row.family_name].filter(Boolean).join(' '),
        username: account?.username ?? null,
        town: row.town,
        postcodeArea: postcodeArea(row.postcode),
        agreements: agreements
          .filter((agreement) => agreement.customer_id === row.id)
          .map((agreement) => ({
            number: maskedAgreementNumber(agreement.agreement_number),
            type: agreement.type,
            status: agreement.status,
          })),
        flagged: account?.staff_flagged_at != null,
      };
    }),
    nextCursor: rows.length > input.limit && last !== undefined ? encodeCursor(last) : null,
  };
}
