import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { FakeClock } from '../../test/app.js';
import { latestMail } from './outbox-reader.js';
import { SmtpMailer } from './smtp-mailer.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let server: SMTPServer;
let port: number;
let received: Received[];

beforeEach(async () => {
  received = [];
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterEach(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

describeEachDatabase('SmtpMailer', (getDb) => {
  it('delivers through a real SMTP conversation and records the message as sent', async () => {
    const clock = new FakeClock();
    const mailer = new SmtpMailer(
      `smtp://127.0.0.1:${port}`,
      'Marque Motor Finance <no-reply@localhost>',
      getDb(),
      clock.now,
      pino({ level: 'silent' }),
    );
    await mailer.send({
      to: 'jane@example.com',
      subject: 'Your username',
      text: 'It is jane.doe',
      html: '<p>It is jane.doe</p>',
    });
    await mailer.idle();

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message?.from).toBe('no-reply@localhost');
    expect(message?.to).toEqual(['jane@example.com']);
    expect(message?.raw).toContain('Subject: Your username');
    expect(message?.raw).toContain('Content-Type: text/plain');
    expect(message?.raw).toContain('Content-Type: text/html');
    const [row] = await latestMail(getDb(), { to: 'jane@example.com' });
    expect(row?.status).toBe('sent');
    expect(row?.sent_at).toBe(clock.now().toISOString());
  });

  it('records a failed delivery without failing the sender', async () => {
    const mailer = new SmtpMailer(
      'smtp://127.0.0.1:1',
      'no-reply@localhost',
      getDb(),
      () => new Date('2026-11-23T12:00:00.000Z'),
      pino({ level: 'silent' }),
    );
    await mailer.send({ to: 'jane@example.com', subject: 'S', text: 't', html: '<p>t</p>' });
    await mailer.idle();
    const [row] = await latestMail(getDb(), { to: 'jane@example.com' });
    expect(row?.status).toBe('failed');
    expect(row?.error).toBeTruthy();
  });
});
