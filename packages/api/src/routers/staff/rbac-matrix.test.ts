import { UNLOCKED } from '@marque/domain';
import { expect, it } from 'vitest';
import { saveLockout } from '../../services/lockout/lockout-store.js';
import { secondFactorKeys, storeTotpSecret } from '../../services/mfa/second-factor-store.js';
import { newTotpSecret } from '../../services/mfa/totp.js';
import { settledRuns } from '../../services/runs/console-runs.js';
import { SESSION_COOKIE, STAFF_SESSION_COOKIE } from '../../services/sessions/session-policy.js';
import type { StaffRole } from '../../services/staff/staff-roles.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import {
  givenContactCase,
  givenThread,
  givenTransactionCase,
} from '../../test/contact-fixtures.js';
import { givenAccount, givenCustomer, signIn, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  givenConsoleRun,
  givenPaidTransfer,
  givenRefund,
  givenUnmatchedLine,
} from '../../test/money-fixtures.js';
import {
  agentOnDuty,
  givenChatAnsweredBy,
  givenWaitingChat,
  subscriptionStatus,
} from '../../test/live-chat.js';
import { callerAnswers, verifyCallerAs } from '../../test/staff-help.js';
import { givenStaff, staffBrowser } from '../../test/staff.js';
import { staffRouter } from './index.js';

/**
 * Who may call each staff procedure: anyone ('public'), only a browser between password and code
 * ('signing_in'), or a signed-in member holding at least the role. A procedure added to
 * staffRouter without an entry here fails the first test: authorisation is decided, not assumed.
 * `input` builds a valid input for one call, so an allowed caller gets a real answer (200).
 */
interface MatrixEntry {
  access: 'public' | 'signing_in' | StaffRole;
  /** Also given the caller's browser, e.g. to complete a check a procedure needs first. */
  input?: (fixture: Fixture, browser: TestClient) => unknown;
}

interface Fixture {
  app: TestApp;
  /** A fresh invitation's token, from the e-mail an admin's invitation sent. */
  invitationToken: () => Promise<string>;
  /** A new member to act on (change role, disable, reset). */
  otherStaffId: () => Promise<string>;
  unique: () => number;
}

const SUPPORT_REASON = 'The customer asked for this on the phone';

/**
 * A registered customer whom the caller has just verified, when the caller may verify at all:
 * sensitive customer actions need the acting member's own passed check.
 */
async function verifiedCustomer({ app }: Fixture, browser: TestClient): Promise<GivenAccount> {
  const account = await givenAccount(app.deps.db);
  await verifyCallerAs(browser, account);
  return account;
}

