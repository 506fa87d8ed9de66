import { expect, it } from 'vitest';
import { createTestApp, TEST_SECRET_KEY } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemoData } from './seed-demo-data.js';
import { seedDemoDocuments } from './seed-demo-documents.js';

describeEachDatabase('seedDemoDocuments', (getDb) => {
  it('gives every demo agreement its credit agreement, welcome letter and last month’s statement', async () => {
    const test = createTestApp({ db: getDb() });
    await seedDemoData(getDb(), {
      secretKey: Buffer.from(TEST_SECRET_KEY, 'hex'),
      now: test.clock.now(),
      today: '2026-11-23',
      // A stand-in hasher keeps the test fast; the server passes the real argon2id one.
      hashPassword: (password) => Promise.resolve(`hashed:${password}`),
    });

    await seedDemoDocuments(test.deps);

    const agreements = await getDb().selectFrom('agreements').select('id').execute();
    const documents = await getDb()
      .selectFrom('documents')
      .select(['agreement_id', 'kind', 'period'])
      .execute();
    for (const { id } of agreements) {
      const kinds = documents.filter((document) => document.agreement_id === id);
      expect(kinds.map((document) => document.kind).sort()).toEqual(
        expect.arrayContaining(['credit_agreement', 'statement', 'welcome_letter']),
      );
      expect(kinds.find((document) => document.kind === 'statement')?.period).toBe('2026-10');
    }
  });
});
