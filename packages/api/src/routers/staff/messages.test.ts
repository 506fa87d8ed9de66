import { expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../services/sessions/session-policy.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { givenStaff, staffBrowser } from '../../test/staff.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

interface Attachment {
  id: string;
  fileName: string;
}

interface StaffThreadSummary {
  id: string;
  subject: string;
  unreadCount: number;
  customerName: string;
  assignedStaffId: string | null;
  assignedStaffName: string | null;
  status: string;
}

interface StaffThread extends StaffThreadSummary {
  messages: { author: string; body: string; attachments: Attachment[] }[];
}

function upload(browser: TestClient, bytes: Uint8Array, fileName: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([bytes], fileName, { type: 'application/pdf' }));
  return browser.request('/api/messages/attachments', { method: 'POST', body: form });
}

/** A signed-in customer who has written to us with a PDF attached. */
async function customerWhoWrote(test: TestApp) {
  const account = await givenAccount(test.deps.db);
  const customer = test.client();
  await signIn(customer, account);
  const uploaded = await upload(customer, PDF, 'payslip.pdf');
  const payslip = (await uploaded.json()) as Attachment;
  const started = await customer.mutation<{ threadId: string }>('messages.start', {
    subject: 'Payment holiday',
    category: 'payments',
    body: 'Could I have a payment holiday next month?',
    attachmentIds: [payslip.id],
  });
  return { account, customer, threadId: started.data?.threadId ?? '', payslip };
}

async function unread(customer: TestClient): Promise<number> {
  return (await customer.query<{ unread: number }>('messages.unreadCount')).data?.unread ?? -1;
}

