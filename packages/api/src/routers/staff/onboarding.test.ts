import {
  aprOf,
  buildSchedule,
  leaseSchedule,
  nominalRateForApr,
  scheduleTermsOf,
  type HpAgreement,
  type PcpAgreement,
} from '@marque/domain';
import { expect, it } from 'vitest';
import { agreementFromRow } from '../../services/agreements/agreement-row.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface Onboarded {
  agreementId: string;
  agreementNumber: string;
  customerId: string;
  newCustomer: boolean;
  monthlyPayment: number;
  apr: number | null;
  documentsIssued: boolean;
}

/** A dealer's HP submission as the console's form sends it: every figure as typed. */
function hpSubmission(overrides: Record<string, string> = {}) {
  return {
    title: 'Ms',
    givenName: 'Priya',
    familyName: 'Shah',
    dateOfBirth: '1986-04-12',
    email: 'Priya.Shah@example.com',
    phone: '07700 900456',
    addressLine1: '12 Mill Lane',
    addressLine2: '',
    town: 'York',
    postcode: 'yo24 1bp',
    vehicleDescription: 'MINI Cooper 1.5 Exclusive, 5-door',
    vehicleRegistration: 'yk24 mnx',
    dealerName: 'Minster MINI York',
    product: 'HP',
    startDate: '2026-11-20',
    firstPaymentDate: '2026-12-20',
    termMonths: '48',
    cashPrice: '24,995.00',
    deposit: '2,500',
    ratePercent: '7.9',
    rateBasis: 'rate',
    optionToPurchaseFee: '10.00',
    ...overrides,
  };
}

async function agentOf(test: TestApp): Promise<TestClient> {
  return (await staffBrowser(test, 'agent')).browser;
}

async function storedSchedule(test: TestApp, agreementId: string) {
  const rows = await test.deps.db
    .selectFrom('installments')
    .select([
      'number',
      'due_date',
      'amount',
      'interest',
      'principal',
      'fee',
      'balance_after',
      'kind',
    ])
    .where('agreement_id', '=', agreementId)
    .orderBy('number')
    .execute();
  return rows.map((row) => ({
    number: row.number,
    dueDate: row.due_date,
    amount: row.amount,
    interest: row.interest,
    principal: row.principal,
    fee: row.fee,
    balanceAfter: row.balance_after,
    kind: row.kind,
  }));
}

async function storedAgreement(test: TestApp, agreementId: string) {
  const row = await test.deps.db
    .selectFrom('agreements')
    .selectAll()
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return { row, agreement: agreementFromRow(row) };
}

