import { expect, it } from 'vitest';
import { customerThreads, customerUnreadCount } from '../services/messages/customer-threads.js';
import { TEST_SECRET_KEY } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemoData } from './seed-demo-data.js';

describeEachDatabase('the demo inbox', (getDb) => {
  it('gives hp.demo one conversation with an unread answer, and nobody else any', async () => {
    const db = getDb();
    await seedDemoData(db, {
      now: new Date('2026-11-23T12:00:00.000Z'),
      today: '2026-11-23',
      hashPassword: (password) => Promise.resolve(`hashed:${password}`),
      secretKey: Buffer.from(TEST_SECRET_KEY, 'hex'),
    });
    const logins = await db
      .selectFrom('accounts')
      .select(['username', 'customer_id'])
      .orderBy('username')
      .execute();
    for (const login of logins) {
      const threads = await customerThreads(db, login.customer_id);
      if (login.username === 'hp.demo') {
        expect(threads.map((thread) => [thread.subject, thread.unreadCount])).toEqual([
          ['Moving my payment date', 1],
        ]);
        expect(await customerUnreadCount(db, login.customer_id)).toBe(1);
      } else {
        expect(threads).toEqual([]);
      }
    }
  });
});