const MATRIX: Record<string, MatrixEntry> = {
  'brand.get': { access: 'public' },
  'staffAuth.login': {
    access: 'public',
    input: async ({ app }) => {
      const staff = await givenStaff(app, { role: 'agent' });
      return { username: staff.username, password: staff.password };
    },
  },
  'staffAuth.verifyTotp': { access: 'signing_in', input: () => ({ code: '123456' }) },
  'staffAuth.startTotpEnrolment': { access: 'signing_in' },
  'staffAuth.enrolTotp': { access: 'signing_in', input: () => ({ code: '123456' }) },
  'staffAuth.logout': { access: 'public' },
  'staffAuth.me': { access: 'public' },
  'staffInvitation.get': {
    access: 'public',
    input: async ({ invitationToken }) => ({ token: await invitationToken() }),
  },
  'staffInvitation.accept': {
    access: 'public',
    input: async ({ invitationToken }) => ({
      token: await invitationToken(),
      password: 'Quiet-Harbour-Lantern-77',
    }),
  },
  'staffAdmin.list': { access: 'admin' },
  'staffAdmin.invite': {
    access: 'admin',
    input: ({ unique }) => {
      const n = unique();
      return {
        username: `invitee.${n}`,
        displayName: `Invitee ${n}`,
        email: `invitee.${n}@staff.example`,
        role: 'agent',
      };
    },
  },
  'staffAdmin.changeRole': {
    access: 'admin',
    input: async ({ otherStaffId }) => ({ staffId: await otherStaffId(), role: 'supervisor' }),
  },
  'staffAdmin.disable': {
    access: 'admin',
    input: async ({ otherStaffId }) => ({ staffId: await otherStaffId() }),
  },
  'staffAdmin.resetTwoFactor': {
    access: 'admin',
    input: async ({ otherStaffId }) => ({ staffId: await otherStaffId() }),
  },
  'staffAdmin.unlock': {
    access: 'admin',
    input: async ({ otherStaffId }) => ({ staffId: await otherStaffId() }),
  },
  'audit.search': { access: 'supervisor', input: () => ({ filter: {} }) },
  'audit.exportCsv': { access: 'supervisor', input: () => ({}) },
  'audit.eventTypes': { access: 'supervisor' },
  'customers.search': { access: 'agent', input: () => ({ query: 'smith' }) },
  'customers.get': {
    access: 'agent',
    input: async ({ app }) => ({ customerId: (await givenCustomer(app.deps.db)).customerId }),
  },
  'customers.financials': {
    access: 'agent',
    input: async (fixture, browser) => ({
      customerId: (await verifiedCustomer(fixture, browser)).customerId,
    }),
  },
  'customers.transactions': {
    access: 'agent',
    input: async (fixture, browser) => {
      const customer = await verifiedCustomer(fixture, browser);
      return { customerId: customer.customerId, agreementId: customer.agreementId };
    },
  },
  'customers.auditTrail': {
    access: 'agent',
    input: async ({ app }) => ({ customerId: (await givenCustomer(app.deps.db)).customerId }),
  },
  'customers.verify': {
    access: 'agent',
    input: async ({ app }) => {
      const customer = await givenCustomer(app.deps.db);
      return { customerId: customer.customerId, answers: callerAnswers(customer) };
    },
  },
  'customers.unlock': {
    access: 'supervisor',
    input: async (fixture, browser) => {
      const account = await verifiedCustomer(fixture, browser);
      await saveLockout(
        fixture.app.deps.db,
        { kind: 'account', accountId: account.accountId },
        { ...UNLOCKED, failures: 1, lastFailureAt: fixture.app.clock.now() },
        fixture.app.clock.now(),
      );
      return { customerId: account.customerId, reason: SUPPORT_REASON };
    },
  },
  'customers.resetTwoFactor': {
    access: 'supervisor',
    input: async (fixture, browser) => {
      const account = await verifiedCustomer(fixture, browser);
      await storeTotpSecret(
        fixture.app.deps.db,
        secondFactorKeys(fixture.app.config.secretKey),
        account.accountId,
        newTotpSecret(),
        fixture.app.clock.now(),
        { confirmed: true },
      );
      return { customerId: account.customerId, reason: SUPPORT_REASON };
    },
  },
  'customers.sendPasswordReset': {
    access: 'agent',
    input: async (fixture, browser) => ({
      customerId: (await verifiedCustomer(fixture, browser)).customerId,
      reason: SUPPORT_REASON,
    }),
  },
  'customers.endSessions': {
    access: 'agent',
    input: async (fixture, browser) => ({
      customerId: (await verifiedCustomer(fixture, browser)).customerId,
      reason: SUPPORT_REASON,
    }),
  },
  'customers.changeContact': {
    access: 'agent',
    input: async (fixture, browser) => ({
      customerId: (await verifiedCustomer(fixture, browser)).customerId,
      reason: SUPPORT_REASON,
      phone: '07700 900321',
    }),
  },
  'mailbox.list': { access: 'admin', input: () => ({}) },
  'mailbox.get': {
    access: 'admin',
    input: async ({ app }) => {
      await app.deps.mailer.send({
        to: 'someone@example.com',
        subject: 'Hi',
        text: 'Hi',
        html: '<p>Hi</p>',
      });
      return { id: (await app.outbox.latest('someone@example.com')).id };
    },
  },
  'colleagues.list': { access: 'agent' },
  'messages.threads': { access: 'agent', input: () => ({ queue: 'all' }) },
  'messages.thread': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: (await givenThread(app)).threadId }),
  },
  'messages.assign': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: (await givenThread(app)).threadId, assignTo: null }),
  },
  'messages.reply': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: (await givenThread(app)).threadId, body: 'Hello' }),
  },
  'messages.close': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: (await givenThread(app)).threadId }),
  },
  'contactCases.list': { access: 'agent', input: () => ({}) },
  'contactCases.get': {
    access: 'agent',
    input: async ({ app }) => ({ caseId: await givenContactCase(app) }),
  },
  'contactCases.assign': {
    access: 'agent',
    input: async ({ app }) => ({ caseId: await givenContactCase(app), assignTo: null }),
  },
  'contactCases.reply': {
    access: 'agent',
    input: async ({ app }) => ({ caseId: await givenContactCase(app), body: 'Hello' }),
  },
  'contactCases.close': {
    access: 'agent',
    input: async ({ app }) => ({ caseId: await givenContactCase(app) }),
  },
  'transactionCases.list': { access: 'agent', input: () => ({}) },
  'transactionCases.get': {
    access: 'agent',
    input: async ({ app }) => ({ caseId: (await givenTransactionCase(app)).caseId }),
  },
  'transactionCases.assign': {
    access: 'agent',
    input: async ({ app }) => ({
      caseId: (await givenTransactionCase(app)).caseId,
      assignTo: null,
    }),
  },
  'transactionCases.update': {
    access: 'agent',
    input: async ({ app }) => ({
      caseId: (await givenTransactionCase(app)).caseId,
      status: 'investigating',
      note: 'Checking the collection file',
    }),
  },
  'contactRecord.timeline': {
    access: 'agent',
    input: async ({ app }) => ({ customerId: (await givenThread(app)).customer.customerId }),
  },
  'contactRecord.log': {
    access: 'agent',
    input: async ({ app }) => ({
      customerId: (await givenThread(app)).customer.customerId,
      channel: 'phone',
      direction: 'inbound',
      occurredAt: app.clock.now().toISOString(),
      summary: 'Customer called about the settlement figure.',
    }),
  },
  'payments.recordBankTransfer': {
    access: 'agent',
    input: async ({ app }) => ({
      agreementNumber: (await givenCustomer(app.deps.db)).agreementNumber,
      amount: '25.00',
      receivedOn: '2026-11-20',
      bankReference: crypto.randomUUID(),
    }),
  },
  'payments.importStatement': {
    access: 'agent',
    input: () => ({
      fileName: 'statement.csv',
      content: `Date,Amount,Reference,Transaction ID\n2026-11-20,10.00,GIFT,${crypto.randomUUID()}`,
    }),
  },
  'payments.statementLines': { access: 'agent', input: () => ({}) },
  'payments.assignStatementLine': {
    access: 'agent',
    input: async ({ app }) => ({
      lineId: await givenUnmatchedLine(app),
      agreementNumber: (await givenCustomer(app.deps.db)).agreementNumber,
      reason: 'Customer phoned to say it was theirs',
    }),
  },
  'payments.dismissStatementLine': {
    access: 'agent',
    input: async ({ app }) => ({
      lineId: await givenUnmatchedLine(app),
      reason: 'Supplier refund, not a customer',
    }),
  },
  'payments.search': { access: 'agent', input: () => ({}) },
  'refunds.list': { access: 'supervisor', input: () => ({}) },
  'refunds.approvalLimit': { access: 'supervisor' },
  'refunds.request': {
    access: 'supervisor',
    input: async ({ app }) => ({
      paymentId: (await givenPaidTransfer(app)).paymentId,
      reason: 'Paid to us in error',
      idempotencyKey: crypto.randomUUID().replace(/-/g, ''),
    }),
  },
  'refunds.decide': {
    access: 'supervisor',
    input: async ({ app }) => ({ refundId: await givenRefund(app), decision: 'reject' }),
  },
  'refunds.retry': {
    access: 'supervisor',
    input: async ({ app }) => ({ refundId: await givenRefund(app, 'failed') }),
  },
  'onboarding.create': {
    access: 'agent',
    input: ({ unique }) => {
      const n = unique();
      return {
        givenName: 'Dana',
        familyName: `Matrix${n}`,
        dateOfBirth: '1980-02-02',
        email: `dana.${n}@example.com`,
        phone: '07700 900123',
        addressLine1: '1 High Street',
        town: 'York',
        postcode: 'YO1 7HH',
        vehicleDescription: 'MINI Cooper',
        vehicleRegistration: `MX${n} ABC`.slice(0, 10),
        dealerName: 'Minster MINI',
        product: 'HP',
        startDate: '2026-11-20',
        firstPaymentDate: '2026-12-20',
        termMonths: '36',
        cashPrice: '20000',
        deposit: '2000',
        ratePercent: '7.9',
        optionToPurchaseFee: '10',
      };
    },
  },
  'runs.start': {
    access: 'supervisor',
    input: async () => {
      // One run of a kind at a time: the previous caller's run has finished first.
      await settledRuns();
      return { kind: 'reminders', runDate: '2026-11-23' };
    },
  },
  'runs.list': { access: 'supervisor', input: () => ({}) },
  'runs.get': {
    access: 'supervisor',
    input: async ({ app }) => ({ runId: await givenConsoleRun(app) }),
  },
  'runs.printQueue': { access: 'supervisor' },
  'runs.exportPrintQueue': { access: 'supervisor' },
  'chat.presence': { access: 'agent' },
  'chat.setPresence': { access: 'agent', input: () => ({ status: 'online' }) },
  'chat.queue': { access: 'agent' },
  'chat.queueUpdates': { access: 'agent' },
  'chat.get': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: await givenWaitingChat(app) }),
  },
  'chat.events': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: await givenWaitingChat(app) }),
  },
  'chat.accept': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: await givenWaitingChat(app) }),
  },
  'chat.markRead': {
    access: 'agent',
    input: async ({ app }) => ({ threadId: await givenWaitingChat(app) }),
  },
  'chat.send': {
    access: 'agent',
    input: async ({ app }, browser) => ({
      threadId: await givenChatAnsweredBy(app, browser),
      body: 'Hello',
    }),
  },
  'chat.typing': {
    access: 'agent',
    input: async ({ app }, browser) => ({ threadId: await givenChatAnsweredBy(app, browser) }),
  },
  'chat.transfer': {
    access: 'agent',
    input: async ({ app }, browser) => ({
      threadId: await givenChatAnsweredBy(app, browser),
      toStaffId: (await agentOnDuty(app)).staff.id,
    }),
  },
  'chat.end': {
    access: 'agent',
    input: async ({ app }, browser) => ({
      threadId: await givenChatAnsweredBy(app, browser),
      outcome: 'resolved',
    }),
  },
};

