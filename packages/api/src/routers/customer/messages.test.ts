import { expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@marque/schemas';
import { storeAttachment } from '../../services/messages/attachment-store.js';
import { replyAsStaff } from '../../services/messages/staff-threads.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, signIn, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const WINDOWS_PROGRAM = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);

interface Uploaded {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

interface ThreadSummary {
  id: string;
  subject: string;
  category: string;
  status: string;
  unreadCount: number;
}

interface Thread extends ThreadSummary {
  messages: {
    author: string;
    body: string;
    readByRecipient: boolean;
    attachments: Uploaded[];
  }[];
}

async function signedIn(test: TestApp): Promise<{ account: GivenAccount; client: TestClient }> {
  const account = await givenAccount(test.deps.db);
  const client = test.client();
  await signIn(client, account);
  return { account, client };
}

function upload(
  client: TestClient,
  bytes: Uint8Array,
  fileName: string,
  type = '',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([bytes], fileName, { type }));
  return client.request('/api/messages/attachments', { method: 'POST', body: form });
}

async function uploaded(client: TestClient, bytes: Uint8Array, fileName: string, type = '') {
  const response = await upload(client, bytes, fileName, type);
  expect(response.status).toBe(201);
  return (await response.json()) as Uploaded;
}

async function start(client: TestClient, attachmentIds: string[] = []) {
  const result = await client.mutation<{ threadId: string }>('messages.start', {
    subject: 'Change of payment date',
    category: 'payments',
    body: 'Can I move my payment date to the 28th?',
    attachmentIds,
  });
  expect(result.error).toBeUndefined();
  return result.data?.threadId ?? '';
}

async function auditEvents(test: TestApp, event: string) {
  return test.deps.db.selectFrom('audit_events').selectAll().where('event', '=', event).execute();
}

describeEachDatabase('secure messages', (getDb) => {
  it('starts a thread that lists as read, and shows a staff reply as unread until opened', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    const threadId = await start(client);

    const listed = await client.query<ThreadSummary[]>('messages.list');
    expect(listed.data).toEqual([
      expect.objectContaining({
        id: threadId,
        subject: 'Change of payment date',
        category: 'payments',
        status: 'open',
        unreadCount: 0,
      }),
    ]);

    test.clock.advance({ minutes: 10 });
    await replyAsStaff(test.deps, {
      threadId,
      staffId: 'staff-ana',
      body: 'Yes: your new date is the 28th from next month.',
      attachmentIds: [],
    });
    expect((await client.query('messages.unreadCount')).data).toEqual({ unread: 1 });
    expect((await client.query<ThreadSummary[]>('messages.list')).data?.[0]?.unreadCount).toBe(1);

    const opened = await client.query<Thread>('messages.get', { threadId });
    expect(opened.data?.messages.map((message) => [message.author, message.body])).toEqual([
      ['customer', 'Can I move my payment date to the 28th?'],
      ['staff', 'Yes: your new date is the 28th from next month.'],
    ]);
    // Staff answered, so they have read the customer's message; the customer has now read theirs.
    expect(opened.data?.messages.map((message) => message.readByRecipient)).toEqual([true, true]);
    expect((await client.query('messages.unreadCount')).data).toEqual({ unread: 0 });

    const mail = await test.outbox.latest(account.email);
    expect(mail.subject).toMatch(/new secure message/i);
    expect(mail.text_body).toContain('http://localhost:3000/messages');
    for (const part of [mail.subject, mail.text_body, mail.html_body]) {
      expect(part).not.toContain('28th');
      expect(part).not.toContain('Change of payment date');
    }
    expect(await auditEvents(test, 'message.staff_replied')).toHaveLength(1);
  });

  it("answers another customer's thread exactly like one that does not exist", async () => {
    const test = createTestApp({ db: getDb() });
    const owner = await signedIn(test);
    const threadId = await start(owner.client);
    const other = await signedIn(test);

    for (const result of [
      await other.client.query('messages.get', { threadId }),
      await other.client.query('messages.get', { threadId: crypto.randomUUID() }),
      await other.client.mutation('messages.reply', { threadId, body: 'Hello', attachmentIds: [] }),
    ]) {
      expect(result.status).toBe(404);
      expect(result.error?.message).toBe('We could not find what you asked for.');
    }
    expect((await other.client.query('messages.list')).data).toEqual([]);
    expect((await other.client.query('messages.unreadCount')).data).toEqual({ unread: 0 });
    const messages = await test.deps.db.selectFrom('thread_messages').select('body').execute();
    expect(messages.map((row) => row.body)).not.toContain('Hello');
  });

  it('sends an attachment with a message; the owner downloads it, nobody else can', async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    const file = await uploaded(client, PDF, 'Bank statement.pdf', 'application/pdf');
    expect(file).toMatchObject({
      fileName: 'Bank statement.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const threadId = await start(client, [file.id]);
    const thread = await client.query<Thread>('messages.get', { threadId });
    expect(thread.data?.messages[0]?.attachments).toEqual([file]);

    const download = await client.request(`/api/messages/attachments/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Bank statement.pdf"; filename*=UTF-8''Bank%20statement.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);

    const stored = await test.deps.db
      .selectFrom('message_attachments')
      .select(['sha256', 'size_bytes'])
      .executeTakeFirstOrThrow();
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);

    const stranger = await signedIn(test);
    expect((await stranger.client.request(`/api/messages/attachments/${file.id}`)).status).toBe(
      404,
    );
    expect((await test.client().request(`/api/messages/attachments/${file.id}`)).status).toBe(401);
    expect((await client.request('/api/messages/attachments/not-an-id')).status).toBe(404);
  });

  it("lets the customer download staff's attachment in their thread, and nobody else", async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    const threadId = await start(client);
    const stored = await storeAttachment(
      test.deps.db,
      test.clock.now(),
      { type: 'staff', id: 'staff-ana' },
      { fileName: 'Settlement quote.pdf', declaredType: 'application/pdf', bytes: PDF },
    );
    if (!stored.ok) throw new Error('the staff upload should be stored');
    await replyAsStaff(test.deps, {
      threadId,
      staffId: 'staff-ana',
      body: 'Your quote is attached.',
      attachmentIds: [stored.attachment.id],
    });
    const thread = await client.query<Thread>('messages.get', { threadId });
    expect(thread.data?.messages[1]?.attachments).toEqual([stored.attachment]);
    const url = `/api/messages/attachments/${stored.attachment.id}`;
    expect((await client.request(url)).status).toBe(200);
    const other = await signedIn(test);
    expect((await other.client.request(url)).status).toBe(404);
  });

  it("refuses to send someone else's upload, or one already sent, and writes nothing", async () => {
    const test = createTestApp({ db: getDb() });
    const owner = await signedIn(test);
    const file = await uploaded(owner.client, PNG, 'scan.png');
    const thief = await signedIn(test);

    const stolen = await thief.client.mutation('messages.start', {
      subject: 'Hi',
      category: 'other',
      body: 'See attached',
      attachmentIds: [file.id],
    });
    expect(stolen.status).toBe(404);
    expect(stolen.error?.message).toBe('We could not find what you asked for.');
    expect((await thief.client.query('messages.list')).data).toEqual([]);
    expect(await test.deps.db.selectFrom('message_threads').selectAll().execute()).toEqual([]);
    expect((await thief.client.request(`/api/messages/attachments/${file.id}`)).status).toBe(404);

    const threadId = await start(owner.client, [file.id]);
    const again = await owner.client.mutation('messages.reply', {
      threadId,
      body: 'Sending it twice',
      attachmentIds: [file.id],
    });
    expect(again.status).toBe(404);
    const bodies = await test.deps.db.selectFrom('thread_messages').select('body').execute();
    expect(bodies).toHaveLength(1);
  });

  it('refuses a file whose name or declared type disagrees with its bytes, and audits it', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    const cases: [Uint8Array, string, string, string][] = [
      [PNG, 'statement.pdf', '', 'type_mismatch'],
      [PDF, 'statement.pdf', 'image/png', 'type_mismatch'],
      [WINDOWS_PROGRAM, 'statement.pdf', 'application/pdf', 'unsupported_type'],
      [
        new TextEncoder().encode('<svg onload="alert(1)"/>'),
        'logo.png',
        'image/png',
        'unsupported_type',
      ],
    ];
    for (const [bytes, name, type, reason] of cases) {
      const response = await upload(client, bytes, name, type);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { reason } });
    }
    expect(await test.deps.db.selectFrom('message_attachments').selectAll().execute()).toEqual([]);
    const audited = await auditEvents(test, 'message.attachment_refused');
    expect(audited).toHaveLength(4);
    expect(audited[0]?.customer_id).toBe(account.customerId);
  });

  it('takes a file of exactly 5 MB and refuses one byte more with 413', async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    const largest = new Uint8Array(MAX_ATTACHMENT_BYTES);
    largest.set(PDF);
    expect((await upload(client, largest, 'large.pdf')).status).toBe(201);

    const tooLarge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    tooLarge.set(PDF);
    const refused = await upload(client, tooLarge, 'too-large.pdf');
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: { reason: 'too_large' } });
    expect(
      await test.deps.db.selectFrom('message_attachments').select('id').execute(),
    ).toHaveLength(1);
  });

  it('keeps the 64 KB limit everywhere else and the Origin check on uploads', async () => {
    const test = createTestApp({ db: getDb() });
    const { account } = await signedIn(test);
    const client = test.client();
    await signIn(client, account);
    const big = await client.mutation('messages.start', {
      subject: 'Big',
      category: 'other',
      body: 'x'.repeat(70 * 1024),
      attachmentIds: [],
    });
    expect(big.status).toBe(413);

    const foreign = test.client({ origin: 'https://evil.example' });
    for (const [name, value] of client.cookies) foreign.cookies.set(name, value);
    expect((await upload(foreign, PDF, 'a.pdf')).status).toBe(403);
    expect((await upload(test.client(), PDF, 'a.pdf')).status).toBe(401);
    expect(await test.deps.db.selectFrom('message_attachments').select('id').execute()).toEqual([]);
  });

  it('limits uploads per customer', async () => {
    const test = createTestApp({
      db: getDb(),
      env: { RATE_LIMIT_ATTACHMENT_UPLOAD_CUSTOMER: '2/3600' },
    });
    const { client } = await signedIn(test);
    expect((await upload(client, PDF, 'a.pdf')).status).toBe(201);
    expect((await upload(client, PDF, 'b.pdf')).status).toBe(201);
    const third = await upload(client, PDF, 'c.pdf');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('reopens a closed thread when the customer replies', async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    const threadId = await start(client);
    await test.deps.db
      .updateTable('message_threads')
      .set({ status: 'closed', closed_at: test.clock.now().toISOString() })
      .execute();
    const reply = await client.mutation('messages.reply', {
      threadId,
      body: 'One more question',
      attachmentIds: [],
    });
    expect(reply.status).toBe(200);
    const thread = await client.query<Thread>('messages.get', { threadId });
    expect(thread.data?.status).toBe('open');
    expect(thread.data?.messages).toHaveLength(2);
  });

  it('says what is wrong with a message, field by field', async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    const result = await client.mutation('messages.start', {
      subject: ' ',
      category: 'gossip',
      body: '',
      attachmentIds: Array.from({ length: 6 }, () => crypto.randomUUID()),
    });
    expect(result.status).toBe(400);
    expect(result.error?.data.fieldErrors).toMatchObject({
      subject: 'Give your message a subject.',
      category: 'Choose what your message is about.',
      body: 'Write your message.',
      attachmentIds: 'Attach at most 5 files.',
    });
    expect((await test.client().query('messages.list')).status).toBe(401);
  });
});
