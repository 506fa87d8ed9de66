import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { isPostgres } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { appRouter } from '../router.js';
import { createTestApp, type TestClient } from '../test/app.js';
import { givenAccount, signIn, type GivenAccount } from '../test/customers.js';
import { describeEachDatabase } from '../test/databases.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
/** Set FUZZ_SEED to the seed a failure printed to replay exactly that run. */
const SEED = process.env.FUZZ_SEED === undefined ? Date.now() : Number(process.env.FUZZ_SEED);

const UNLIMITED = Object.fromEntries(
  [
    'ATTACHMENT_UPLOAD_CUSTOMER',
    'CONTACT_IP',
    'LOGIN_ACCOUNT',
    'LOGIN_IP',
    'MFA_ACCOUNT',
    'MFA_IP',
    'PASSWORD_CHECK_ACCOUNT',
    'RECOVER_IP',
    'REGISTER_IP',
    'RESET_IP',
    'RESET_TARGET',
  ].map((name) => [`RATE_LIMIT_${name}`, '1000000/60']),
);

interface ProcedureShape {
  _def: {
    type: 'query' | 'mutation' | 'subscription';
    inputs: { shape?: object; safeParse: (input: unknown) => { success: boolean } }[];
  };
}

// At run time a router's procedures are a flat record keyed by path ('auth.login'): every public
// and customer procedure, so a new one is fuzzed without being listed here.
const PROCEDURES = Object.entries(
  appRouter._def.procedures as unknown as Record<string, ProcedureShape>,
)
  // A stream answers 200 at once and reports errors inside it; its input is fuzzed via its query twin.
  .filter(([, procedure]) => procedure._def.type !== 'subscription')
  .map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    fields: procedure._def.inputs.flatMap((input) => Object.keys(input.shape ?? {})),
    /** True when the procedure's own schema refuses `input` as it arrives (after JSON). */
    refuses: (input: unknown) => {
      const sent: unknown = input === undefined ? undefined : JSON.parse(JSON.stringify(input));
      return procedure._def.inputs.some((schema) => !schema.safeParse(sent).success);
    },
  }));

/** Text a form field should never break on: NUL, lone surrogates, direction marks, emoji, huge. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    '\u202Eevil\u202C',
    '\u200F\u200E',
    '👩‍👩‍👧‍👦'.repeat(50),
    '𝕏'.repeat(300),
    'x'.repeat(5_000),
    'y'.repeat(70_000),
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '2025-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-02-29T25:61:00Z',
    '1e309',
    'NaN',
    '__proto__',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, -0, 0, 0.5, -100_000_000_000, 1e308, -1e308, 2 ** 53 + 2, 2 ** 31),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('$ne', '__proto__', 'constructor', 'id', 'amount'),
      tie('value'),
      {
        maxKeys: 2,
      },
    ),
  ),
})).value;

/** An input for a procedure: its own field names with hostile values, or any hostile value at all. */
function hostileInput(fields: string[]): fc.Arbitrary<unknown> {
  const shaped =
    fields.length === 0
      ? fc.constant({})
      : fc.record(Object.fromEntries(fields.map((field) => [field, hostileValue])), {
          requiredKeys: [],
        });
  return fc.oneof(shaped, hostileValue);
}

/** A digest of every row of every table. */
async function fingerprint(db: Kysely<Database>): Promise<Map<string, string>> {
  const tables = (await db.introspection.getTables())
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_'));
  const digests = new Map<string, string>();
  if (isPostgres(db)) {
    // One round trip for the whole database: each table's rows as text, sorted and hashed.
    const selects = tables.map(
      (name) =>
        sql`select ${name} as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.table(name)} t`,
    );
    const { rows } = await sql<{
      name: string;
      digest: string;
    }>`${sql.join(selects, sql` union all `)}`.execute(db);
    for (const row of rows) digests.set(row.name, row.digest);
    return digests;
  }
  for (const name of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
      db,
    );
    const text = rows
      .map((row) =>
        JSON.stringify(row, (_, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('hex') : value,
        ),
      )
      .sort()
      .join('|');
    digests.set(name, createHash('sha256').update(text).digest('hex'));
  }
  return digests;
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([name, digest]) => before.get(name) !== digest).map(([name]) => name);
}

describeEachDatabase('every public and customer procedure, fuzzed', (getDb) => {
  it('never answers 5xx, and an input refused as invalid changes no row', async () => {
    const db = getDb();
    const test = createTestApp({ db, env: UNLIMITED });
    const account: GivenAccount = await givenAccount(db);
    let browser: TestClient = test.client();
    await signIn(browser, account);
    process.stdout.write(
      `every-procedure fuzz: ${String(PROCEDURES.length)} procedures, ${String(RUNS)} runs, seed ${String(SEED)} (FUZZ_SEED=${String(SEED)} replays it)\n`,
    );

    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...PROCEDURES)
          .chain((procedure) =>
            hostileInput(procedure.fields).map((input) => ({ procedure, input })),
          ),
        async ({ procedure, input }) => {
          const before = await fingerprint(db);
          const result =
            procedure.type === 'query'
              ? await browser.query(procedure.path, input)
              : await browser.mutation(procedure.path, input);
          expect(result.status, `${procedure.path} ${JSON.stringify(result.body)}`).toBeLessThan(
            500,
          );
          // Refused as invalid input (its schema, NUL or size): nothing may have been written.
          // Valid input refused later may write by design: a wrong password is counted and audited.
          const invalid =
            procedure.refuses(input) ||
            JSON.stringify(input).includes('\\u0000') ||
            result.status === 413;
          if (invalid) {
            expect(result.status, procedure.path).toBeGreaterThanOrEqual(400);
            expect(changedTables(before, await fingerprint(db)), procedure.path).toEqual([]);
          } else if ((await browser.query('auth.me')).data === null) {
            // The input was accepted and signed the customer out (logout): sign in again.
            browser = test.client();
            await signIn(browser, account);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