type Caller = 'nobody' | 'customer' | StaffRole;
const CALLERS: readonly Caller[] = ['nobody', 'customer', 'agent', 'supervisor', 'admin'];
const RANK: Record<Caller, number> = {
  nobody: -2,
  customer: -1,
  agent: 0,
  supervisor: 1,
  admin: 2,
};

/** The status an allowed call gets (200), or the refusal a caller gets. */
function expectedStatus(access: MatrixEntry['access'], caller: Caller): number {
  if (access === 'public') return 200;
  if (access === 'signing_in') return 401;
  if (caller === 'nobody' || caller === 'customer') return 401;
  return RANK[caller] >= RANK[access] ? 200 : 403;
}

let ip = 0;

/** A staff-console browser for `caller`: none, a customer's session cookie, or a member's. */
async function browserFor(app: TestApp, caller: Caller): Promise<TestClient> {
  ip += 1;
  const options = { ip: `198.18.${Math.floor(ip / 250)}.${(ip % 250) + 1}` };
  if (caller === 'nobody') return app.staffClient(options);
  if (caller === 'customer') {
    const account = await givenAccount(app.deps.db);
    const customerBrowser = app.client(options);
    await signIn(customerBrowser, account);
    // Cookies are per host, not per port: the console's browser sends the customer's cookie too.
    const browser = app.staffClient(options);
    browser.cookies.set(SESSION_COOKIE, customerBrowser.cookie(SESSION_COOKIE) ?? '');
    return browser;
  }
  return (await staffBrowser(app, caller, options)).browser;
}