describeEachDatabase('onboarding an agreement', (getDb) => {
  it('creates the customer, the HP agreement with the domain’s schedule, documents and an invitation', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await agentOf(test);
    const result = await agent.mutation<Onboarded>('onboarding.create', hpSubmission());
    expect(result.status).toBe(200);
    const onboarded = result.data as Onboarded;
    expect(onboarded).toMatchObject({ newCustomer: true, documentsIssued: true });
    expect(onboarded.agreementNumber).toMatch(/^MQ\d{8}$/);

    const expected: HpAgreement = {
      type: 'HP',
      agreementNumber: onboarded.agreementNumber,
      currency: 'GBP',
      startDate: '2026-11-20',
      firstPaymentDate: '2026-12-20',
      termMonths: 48,
      cashPrice: 2_499_500,
      deposit: 250_000,
      amountOfCredit: 2_249_500,
      annualRatePercent: 7.9,
      optionToPurchaseFee: 1_000,
    };
    const { row, agreement } = await storedAgreement(test, onboarded.agreementId);
    expect(agreement).toEqual(expected);
    expect(row).toMatchObject({
      status: 'active',
      vehicle_registration: 'YK24 MNX',
      dealer_name: 'Minster MINI York',
      customer_id: onboarded.customerId,
    });
    const schedule = buildSchedule(scheduleTermsOf(expected));
    expect(await storedSchedule(test, onboarded.agreementId)).toEqual(schedule.installments);
    expect(onboarded.monthlyPayment).toBe(schedule.monthlyPayment);
    expect(onboarded.apr).toBe(aprOf(expected).rounded);

    const customer = await test.deps.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', onboarded.customerId)
      .executeTakeFirstOrThrow();
    expect(customer).toMatchObject({
      email: 'priya.shah@example.com',
      postcode: 'YO24 1BP',
      postcode_normalised: 'YO241BP',
      date_of_birth: '1986-04-12',
    });
    const mail = await test.outbox.latest('priya.shah@example.com');
    expect(mail.subject).toContain(onboarded.agreementNumber);
    expect(mail.text_body).toContain('http://localhost:3000/register');
    const documents = await test.deps.db
      .selectFrom('documents')
      .select('kind')
      .where('agreement_id', '=', onboarded.agreementId)
      .orderBy('kind')
      .execute();
    expect(documents.map((document) => document.kind)).toEqual([
      'credit_agreement',
      'welcome_letter',
    ]);
    const audit = await test.deps.db
      .selectFrom('audit_events')
      .select(['event', 'customer_id'])
      .where('event', '=', 'agreement.onboarded')
      .execute();
    expect(audit).toEqual([{ event: 'agreement.onboarded', customer_id: onboarded.customerId }]);
  });

  it('finds the nominal rate for a quoted APR on a PCP, and stores the balloon and mileage', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await agentOf(test);
    const result = await agent.mutation<Onboarded>(
      'onboarding.create',
      hpSubmission({
        product: 'PCP',
        ratePercent: '6.9',
        rateBasis: 'apr',
        optionalFinalPayment: '11,250.00',
        annualMileageAllowance: '8,000',
        excessMileageRate: '0.08',
      }),
    );
    expect(result.status).toBe(200);
    const onboarded = result.data as Onboarded;
    const { agreement } = await storedAgreement(test, onboarded.agreementId);
    const pcp = agreement as PcpAgreement;
    expect(pcp).toMatchObject({
      type: 'PCP',
      optionalFinalPayment: 1_125_000,
      annualMileageAllowance: 8_000,
      excessMileageRate: 8,
    });
    expect(pcp.annualRatePercent).toBe(nominalRateForApr({ ...pcp, annualRatePercent: 0 }, 6.9));
    expect(aprOf(pcp).rounded).toBe(6.9);
    expect(onboarded.apr).toBe(6.9);
    expect(await storedSchedule(test, onboarded.agreementId)).toEqual(
      buildSchedule(scheduleTermsOf(pcp)).installments,
    );
  });

  it('creates a lease with its initial rental first', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await agentOf(test);
    const result = await agent.mutation<Onboarded>(
      'onboarding.create',
      hpSubmission({
        product: 'LEASE',
        termMonths: '36',
        monthlyRental: '349.99',
        initialRentalMonths: '6',
        annualMileageAllowance: '10000',
        excessMileageRate: '0.12',
        cashPrice: '',
        deposit: '',
        ratePercent: '',
      }),
    );
    expect(result.status).toBe(200);
    const onboarded = result.data as Onboarded;
    const { agreement } = await storedAgreement(test, onboarded.agreementId);
    expect(agreement.type).toBe('LEASE');
    if (agreement.type !== 'LEASE') return;
    const schedule = await storedSchedule(test, onboarded.agreementId);
    expect(schedule).toEqual(leaseSchedule(agreement).installments);
    expect(schedule[0]).toMatchObject({ amount: 209_994, kind: 'initial_rental' });
    expect(onboarded.apr).toBeNull();
  });

  it('refuses bad submissions with a message under each field, creating nothing', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await agentOf(test);
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ cashPrice: '' }, { cashPrice: 'Enter the cash price.' }],
      [{ deposit: '30,000' }, { deposit: 'The deposit must be less than the cash price.' }],
      [
        { firstPaymentDate: '2026-11-01' },
        { firstPaymentDate: 'The first payment must fall after the start date.' },
      ],
      [{ termMonths: '0' }, { termMonths: 'Enter a term in months from 1 to 120.' }],
      [{ ratePercent: 'seven' }, { ratePercent: 'Enter a rate from 0 to 50, like 6.9.' }],
      [{ email: 'not-an-email' }, { email: 'Enter an e-mail address like name@example.com.' }],
      [{ postcode: 'NOWHERE' }, { postcode: 'Enter a UK postcode, like SW1A 1AA.' }],
      [
        {
          product: 'PCP',
          optionalFinalPayment: '30,000',
          annualMileageAllowance: '8000',
          excessMileageRate: '0.1',
        },
        {
          optionalFinalPayment:
            'The optional final payment must not be more than the amount of credit (£22,495.00).',
        },
      ],
      [
        { product: 'PCP' },
        {
          optionalFinalPayment: 'Enter the optional final payment.',
          annualMileageAllowance: 'Enter the mileage allowance.',
          excessMileageRate: 'Enter the excess mileage charge.',
        },
      ],
      [
        { rateBasis: 'apr', ratePercent: '6.95' },
        {
          ratePercent:
            'No rate gives exactly this APR with these terms. An APR has one decimal place, like 6.9.',
        },
      ],
    ];
    for (const [overrides, fieldErrors] of cases) {
      const result = await agent.mutation('onboarding.create', hpSubmission(overrides));
      expect({ overrides, status: result.status, errors: result.error?.data.fieldErrors }).toEqual({
        overrides,
        status: 400,
        errors: fieldErrors,
      });
    }
    expect(await test.deps.db.selectFrom('agreements').select('id').execute()).toEqual([]);
    expect(await test.deps.db.selectFrom('customers').select('id').execute()).toEqual([]);
  });

  it('creates one agreement when the same submission arrives twice at once (a double click)', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await agentOf(test);
    const results = await Promise.all([
      agent.mutation('onboarding.create', hpSubmission()),
      agent.mutation('onboarding.create', hpSubmission()),
    ]);
    // The second is refused whichever way it loses: the submission's lease (409) or the live
    // agreement for the same vehicle (400).
    const statuses = results.map((result) => result.status).sort();
    expect(statuses[0]).toBe(200);
    expect([400, 409]).toContain(statuses[1]);
    expect(await test.deps.db.selectFrom('agreements').select('id').execute()).toHaveLength(1);
    expect(await test.deps.db.selectFrom('customers').select('id').execute()).toHaveLength(1);
  });

  it('adds a second agreement to a known customer, and refuses the same vehicle twice', async () => {
    const test = createTestApp({ db: getDb() });
    const agent = await agentOf(test);
    const first = await agent.mutation<Onboarded>('onboarding.create', hpSubmission());
    const again = await agent.mutation('onboarding.create', hpSubmission());
    expect(again.status).toBe(400);
    expect(again.error?.data.fieldErrors).toEqual({
      vehicleRegistration: `This customer already has a live agreement for this vehicle (${first.data?.agreementNumber ?? ''}).`,
    });
    const second = await agent.mutation<Onboarded>(
      'onboarding.create',
      hpSubmission({ vehicleRegistration: 'YK73 ABC', email: 'priya.shah@EXAMPLE.com' }),
    );
    expect(second.data).toMatchObject({ newCustomer: false, customerId: first.data?.customerId });
    const stranger = await agent.mutation(
      'onboarding.create',
      hpSubmission({ vehicleRegistration: 'YK73 XYZ', dateOfBirth: '1990-01-01' }),
    );
    expect(Object.keys(stranger.error?.data.fieldErrors ?? {})).toEqual(['email']);
    expect(await test.deps.db.selectFrom('agreements').select('id').execute()).toHaveLength(2);
  });
});
