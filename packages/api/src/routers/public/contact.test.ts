import { expect, it } from 'vitest';
import {
  assignContactCase,
  closeContactCase,
  contactCase,
  contactCases,
  replyToContactCase,
} from '../../services/contact/contact-cases.js';
import { createTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';

const SUBMISSION = {
  name: 'Sam Carter',
  email: 'Sam.Carter@example.com',
  phone: '07700 900123',
  agreementNumber: 'MQ20240108',
  message: 'My card details were stolen; please call me about my payment on Friday.',
};

describeEachDatabase('the contact form', (getDb) => {
  it('works signed out: creates a case for staff and acknowledges it without repeating the message', async () => {
    const test = createTestApp({ db: getDb() });
    const result = await test
      .client()
      .mutation<{ reference: string }>('contact.submit', SUBMISSION);
    expect(result.status).toBe(200);
    const reference = result.data?.reference ?? '';
    expect(reference).toMatch(/^C-[2-9A-HJ-NP-Z]{8}$/);

    const [queued] = await contactCases(test.deps.db, { queue: { kind: 'unassigned' } });
    expect(queued).toMatchObject({
      reference,
      name: 'Sam Carter',
      email: 'sam.carter@example.com',
      phone: '07700 900123',
      agreementNumber: 'MQ20240108',
      message: SUBMISSION.message,
      status: 'open',
      assignedStaffId: null,
    });

    const mail = await test.outbox.latest('sam.carter@example.com');
    expect(mail.subject).toContain(reference);
    for (const part of [mail.text_body, mail.html_body]) {
      expect(part).toContain(reference);
      expect(part).not.toContain('stolen');
      expect(part).not.toContain('Sam');
    }
    const audit = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'contact.submitted')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_type: 'anonymous', ip: '203.0.113.10' });
  });

  it('takes a message without an agreement number', async () => {
    const test = createTestApp({ db: getDb() });
    const result = await test.client().mutation('contact.submit', {
      ...SUBMISSION,
      agreementNumber: '',
    });
    expect(result.status).toBe(200);
    const [queued] = await contactCases(test.deps.db, { queue: { kind: 'all' } });
    expect(queued?.agreementNumber).toBeNull();
  });

  it('is limited per address: the next message waits, and nothing is stored or sent for it', async () => {
    const test = createTestApp({ db: getDb(), env: { RATE_LIMIT_CONTACT_IP: '2/3600' } });
    const client = test.client({ ip: '198.51.100.7' });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await client.mutation('contact.submit', SUBMISSION)).status).toBe(200);
    }
    const limited = await client.mutation('contact.submit', SUBMISSION);
    expect(limited.status).toBe(429);
    expect(limited.error?.data.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.headers.get('retry-after')).not.toBeNull();
    expect(await contactCases(test.deps.db, { queue: { kind: 'all' } })).toHaveLength(2);
    expect(await test.outbox.messages('sam.carter@example.com')).toHaveLength(2);

    const elsewhere = test.client({ ip: '198.51.100.8' });
    expect((await elsewhere.mutation('contact.submit', SUBMISSION)).status).toBe(200);
  });

  it('says which details are missing or wrong', async () => {
    const test = createTestApp({ db: getDb() });
    const result = await test.client().mutation('contact.submit', {
      name: '',
      email: 'not-an-address',
      phone: '12',
      agreementNumber: '<script>',
      message: ' ',
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.error?.data.fieldErrors ?? {}).sort()).toEqual([
      'agreementNumber',
      'email',
      'message',
      'name',
      'phone',
    ]);
    expect(await contactCases(test.deps.db, { queue: { kind: 'all' } })).toEqual([]);
  });

  it('lets staff take, answer and close a case, each step audited', async () => {
    const test = createTestApp({ db: getDb() });
    await test.client().mutation('contact.submit', SUBMISSION);
    const [queued] = await contactCases(test.deps.db, { queue: { kind: 'unassigned' } });
    const caseId = queued?.id ?? '';

    await assignContactCase(test.deps, { caseId, staffId: 'staff-lee', assignTo: 'staff-lee' });
    expect(await contactCases(test.deps.db, { queue: { kind: 'unassigned' } })).toEqual([]);
    expect(
      await contactCases(test.deps.db, { queue: { kind: 'assigned', staffId: 'staff-lee' } }),
    ).toHaveLength(1);

    await replyToContactCase(test.deps, {
      caseId,
      staffId: 'staff-lee',
      body: 'Thank you. We will call you today from our published number.',
    });
    const reply = await test.outbox.latest('sam.carter@example.com');
    expect(reply.subject).toContain(queued?.reference ?? 'missing');
    expect(reply.text_body).toContain('We will call you today');

    await closeContactCase(test.deps, { caseId, staffId: 'staff-lee' });
    const closed = await contactCase(test.deps.db, caseId);
    expect(closed.status).toBe('closed');
    expect(closed.replies.map((entry) => entry.staffId)).toEqual(['staff-lee']);
    expect(await contactCases(test.deps.db, { queue: { kind: 'all' } })).toEqual([]);
    expect(
      await contactCases(test.deps.db, { queue: { kind: 'all' }, status: 'closed' }),
    ).toHaveLength(1);

    const events = await test.deps.db
      .selectFrom('audit_events')
      .select(['event', 'actor_type', 'actor_id'])
      .where('event', 'like', 'contact.case_%')
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { event: 'contact.case_assigned', actor_type: 'staff', actor_id: 'staff-lee' },
      { event: 'contact.case_replied', actor_type: 'staff', actor_id: 'staff-lee' },
      { event: 'contact.case_closed', actor_type: 'staff', actor_id: 'staff-lee' },
    ]);
    await expect(contactCase(test.deps.db, crypto.randomUUID())).rejects.toThrow(/could not find/);
  });
});
