import { expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  chatStream,
  customerInChat,
  isMessage,
  messageOf,
  onlineAgent,
} from '../../test/live-chat.js';
import type { ServerSentEvent } from '../../test/sse.js';

interface Availability {
  available: boolean;
  reason: string;
  hours: string;
}

function stateOf(event: ServerSentEvent) {
  return event.data as {
    type: 'state';
    status: string;
    staffName: string | null;
    deliveredThrough: number;
    readThrough: number;
  };
}

function isState(event: ServerSentEvent): boolean {
  return (event.data as { type?: string } | undefined)?.type === 'state';
}

async function signedInCustomer(test: TestApp) {
  const account = await givenAccount(test.deps.db);
  const customer = test.client();
  await signIn(customer, account);
  return { account, customer };
}

describeEachDatabase('live chat for customers', (getDb) => {
  it('offers chat only within opening hours and while someone is online', async () => {
    // Monday 23 November 2026, 12:00 in London.
    const test = createTestApp({ db: getDb() });
    const { customer } = await signedInCustomer(test);

    const nobody = await customer.query<Availability>('chat.availability');
    expect(nobody.data).toEqual({
      available: false,
      reason: 'no_staff',
      hours: 'Mon-Fri 08:00-20:00, Sat 09:00-17:00',
    });

    const agent = await onlineAgent(test);
    expect((await customer.query<Availability>('chat.availability')).data?.available).toBe(true);
    await agent.browser.mutation('chat.setPresence', { status: 'away' });
    expect((await customer.query<Availability>('chat.availability')).data?.reason).toBe('no_staff');
  });

  it('is closed after hours, on Sundays and on bank holidays, in UK time', async () => {
    const test = createTestApp({ db: getDb() });
    for (const [at, reason] of [
      ['2026-11-23T19:59:00Z', 'open'], // 19:59 GMT on a Monday
      ['2026-11-23T20:00:00Z', 'closed'],
      ['2026-06-06T15:59:00Z', 'open'], // Saturday 16:59 BST
      ['2026-06-06T16:00:00Z', 'closed'], // Saturday 17:00 BST
      ['2026-06-07T12:00:00Z', 'closed'], // a Sunday
      ['2026-12-25T12:00:00Z', 'closed'], // Christmas Day
      ['2026-08-31T12:00:00Z', 'closed'], // the summer bank holiday
    ] as const) {
      test.clock.set(at);
      await onlineAgent(test);
      const { customer } = await signedInCustomer(test);
      const availability = await customer.query<Availability>('chat.availability');
      expect(availability.data?.reason, at).toBe(reason);
    }
  });

  it('counts an agent away once their session ends or idles out', async () => {
    const test = createTestApp({ db: getDb() });
    const { customer } = await signedInCustomer(test);
    const agent = await onlineAgent(test);
    test.clock.advance({ minutes: 16 });
    expect((await customer.query<Availability>('chat.availability')).data?.reason).toBe('no_staff');

    const second = await onlineAgent(test);
    expect((await customer.query<Availability>('chat.availability')).data?.available).toBe(true);
    await second.browser.mutation('staffAuth.logout');
    expect((await customer.query<Availability>('chat.availability')).data?.reason).toBe('no_staff');
    expect(agent.staff.id).not.toBe(second.staff.id);
  });

  it('refuses to start a chat when nobody can answer, and sends the customer to messages', async () => {
    const test = createTestApp({ db: getDb() });
    const { customer } = await signedInCustomer(test);
    const refused = await customer.mutation('chat.start', { body: 'Anyone there?' });
    expect(refused.status).toBe(412);
    expect(refused.error?.message).toMatch(/secure message/);
    expect(await test.deps.db.selectFrom('live_chats').selectAll().execute()).toEqual([]);
  });

  it('streams both sides in order over SSE with no-store, delivered and read state', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test);

    const customerEvents = await chatStream(customer, threadId);
    expect(customerEvents.response.headers.get('content-type')).toBe('text/event-stream');
    expect(customerEvents.response.headers.get('cache-control')).toBe('no-store');
    const first = await customerEvents.until(isState);
    expect(first.filter(isMessage).map((event) => messageOf(event).body)).toEqual([
      'Hello, I do not recognise a payment.',
    ]);
    expect(stateOf(first.at(-1) as ServerSentEvent)).toMatchObject({
      status: 'waiting',
      deliveredThrough: 0,
      readThrough: 0,
    });

    expect((await agent.browser.mutation('chat.accept', { threadId })).status).toBe(200);
    const accepted = stateOf((await customerEvents.until(isState)).at(-1) as ServerSentEvent);
    expect(accepted).toMatchObject({
      status: 'active',
      staffName: expect.stringMatching(/^Test agent/) as unknown,
    });

    const staffEvents = await chatStream(agent.browser, threadId);
    await staffEvents.until(isState);
    // The agent's window received the customer's first message: it shows delivered to the customer.
    const delivered = await customerEvents.until(
      (event) => isState(event) && stateOf(event).deliveredThrough > 0,
    );
    expect(delivered.length).toBeGreaterThan(0);

    for (const [index, body] of ['Which payment?', 'The one on the 3rd?'].entries()) {
      await agent.browser.mutation('chat.send', { threadId, body });
      const seen = await customerEvents.until(isMessage);
      expect(messageOf(seen.at(-1) as ServerSentEvent)).toMatchObject({ author: 'staff', body });
      expect(index).toBeLessThan(2);
    }
    await customer.mutation('chat.send', { threadId, body: 'Yes, £42.10' });
    const onStaff = await staffEvents.until(
      (event) => isMessage(event) && messageOf(event).body === 'Yes, £42.10',
    );
    expect(onStaff.filter(isMessage).map((event) => messageOf(event).author)).toEqual([
      'staff',
      'staff',
      'customer',
    ]);

    await agent.browser.mutation('chat.markRead', { threadId });
    const read = await customerEvents.until(
      (event) => isState(event) && stateOf(event).readThrough > 0,
    );
    expect(stateOf(read.at(-1) as ServerSentEvent).readThrough).toBeGreaterThan(0);

    await customer.mutation('chat.typing', { threadId });
    const typing = await staffEvents.until(
      (event) => (event.data as { type?: string }).type === 'typing',
    );
    expect(typing.at(-1)?.data).toEqual({ type: 'typing', by: 'customer' });

    await customerEvents.close();
    await staffEvents.close();
  });

  it('replays exactly the messages after lastEventId when a dropped stream reconnects', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test, 'one');
    await agent.browser.mutation('chat.accept', { threadId });
    await agent.browser.mutation('chat.send', { threadId, body: 'two' });

    const before = await chatStream(customer, threadId);
    const seenBefore = (await before.until(isState)).filter(isMessage);
    expect(seenBefore.map((event) => messageOf(event).body)).toEqual(['one', 'two']);
    const lastId = seenBefore.at(-1)?.id ?? '';
    expect(lastId).toBe(String(messageOf(seenBefore.at(-1) as ServerSentEvent).seq));
    await before.close();

    // While the customer is away, both sides keep writing.
    await agent.browser.mutation('chat.send', { threadId, body: 'three' });
    await customer.mutation('chat.send', { threadId, body: 'four' });
    await agent.browser.mutation('chat.send', { threadId, body: 'five' });

    const after = await chatStream(customer, threadId, lastId);
    const replayed = (await after.until(isState)).filter(isMessage);
    expect(replayed.map((event) => messageOf(event).body)).toEqual(['three', 'four', 'five']);
    const ids = replayed.map((event) => Number(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(Math.min(...ids)).toBeGreaterThan(Number(lastId));

    await agent.browser.mutation('chat.send', { threadId, body: 'six' });
    const live = await after.until(isMessage);
    expect(live.filter(isMessage).map((event) => messageOf(event).body)).toEqual(['six']);
    await after.close();
  });

  it("answers another customer's chat as not found, on the stream and every procedure", async () => {
    const test = createTestApp({ db: getDb() });
    await onlineAgent(test);
    const { threadId } = await customerInChat(test);
    const { customer: intruder } = await signedInCustomer(test);

    const stream = await chatStream(intruder, threadId);
    const refused = await stream.next();
    expect(refused.event).toBe('connected');
    const failure = await stream.next();
    expect(failure.event).toBe('serialized-error');
    expect(failure.data).toMatchObject({ data: { code: 'NOT_FOUND' } });

    const unknown = await intruder.mutation('chat.send', {
      threadId: crypto.randomUUID(),
      body: 'hello',
    });
    expect(unknown.status).toBe(404);
    for (const [path, input] of [
      ['chat.send', { threadId, body: 'hijack' }],
      ['chat.typing', { threadId }],
      ['chat.markRead', { threadId }],
      ['chat.end', { threadId }],
    ] as const) {
      const call = await intruder.mutation(path, input);
      expect(call.status, path).toBe(404);
      expect(call.error?.message).toBe(unknown.error?.message);
    }
    const messages = await test.deps.db
      .selectFrom('thread_messages')
      .select('body')
      .where('thread_id', '=', threadId)
      .execute();
    expect(messages.map((row) => row.body)).toEqual(['Hello, I do not recognise a payment.']);
  });

  it('refuses a stream without a session and a lastEventId that is not an event id', async () => {
    const test = createTestApp({ db: getDb() });
    await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test);
    const anonymous = await chatStream(test.client(), threadId);
    await anonymous.next();
    expect((await anonymous.next()).data).toMatchObject({ data: { code: 'UNAUTHORIZED' } });

    const forged = await chatStream(customer, threadId, '1 or 1=1');
    await forged.next();
    expect((await forged.next()).data).toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });

  it('ends open streams with a retryable answer when the instance shuts down', async () => {
    const test = createTestApp({ db: getDb() });
    await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test);
    const stream = await chatStream(customer, threadId);
    await stream.until(isState);
    await test.deps.chatBus.close();
    const last = await stream.until((event) => event.event === 'serialized-error');
    expect(last.at(-1)?.data).toMatchObject({ data: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('keeps one chat per customer, ends it on request and keeps the transcript in their messages', async () => {
    const test = createTestApp({ db: getDb() });
    await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test, 'first');
    const again = await customer.mutation<{ threadId: string }>('chat.start', { body: 'second' });
    expect(again.data?.threadId).toBe(threadId);

    expect((await customer.mutation('chat.end', { threadId })).status).toBe(200);
    expect((await customer.query('chat.current')).data).toBeNull();
    const late = await customer.mutation('chat.send', { threadId, body: 'still there?' });
    expect(late.status).toBe(412);

    const threads =
      await customer.query<{ id: string; channel: string; status: string }[]>('messages.list');
    expect(threads.data).toEqual([
      expect.objectContaining({ id: threadId, channel: 'chat', status: 'closed' }),
    ]);
    const transcript = await customer.query<{ messages: { body: string }[] }>('messages.get', {
      threadId,
    });
    expect(transcript.data?.messages.map((message) => message.body)).toEqual(['first', 'second']);

    const audit = await test.deps.db
      .selectFrom('audit_events')
      .select(['event', 'actor_type'])
      .where('event', 'like', 'chat.%')
      .where('actor_type', '=', 'customer')
      .orderBy('at')
      .execute();
    expect(audit.map((row) => row.event)).toEqual(['chat.started', 'chat.ended']);
  });

  it('writes a retried send once, and refuses another message id as bad input', async () => {
    const test = createTestApp({ db: getDb() });
    await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test);
    const messageId = crypto.randomUUID();
    const sends = await Promise.all(
      [1, 2, 3].map(() => customer.mutation('chat.send', { threadId, body: 'once', messageId })),
    );
    expect(sends.map((send) => send.status)).toEqual([200, 200, 200]);
    expect(sends.map((send) => send.data)).toEqual([{ messageId }, { messageId }, { messageId }]);
    const bodies = await test.deps.db
      .selectFrom('thread_messages')
      .select('body')
      .where('thread_id', '=', threadId)
      .orderBy('seq')
      .execute();
    expect(bodies.map((row) => row.body)).toEqual(['Hello, I do not recognise a payment.', 'once']);

    const other = await customerInChat(test, 'another customer');
    const hijack = await other.customer.mutation('chat.send', {
      threadId: other.threadId,
      body: 'reuse',
      messageId,
    });
    expect(hijack.status).toBe(400);
  });

  it('refuses chat messages that are empty, too long or hold a NUL, writing nothing', async () => {
    const test = createTestApp({ db: getDb() });
    await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test);
    for (const body of ['   ', 'x'.repeat(2001), 'a\u0000b', 42]) {
      const call = await customer.mutation('chat.send', { threadId, body });
      expect(call.status).toBe(400);
    }
    const count = await test.deps.db
      .selectFrom('thread_messages')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('thread_id', '=', threadId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });
});
