import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { pino } from 'pino';
import { createTestApp, FakeClock } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { chatStream, isMessage, messageOf, onlineAgent } from '../../test/live-chat.js';
import { CHAT_BUS_APPLICATION_NAME, PostgresChatBus } from './postgres-chat-bus.js';

const serverUrl = process.env.TEST_DATABASE_URL?.trim() ?? '';
const buses: PostgresChatBus[] = [];

async function startedBus(): Promise<PostgresChatBus> {
  const bus = new PostgresChatBus(serverUrl, pino({ level: 'silent' }));
  buses.push(bus);
  await bus.start();
  return bus;
}

afterEach(async () => {
  for (const bus of buses.splice(0)) await bus.close();
});

/** Ends every connection listening for chat notifications, as a database failover would. */
async function dropListeningConnections(): Promise<number> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = $1 and pid <> pg_backend_pid()`,
      [CHAT_BUS_APPLICATION_NAME],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}

describeEachDatabase('live chat across API instances', (getDb, dialect) => {
  // SQLite serves one instance; the bus across instances is PostgreSQL's LISTEN/NOTIFY.
  it.skipIf(dialect !== 'postgres')(
    'delivers a message sent through one instance to a subscriber on the other, also after the listening connection drops',
    async () => {
      const clock = new FakeClock();
      const first = createTestApp({ db: getDb(), clock, chatBus: await startedBus() });
      const second = createTestApp({ db: getDb(), clock, chatBus: await startedBus() });

      const agent = await onlineAgent(second);
      const account = await givenAccount(first.deps.db);
      const customer = first.client();
      await signIn(customer, account);
      const started = await customer.mutation<{ threadId: string }>('chat.start', {
        body: 'Hello from the first instance',
      });
      const threadId = started.data?.threadId ?? '';
      await agent.browser.mutation('chat.accept', { threadId });

      const stream = await chatStream(customer, threadId);
      await stream.until((event) => isMessage(event));
      // Well inside the subscribers' own re-read interval: only a notification can explain it.
      await agent.browser.mutation('chat.send', { threadId, body: 'Answered by the second' });
      const answered = await stream.until(
        (event) => isMessage(event) && messageOf(event).author === 'staff',
        2000,
      );
      expect(answered.filter(isMessage).map((event) => messageOf(event).body)).toContain(
        'Answered by the second',
      );

      expect(await dropListeningConnections()).toBeGreaterThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await agent.browser.mutation('chat.send', { threadId, body: 'Still here after failover' });
      const afterDrop = await stream.until(
        (event) => isMessage(event) && messageOf(event).body === 'Still here after failover',
        2000,
      );
      expect(afterDrop.filter(isMessage).map((event) => messageOf(event).body)).toEqual([
        'Still here after failover',
      ]);
      await stream.close();
    },
    30_000,
  );
});