describeEachDatabase('the staff messages inbox', (getDb) => {
  it('answers a customer with an attachment: the reply reaches their thread, the e-mail only says one is waiting', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, customer, threadId, payslip } = await customerWhoWrote(test);
    const { browser: agent, staff } = await staffBrowser(test, 'agent');

    const inbox = await agent.query<StaffThreadSummary[]>('messages.threads', {
      queue: 'unassigned',
    });
    expect(inbox.data?.map((thread) => [thread.id, thread.unreadCount])).toEqual([[threadId, 1]]);

    // Staff open it (the customer's message is now read by staff) and fetch the customer's file.
    const opened = await agent.query<StaffThread>('messages.thread', { threadId });
    expect(opened.data?.messages[0]?.attachments.map((file) => file.fileName)).toEqual([
      'payslip.pdf',
    ]);
    const fetched = await agent.request(`/api/messages/attachments/${payslip.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(PDF);
    const staffUnread = await agent.query<StaffThreadSummary[]>('messages.threads', {
      queue: 'all',
    });
    expect(staffUnread.data?.[0]?.unreadCount).toBe(0);

    const quote = (await (await upload(agent, PDF, 'holiday-terms.pdf')).json()) as Attachment;
    expect(await unread(customer)).toBe(0);
    const reply = await agent.mutation('messages.reply', {
      threadId,
      body: 'Yes: the terms of a payment holiday are attached.',
      attachmentIds: [quote.id],
    });
    expect(reply.status).toBe(200);

    expect(await unread(customer)).toBe(1);
    const thread = await customer.query<StaffThread>('messages.get', { threadId });
    expect(thread.data?.messages.map((message) => [message.author, message.body])).toEqual([
      ['customer', 'Could I have a payment holiday next month?'],
      ['staff', 'Yes: the terms of a payment holiday are attached.'],
    ]);
    const sent = thread.data?.messages[1]?.attachments[0];
    expect(sent?.fileName).toBe('holiday-terms.pdf');
    expect((await customer.request(`/api/messages/attachments/${sent?.id ?? ''}`)).status).toBe(
      200,
    );
    expect(await unread(customer)).toBe(0);

    const mail = await test.outbox.latest(account.email);
    expect(mail.subject).toMatch(/new secure message/);
    for (const content of ['payment holiday', 'Payment holiday', 'holiday-terms', 'attached']) {
      expect(mail.text_body).not.toContain(content);
      expect(mail.html_body).not.toContain(content);
    }

    // A customer reply moves the staff side's unread count again.
    await customer.mutation('messages.reply', { threadId, body: 'Thank you.' });
    const after = await agent.query<StaffThreadSummary[]>('messages.threads', { queue: 'all' });
    expect(after.data?.[0]?.unreadCount).toBe(1);

    const downloads = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'message.attachment_downloaded')
      .execute();
    expect(downloads.map((event) => event.actor_id)).toEqual([staff.id]);
  });

  it('sorts threads into unassigned, mine and all; assigns to self or a colleague; closes', async () => {
    const test = createTestApp({ db: getDb() });
    const { threadId } = await customerWhoWrote(test);
    const { browser: agent, staff } = await staffBrowser(test, 'agent');
    const colleague = await givenStaff(test, { role: 'supervisor' });
    const queue = async (name: string) =>
      (await agent.query<StaffThreadSummary[]>('messages.threads', { queue: name })).data?.map(
        (thread) => thread.id,
      );

    // A live chat is worked from the chat queue, not from here.
    const chat = await customerWhoWrote(test);
    await test.deps.db
      .updateTable('message_threads')
      .set({ channel: 'chat' })
      .where('id', '=', chat.threadId)
      .execute();
    expect(await queue('unassigned')).toEqual([threadId]);

    expect(await queue('mine')).toEqual([]);
    await agent.mutation('messages.assign', { threadId, assignTo: staff.id });
    expect(await queue('unassigned')).toEqual([]);
    expect(await queue('mine')).toEqual([threadId]);

    await agent.mutation('messages.assign', { threadId, assignTo: colleague.id });
    expect(await queue('mine')).toEqual([]);
    const all = await agent.query<StaffThreadSummary[]>('messages.threads', { queue: 'all' });
    expect(all.data?.[0]).toMatchObject({
      assignedStaffId: colleague.id,
      assignedStaffName: `Test supervisor ${colleague.username.replace('supervisor', '')}`,
    });

    const unknown = await agent.mutation('messages.assign', {
      threadId,
      assignTo: crypto.randomUUID(),
    });
    expect(unknown.status).toBe(400);

    await agent.mutation('messages.close', { threadId });
    expect(await queue('all')).toEqual([]);
    const closed = await agent.query<StaffThreadSummary[]>('messages.threads', {
      queue: 'all',
      status: 'closed',
    });
    expect(closed.data?.map((thread) => thread.status)).toEqual(['closed']);
    expect((await agent.query('messages.thread', { threadId: crypto.randomUUID() })).status).toBe(
      404,
    );
  });

  it('keeps files to the people who may see them on the staff app', async () => {
    const test = createTestApp({ db: getDb() });
    const { payslip, customer } = await customerWhoWrote(test);
    const unsent = (await (await upload(customer, PDF, 'draft.pdf')).json()) as Attachment;
    const { browser: agent } = await staffBrowser(test, 'agent');

    // A customer's upload not yet sent with a message is theirs alone.
    expect((await agent.request(`/api/messages/attachments/${unsent.id}`)).status).toBe(404);
    expect((await agent.request('/api/messages/attachments/not-an-id')).status).toBe(404);

    // The customer's own cookie, sent to the staff app, counts for nothing there.
    const withCustomerCookie = test.staffClient();
    withCustomerCookie.cookies.set(SESSION_COOKIE, customer.cookie(SESSION_COOKIE) ?? '');
    expect(
      (await withCustomerCookie.request(`/api/messages/attachments/${payslip.id}`)).status,
    ).toBe(401);
    expect((await upload(withCustomerCookie, PDF, 'x.pdf')).status).toBe(401);

    // A staff upload is refused from another origin, like every staff mutation.
    const foreign = test.staffClient({ origin: 'https://evil.example' });
    for (const [name, value] of agent.cookies) foreign.cookies.set(name, value);
    expect((await upload(foreign, PDF, 'x.pdf')).status).toBe(403);

    // A program renamed to .pdf is refused and audited against the member of staff.
    const renamed = await upload(agent, new Uint8Array([0x4d, 0x5a, 0x90, 0]), 'terms.pdf');
    expect(renamed.status).toBe(400);
    const refused = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'message.attachment_refused')
      .executeTakeFirstOrThrow();
    expect(refused.actor_type).toBe('staff');
  });
});
