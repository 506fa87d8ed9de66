import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  chatStream,
  customerInChat,
  isMessage,
  messageOf,
  onlineAgent,
} from '../../test/live-chat.js';
import { staffBrowser } from '../../test/staff.js';

interface QueuedChat {
  threadId: string;
  status: string;
  waitSeconds: number;
  customerName: string;
  staffName: string | null;
}

interface Queue {
  chats: QueuedChat[];
  online: { id: string; displayName: string }[];
}

describeEachDatabase('the staff live-chat desk', (getDb) => {
  it('queues waiting chats longest first with their wait, and one colleague accepts each', async () => {
    const test = createTestApp({ db: getDb() });
    const first = await onlineAgent(test);
    const second = await onlineAgent(test);
    const early = await customerInChat(test, 'first in line');
    test.clock.advance({ seconds: 90 });
    const late = await customerInChat(test, 'second in line');
    test.clock.advance({ seconds: 30 });

    const queue = await first.browser.query<Queue>('chat.queue');
    expect(queue.data?.chats.map((chat) => [chat.threadId, chat.status, chat.waitSeconds])).toEqual(
      [
        [early.threadId, 'waiting', 120],
        [late.threadId, 'waiting', 30],
      ],
    );
    expect(queue.data?.online.map((member) => member.id).sort()).toEqual(
      [first.staff.id, second.staff.id].sort(),
    );

    expect((await first.browser.mutation('chat.accept', { threadId: early.threadId })).status).toBe(
      200,
    );
    const again = await second.browser.mutation('chat.accept', { threadId: early.threadId });
    expect(again.status).toBe(409);
    expect(again.error?.message).toBe('A colleague has already accepted this chat.');

    // Only the member answering writes in the chat.
    const intruding = await second.browser.mutation('chat.send', {
      threadId: early.threadId,
      body: 'Hi',
    });
    expect(intruding.status).toBe(403);

    const after = await second.browser.query<Queue>('chat.queue');
    expect(after.data?.chats.map((chat) => [chat.status, chat.staffName])).toEqual([
      ['waiting', null],
      ['active', expect.stringMatching(/^Test agent/) as unknown],
    ]);
  });

  it('transfers a chat only to a colleague who is online, and the customer sees who answers now', async () => {
    const test = createTestApp({ db: getDb() });
    const first = await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test);
    await first.browser.mutation('chat.accept', { threadId });
    const { staff: awayColleague } = await staffBrowser(test, 'agent');

    const refused = await first.browser.mutation('chat.transfer', {
      threadId,
      toStaffId: awayColleague.id,
    });
    expect(refused.status).toBe(400);
    const toSelf = await first.browser.mutation('chat.transfer', {
      threadId,
      toStaffId: first.staff.id,
    });
    expect(toSelf.status).toBe(400);

    const second = await onlineAgent(test);
    const stream = await chatStream(customer, threadId);
    await stream.until((event) => (event.data as { type: string }).type === 'state');
    expect(
      (await first.browser.mutation('chat.transfer', { threadId, toStaffId: second.staff.id }))
        .status,
    ).toBe(200);
    const moved = await stream.until((event) => (event.data as { type: string }).type === 'state');
    const state = moved.at(-1)?.data as { staffName: string };
    expect(state.staffName).toMatch(/^Test agent/);

    expect((await first.browser.mutation('chat.send', { threadId, body: 'me?' })).status).toBe(403);
    await second.browser.mutation('chat.send', { threadId, body: 'I can help with that.' });
    const seen = await stream.until(isMessage);
    expect(seen.filter(isMessage).map((event) => messageOf(event).body)).toEqual([
      'I can help with that.',
    ]);
    await stream.close();

    const audit = await test.deps.db
      .selectFrom('audit_events')
      .select(['event', 'actor_id', 'customer_id'])
      .where('event', '=', 'chat.transferred')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        actor_id: first.staff.id,
        customer_id: expect.any(String) as unknown,
      }),
    ]);
  });

  it('ends a chat with an outcome: the stream closes and the transcript stays on the record', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await onlineAgent(test);
    const { customer, threadId } = await customerInChat(test, 'Can you help?');
    await agent.browser.mutation('chat.accept', { threadId });
    await agent.browser.mutation('chat.send', { threadId, body: 'Done — anything else?' });
    const stream = await chatStream(customer, threadId);
    await stream.until((event) => (event.data as { type: string }).type === 'state');

    const badOutcome = await agent.browser.mutation('chat.end', { threadId, outcome: 'shrug' });
    expect(badOutcome.status).toBe(400);
    expect(
      (await agent.browser.mutation('chat.end', { threadId, outcome: 'resolved' })).status,
    ).toBe(200);
    const ended = await stream.until((event) => event.event === 'return');
    expect(ended.map((event) => (event.data as { status?: string }).status)).toContain('ended');

    const record = await agent.browser.query<{
      status: string;
      outcome: string;
      messages: { body: string }[];
    }>('chat.get', { threadId });
    expect(record.data).toMatchObject({ status: 'ended', outcome: 'resolved' });
    expect(record.data?.messages.map((message) => message.body)).toEqual([
      'Can you help?',
      'Done — anything else?',
    ]);
    const thread = await agent.browser.query<{ status: string; channel: string }>(
      'messages.thread',
      { threadId },
    );
    expect(thread.data).toMatchObject({ status: 'closed', channel: 'chat' });
    expect((await agent.browser.query<Queue>('chat.queue')).data?.chats).toEqual([]);
  });
});
