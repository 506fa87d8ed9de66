import { CompiledQuery } from 'kysely';
import { expect, it } from 'vitest';
import { customerSearchQuery } from '../../services/staff-help/customer-search.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { givenAccount, givenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface Match {
  id: string;
  name: string;
  username: string | null;
  postcodeArea: string;
  agreements: { number: string }[];
}

async function named(
  app: TestApp,
  customerId: string,
  given: string,
  family: string,
  phone: string,
) {
  await app.deps.db
    .updateTable('customers')
    .set({ given_name: given, family_name: family, phone })
    .where('id', '=', customerId)
    .execute();
}

describeEachDatabase('staff customer search', (getDb, dialect) => {
  async function setUp() {
    const app = createTestApp({ db: getDb() });
    const { browser } = await staffBrowser(app, 'agent');
    const ada = await givenAccount(app.deps.db, {
      username: 'ada.search',
      email: 'ada.lovelace@example.com',
      postcode: 'YO24 1BP',
    });
    await named(app, ada.customerId, 'Ada', 'Lovelace', '07700 900555');
    const alan = await givenCustomer(app.deps.db, { postcode: 'SW1A 1AA' });
    await named(app, alan.customerId, 'Alan', 'Lovell', '+44 7700 900777');
    const grace = await givenCustomer(app.deps.db, { postcode: 'M1 1AE' });
    await named(app, grace.customerId, 'Grace', 'Hopper', '07700 900999');
    const search = async (query: string, extra: object = {}) => {
      const result = await browser.query<{ items: Match[]; nextCursor: string | null }>(
        'customers.search',
        { query, ...extra },
      );
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      return result.data ?? { items: [], nextCursor: null };
    };
    const ids = async (query: string) => (await search(query)).items.map((item) => item.id);
    return { app, browser, ada, alan, grace, search, ids };
  }

  it('finds customers by family name, given name and "given family", partly typed, in any case', async () => {
    const { ada, alan, ids } = await setUp();
    expect(await ids('lovel')).toEqual([ada.customerId, alan.customerId]);
    expect(await ids('LOVELACE')).toEqual([ada.customerId]);
    expect(await ids('alan')).toEqual([alan.customerId]);
    expect(await ids('ada love')).toEqual([ada.customerId]);
    expect(await ids('Zebedee')).toEqual([]);
  });

  it('finds customers by username, e-mail, agreement number, postcode and phone', async () => {
    const { ada, alan, grace, ids } = await setUp();
    expect(await ids('ada.sea')).toEqual([ada.customerId]);
    expect(await ids('Ada.Lovelace@Example.com')).toEqual([ada.customerId]);
    expect(await ids(alan.agreementNumber.toLowerCase())).toEqual([alan.customerId]);
    expect(await ids('yo24 1bp')).toEqual([ada.customerId]);
    expect(await ids('M1')).toContain(grace.customerId);
    expect(await ids('07700-900-555')).toEqual([ada.customerId]);
    // A number typed in the national form finds one stored in the international form, and back.
    expect(await ids('07700 900777')).toEqual([alan.customerId]);
    expect(await ids('+447700900555')).toEqual([ada.customerId]);
  });

  it('shows no answer to an identity question: agreement numbers masked, postcode area only', async () => {
    const { ada, search } = await setUp();
    const [match] = (await search('Lovelace')).items;
    expect(match).toMatchObject({
      name: expect.stringContaining('Ada Lovelace') as string,
      username: 'ada.search',
      postcodeArea: 'YO24',
      agreements: [{ number: `••••${ada.agreementNumber.slice(-4)}` }],
    });
    expect(JSON.stringify(match)).not.toContain(ada.agreementNumber);
    expect(JSON.stringify(match)).not.toContain('1BP');
    expect(JSON.stringify(match)).not.toContain(ada.dateOfBirth);
  });

  it('pages through the matches by name with a cursor, without repeats or gaps', async () => {
    const { ada, alan, search } = await setUp();
    const first = await search('lovel', { limit: 1 });
    expect(first.items.map((item) => item.id)).toEqual([ada.customerId]);
    const second = await search('lovel', { limit: 1, cursor: first.nextCursor });
    expect(second.items.map((item) => item.id)).toEqual([alan.customerId]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a query too short to mean anything, a forged cursor, and a search without a session', async () => {
    const { app, browser } = await setUp();
    const short = await browser.query('customers.search', { query: 'a' });
    expect(short.status).toBe(400);
    expect(short.error?.data.fieldErrors?.query).toContain('at least 2 characters');
    const forged = await browser.query('customers.search', { query: 'lovel', cursor: 'not-ours' });
    expect(forged.status).toBe(400);
    expect(forged.error?.message).toContain('search again');
    expect((await app.staffClient().query('customers.search', { query: 'lovel' })).status).toBe(
      401,
    );
  });

  it('treats wildcard and quote characters as text, not as patterns', async () => {
    const { ids } = await setUp();
    expect(await ids('%%')).toEqual([]);
    expect(await ids("_' or 1=1 --")).toEqual([]);
  });

  // SQLite plans without statistics, so its plan shows the indexes even on a near-empty table.
  if (dialect === 'sqlite') {
    it('answers every kind of query from indexes, never by reading every customer', async () => {
      const db = getDb();
      for (const query of [
        'lovel',
        'ada love',
        'ada.lovelace@example.com',
        'MQ2024',
        'YO24 1BP',
        '07700 900555',
      ]) {
        const compiled = customerSearchQuery(db, { query, cursor: null, limit: 20 }).compile();
        const plan = await db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
        );
        const steps = plan.rows.map((row) => row.detail);
        expect(
          steps.filter((step) => /^SCAN (customers|accounts|agreements)\b/.test(step)),
          query,
        ).toEqual([]);
      }
    });
  }
});
