import { expect, it } from 'vitest';
import { runStatements } from '../../jobs/statement-run.js';
import { generateAgreementDocuments } from '../../services/documents/agreement-documents.js';
import type { CustomerDocument } from '../../services/documents/customer-documents.js';
import { createTestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { readPdfText } from '../../test/pdf-text.js';

interface DocumentList {
  paperless: boolean;
  documents: CustomerDocument[];
}

describeEachDatabase('documents procedures and download', (getDb) => {
  async function givenDocuments() {
    const test = createTestApp({ db: getDb() });
    const owner = await givenAccount(getDb());
    const other = await givenAccount(getDb());
    await generateAgreementDocuments(test.deps, owner.agreementId);
    await generateAgreementDocuments(test.deps, other.agreementId);
    test.clock.advance({ minutes: 1 });
    await runStatements(test.deps, { period: '2026-10' });
    const browser = test.client();
    await signIn(browser, owner);
    return { test, owner, other, browser };
  }

  it('lists the customer’s own documents, newest first, with type, date and size', async () => {
    const { browser, owner } = await givenDocuments();
    const { data, status } = await browser.query<DocumentList>('documents.list');
    expect(status).toBe(200);
    expect(data?.paperless).toBe(true);
    const kinds = data?.documents.map((document) => document.kind) ?? [];
    // Issued a minute after the agreement's documents, the statement comes first.
    expect(kinds[0]).toBe('statement');
    expect(new Set(kinds.slice(1))).toEqual(new Set(['welcome_letter', 'credit_agreement']));
    for (const document of data?.documents ?? []) {
      expect(document).toMatchObject({
        agreementId: owner.agreementId,
        agreementNumber: owner.agreementNumber,
      });
      expect(document.size).toBeGreaterThan(1000);
    }
  });

  it('lists one agreement’s documents, and nothing for another customer’s agreement', async () => {
    const { browser, owner, other } = await givenDocuments();
    const own = await browser.query<DocumentList>('documents.list', {
      agreementId: owner.agreementId,
    });
    expect(own.data?.documents).toHaveLength(3);
    const theirs = await browser.query<DocumentList>('documents.list', {
      agreementId: other.agreementId,
    });
    expect(theirs.data?.documents).toEqual([]);
    const bad = await browser.query('documents.list', { agreementId: "' or 1=1 --" });
    expect(bad.status).toBe(400);
    expect(bad.error?.data.fieldErrors).toEqual({ agreementId: 'Choose one of your agreements.' });
  });

  it('downloads a statement as a PDF attachment that nobody caches or sniffs, and audits it', async () => {
    const { browser, owner, test } = await givenDocuments();
    const { data } = await browser.query<DocumentList>('documents.list');
    const statement = data?.documents.find((document) => document.kind === 'statement');
    if (statement === undefined) throw new Error('no statement');

    const response = await browser.request(`/api/documents/${statement.id}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="statement-for-october-2026.pdf"',
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(statement.size);
    expect((await readPdfText(bytes)).text).toContain(owner.agreementNumber);
    const audit = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'document.downloaded')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ customer_id: owner.customerId, actor_type: 'customer' });
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ documentId: statement.id });
  });

  it('answers another customer’s document exactly like a missing one (404)', async () => {
    const { browser, other, test } = await givenDocuments();
    const theirs = await test.deps.db
      .selectFrom('documents')
      .select('id')
      .where('customer_id', '=', other.customerId)
      .executeTakeFirstOrThrow();

    const stolen = await browser.request(`/api/documents/${theirs.id}`);
    const missing = await browser.request(`/api/documents/${crypto.randomUUID()}`);
    const nonsense = await browser.request(`/api/documents/..%2F..%2Fetc%2Fpasswd`);

    for (const response of [stolen, missing, nonsense]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { message: 'Not found.' } });
    }
    expect(
      await test.deps.db
        .selectFrom('audit_events')
        .selectAll()
        .where('event', '=', 'document.downloaded')
        .execute(),
    ).toHaveLength(0);
  });

  it('asks for a session: no cookie, or a forged one, gets 401 and no bytes', async () => {
    const { test } = await givenDocuments();
    const { id } = await test.deps.db
      .selectFrom('documents')
      .select('id')
      .executeTakeFirstOrThrow();
    const anonymous = test.client();
    const forged = test.client();
    forged.cookies.set('__Host-marque_session', 'forged-token');

    for (const browser of [anonymous, forged]) {
      const response = await browser.request(`/api/documents/${id}`);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/json');
    }
    const list = await anonymous.query('documents.list');
    expect(list.status).toBe(401);
  });

  it('switches to paper and back; the choice decides how the next documents are delivered, and is audited', async () => {
    const { browser, owner, test } = await givenDocuments();
    const paper = await browser.mutation<{ paperless: boolean }>('documents.setPaperless', {
      paperless: false,
    });
    expect(paper.data).toEqual({ paperless: false });
    expect((await browser.query<DocumentList>('documents.list')).data?.paperless).toBe(false);

    test.clock.set('2026-12-02T12:00:00.000Z');
    await runStatements(test.deps, { period: '2026-11' });
    const november = await test.deps.db
      .selectFrom('documents')
      .select(['delivery', 'print_status'])
      .where('customer_id', '=', owner.customerId)
      .where('period', '=', '2026-11')
      .executeTakeFirstOrThrow();
    expect(november).toEqual({ delivery: 'print', print_status: 'queued' });

    // A new day: the session from the day before has timed out.
    await signIn(browser, owner);
    await browser.mutation('documents.setPaperless', { paperless: true });
    expect((await browser.query<DocumentList>('documents.list')).data?.paperless).toBe(true);
    const events = await test.deps.db
      .selectFrom('audit_events')
      .select('details')
      .where('event', '=', 'documents.paperless_changed')
      .orderBy('at')
      .execute();
    expect(events.map((event) => JSON.parse(event.details ?? '{}') as unknown)).toEqual([
      { paperless: false },
      { paperless: true },
    ]);
    const invalid = await browser.mutation('documents.setPaperless', { paperless: 'no' });
    expect(invalid.status).toBe(400);
  });
});
