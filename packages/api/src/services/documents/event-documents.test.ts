import { formatMoney } from '@marque/domain';
import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { readPdfText } from '../../test/pdf-text.js';
import { generateAgreementDocuments } from './agreement-documents.js';

describeEachDatabase('documents issued on events', (getDb) => {
  function documentsOf(customerId: string, kind: string) {
    return getDb()
      .selectFrom('documents')
      .selectAll()
      .where('customer_id', '=', customerId)
      .where('kind', '=', kind as 'statement')
      .execute();
  }

  it('onboarding issues the credit agreement with its pre-contract information and a welcome letter, once', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenAccount(getDb());

    const first = await generateAgreementDocuments(test.deps, customer.agreementId);
    const again = await generateAgreementDocuments(test.deps, customer.agreementId);

    expect(first.creditAgreement.created).toBe(true);
    expect(again.creditAgreement).toEqual({
      document: first.creditAgreement.document,
      created: false,
    });
    expect(await documentsOf(customer.customerId, 'credit_agreement')).toHaveLength(1);
    const [agreement] = await documentsOf(customer.customerId, 'credit_agreement');
    const row = await getDb()
      .selectFrom('agreements')
      .selectAll()
      .where('id', '=', customer.agreementId)
      .executeTakeFirstOrThrow();
    const pdf = await readPdfText(agreement?.content ?? Buffer.alloc(0));
    expect(pdf.title).toBe('Hire purchase agreement');
    expect(pdf.text).toContain('Pre-contract credit information');
    expect(pdf.text).toContain(`Amount of credit ${formatMoney(row.amount_of_credit ?? 0, 'GBP')}`);
    expect(pdf.text).toContain(`Cash price ${formatMoney(row.cash_price ?? 0, 'GBP')}`);
    expect(pdf.text).toContain('Supplier: Northgate Motors');
    expect(pdf.text).toMatch(/APR \(representative of this agreement\) \d+\.\d% APR/);
    const [welcome] = await documentsOf(customer.customerId, 'welcome_letter');
    expect((await readPdfText(welcome?.content ?? Buffer.alloc(0))).text).toContain(
      `Manage your agreement online at ${test.config.publicWebUrl}`,
    );
  });

  it('a settlement quote comes with a letter stating the figure, one a day however often it is viewed', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenAccount(getDb());
    const browser = test.client();
    await signIn(browser, customer);

    const quote = await browser.query<{ amount: number; settlementDate: string }>(
      'agreements.settlementQuote',
      { agreementId: customer.agreementId },
    );
    await browser.query('agreements.settlementQuote', { agreementId: customer.agreementId });

    const letters = await documentsOf(customer.customerId, 'settlement_quote_letter');
    expect(letters).toHaveLength(1);
    const text = (await readPdfText(letters[0]?.content ?? Buffer.alloc(0))).text;
    expect(text).toContain(`Settlement figure ${formatMoney(quote.data?.amount ?? -1, 'GBP')}`);
    expect(text).toContain('Valid until 21 December 2026');
  });

  it('a lock on sign-in is confirmed by letter, once per lock', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenAccount(getDb());
    const browser = test.client();
    for (let attempt = 0; attempt < 7; attempt += 1) {
      await browser.mutation('auth.login', {
        username: customer.username,
        password: 'wrong-password-1234',
      });
    }

    // The letter is issued after the answer, off the request path.
    await expect.poll(() => documentsOf(customer.customerId, 'lockout_letter')).toHaveLength(1);
    const letters = await documentsOf(customer.customerId, 'lockout_letter');
    expect(letters[0]).toMatchObject({ agreement_id: null, delivery: 'online' });
    const text = (await readPdfText(letters[0]?.content ?? Buffer.alloc(0))).text;
    expect(text).toContain(
      'We paused sign-in to your online account after several unsuccessful sign-in attempts.',
    );
  });

  it('setting up and cancelling a Direct Debit are each confirmed by letter, bank details masked', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenAccount(getDb());
    const browser = test.client();
    await signIn(browser, customer);

    const setUp = await browser.mutation('directDebit.setUp', {
      agreementId: customer.agreementId,
      accountHolderName: 'Ann Example',
      sortCode: '08-99-99',
      accountNumber: '66374958',
      collectionDay: 15,
      guaranteeAccepted: true,
    });
    expect(setUp.status).toBe(200);
    await browser.mutation('directDebit.cancel', { agreementId: customer.agreementId });

    const letters = await documentsOf(customer.customerId, 'direct_debit_letter');
    expect(letters.map((letter) => letter.title).sort()).toEqual([
      'Your Direct Debit is cancelled',
      'Your Direct Debit is set up',
    ]);
    for (const letter of letters) {
      const text = (await readPdfText(letter.content)).text;
      expect(text).toContain('****4958');
      expect(text).not.toContain('66374958');
    }
  });
});
