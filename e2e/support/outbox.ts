import { inject } from 'vitest';
import type { OutboxRow } from '../../packages/api/src/db/account-security-tables.js';
import { openDatabase } from '../../packages/api/src/db/connect.js';
import { latestMail } from '../../packages/api/src/services/mail/outbox-reader.js';

export type Mail = OutboxRow;

const MAIL_WAIT_MS = 15_000;

/** Reads the running server's outbox (no SMTP_URL is set, so every message lands there). */
async function withOutbox<T>(
  read: (db: ReturnType<typeof openDatabase>) => Promise<T>,
): Promise<T> {
  const db = openDatabase(inject('databaseUrl'));
  try {
    return await read(db);
  } finally {
    await db.destroy();
  }
}

/** The sequence number of the newest message so far: pass it to `waitForMail` as `after`. */
export async function outboxMark(): Promise<number> {
  const [newest] = await withOutbox((db) => latestMail(db, { limit: 1 }));
  return newest?.seq ?? 0;
}

/** The first message to `to` written after `after`, waiting for it (mail may be sent after the answer). */
export async function waitForMail(to: string, after: number): Promise<Mail> {
  const deadline = Date.now() + MAIL_WAIT_MS;
  for (;;) {
    const messages = await withOutbox((db) => latestMail(db, { to: to.toLowerCase(), limit: 20 }));
    const fresh = messages.filter((message) => message.seq > after).at(-1);
    if (fresh !== undefined) return fresh;
    if (Date.now() > deadline)
      throw new Error(`no e-mail to ${to} arrived within ${MAIL_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in a message's text part that leads back to the web app. */
export function linkIn(message: Mail): string {
  const origin = inject('baseUrl');
  const link = message.text_body.split(/\s+/).find((word) => word.startsWith(`${origin}/`));
  if (link === undefined) throw new Error(`no link to ${origin} in "${message.subject}"`);
  return link.replace(/[).,]+$/, '');
}
