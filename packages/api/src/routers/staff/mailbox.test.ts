import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface MailboxList {
  delivery: string;
  messages: { id: string; to: string; subject: string }[];
  nextCursor: number | null;
}

describeEachDatabase('the mailbox', (getDb) => {
  it('lists the outbox newest first a page at a time, and reads a message, audited', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser, staff } = await staffBrowser(app, 'admin');
    for (const n of [1, 2, 3]) {
      await app.deps.mailer.send({
        to: `reader${n}@example.com`,
        subject: `Message ${n}`,
        text: `Body ${n}`,
        html: `<p>Body ${n}</p>`,
      });
    }
    const first = await browser.query<MailboxList>('mailbox.list', { limit: 2 });
    expect(first.data?.delivery).toBe('outbox_only');
    expect(first.data?.messages.map((m) => m.subject)).toEqual(['Message 3', 'Message 2']);
    const second = await browser.query<MailboxList>('mailbox.list', {
      limit: 2,
      before: first.data?.nextCursor,
    });
    expect(second.data?.messages.map((m) => m.subject)).toEqual(['Message 1']);
    expect(second.data?.nextCursor).toBeNull();

    const id = second.data?.messages[0]?.id ?? '';
    const message = await browser.query<{ text: string; html: string; to: string }>('mailbox.get', {
      id,
    });
    expect(message.data).toMatchObject({
      to: 'reader1@example.com',
      text: 'Body 1',
      html: '<p>Body 1</p>',
    });
    const read = await getDb()
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'mailbox.message_read')
      .executeTakeFirstOrThrow();
    expect(read).toMatchObject({ actor_type: 'staff', actor_id: staff.id });
    expect((await browser.query('mailbox.get', { id: 'no-such-message' })).status).toBe(404);
  });

  it('says when messages also go out over SMTP', async () => {
    const app = createTestApp({ db: getDb(), env: { SMTP_URL: 'smtp://127.0.0.1:2525' } });
    const { browser } = await staffBrowser(app, 'admin');
    expect((await browser.query<MailboxList>('mailbox.list', {})).data?.delivery).toBe('smtp');
  });
});