/**
 * The caller's browser from an earlier call when it still is what it stands for: a member's
 * session still signed in (a call may have ended it, e.g. logout), and for the others no staff
 * cookie at all (a sign-in attempt may have set a sign-in step).
 */
async function reusableBrowser(
  app: TestApp,
  browsers: Map<Caller, TestClient>,
  caller: Caller,
): Promise<TestClient> {
  const kept = browsers.get(caller);
  if (kept !== undefined) {
    if (caller === 'nobody' || caller === 'customer') {
      kept.cookies.delete(STAFF_SESSION_COOKIE);
      return kept;
    }
    if ((await kept.query('staffAuth.me')).data != null) return kept;
  }
  const fresh = await browserFor(app, caller);
  browsers.set(caller, fresh);
  return fresh;
}

function procedureTypes(): Record<string, 'query' | 'mutation' | 'subscription'> {
  // At run time a router's procedures are a flat record keyed by path ('staffAuth.login').
  const procedures = staffRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation' | 'subscription' } }
  >;
  return Object.fromEntries(
    Object.entries(procedures).map(([path, procedure]) => [path, procedure._def.type]),
  );
}

it('has an entry for every staff procedure, and none for a procedure that does not exist', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(procedureTypes()).sort());
});

describeEachDatabase('the staff RBAC matrix', (getDb) => {
  it('lets exactly the allowed callers through each staff procedure', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser: admin } = await staffBrowser(app, 'admin');
    let n = 0;
    const fixture: Fixture = {
      app,
      unique: () => (n += 1),
      otherStaffId: async () => (await givenStaff(app, { role: 'agent' })).id,
      invitationToken: async () => {
        n += 1;
        const email = `matrix.${n}@staff.example`;
        const invited = await admin.mutation('staffAdmin.invite', {
          username: `matrix.${n}`,
          displayName: `Matrix ${n}`,
          email,
          role: 'agent',
        });
        expect(invited.status).toBe(200);
        return app.outbox.tokenIn(await app.outbox.latest(email));
      },
    };
    const types = procedureTypes();
    const outcomes: string[] = [];
    const expected: string[] = [];
    // Signing in costs an argon2 verify, so each caller's browser is kept while its session lives.
    const browsers = new Map<Caller, TestClient>();
    for (const [path, entry] of Object.entries(MATRIX)) {
      for (const caller of CALLERS) {
        const browser = await reusableBrowser(app, browsers, caller);
        const input = await entry.input?.(fixture, browser);
        const status =
          types[path] === 'subscription'
            ? await subscriptionStatus(browser, path, input)
            : (types[path] === 'query'
                ? await browser.query(path, input)
                : await browser.mutation(path, input)
              ).status;
        outcomes.push(`${path} as ${caller}: ${status}`);
        expected.push(`${path} as ${caller}: ${expectedStatus(entry.access, caller)}`);
      }
    }
    expect(outcomes).toEqual(expected);
  }, 120_000);
});
