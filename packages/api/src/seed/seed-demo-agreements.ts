import { addDays, addMonths, normalisePostcode, type IsoDate } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { insertAgreement } from '../services/agreements/insert-agreement.js';
import { DEMO_CUSTOMERS, type DemoAgreement, type DemoCustomer } from './demo-customers.js';
import { demoLedger } from './demo-ledger.js';

export interface SeededCustomer {
  demo: DemoCustomer;
  customerId: string;
  agreementIds: string[];
}

/** Days until each demo agreement's next payment, so the dashboard shows one coming up rather than due today. */
const DAYS_TO_NEXT_PAYMENT = 9;

function demoAgreementTerms(demo: DemoAgreement, today: IsoDate) {
  const startDate = addDays(addMonths(today, -demo.startedMonthsAgo), DAYS_TO_NEXT_PAYMENT);
  return {
    ...demo.terms,
    agreementNumber: demo.agreementNumber,
    currency: 'GBP' as const,
    startDate,
    firstPaymentDate: addMonths(startDate, 1),
  };
}

/**
 * The demo customers with their agreements (schedules from the domain, started relative to
 * `today`) and ledger history up to today. Writes several tables: call inside a transaction.
 */
export async function seedDemoAgreements(
  db: Kysely<Database>,
  today: IsoDate,
  now: Date,
): Promise<SeededCustomer[]> {
  const seeded: SeededCustomer[] = [];
  for (const demo of DEMO_CUSTOMERS) {
    const customerId = crypto.randomUUID();
    await db
      .insertInto('customers')
      .values({
        ...demo.customer,
        id: customerId,
        postcode_normalised: normalisePostcode(demo.customer.postcode),
        created_at: now.toISOString(),
      })
      .execute();
    const agreementIds: string[] = [];
    for (const demoAgreement of demo.agreements) {
      const agreement = demoAgreementTerms(demoAgreement, today);
      const { id: agreementId, schedule } = await insertAgreement(
        db,
        {
          customerId,
          agreement,
          status: 'active',
          vehicleDescription: demoAgreement.vehicleDescription,
          vehicleRegistration: demoAgreement.vehicleRegistration,
          dealerName: demoAgreement.dealerName,
        },
        now,
      );
      const ledger = demoLedger(
        agreement.agreementNumber,
        schedule,
        today,
        demoAgreement.missedPayments,
      );
      if (ledger.length > 0) {
        await db
          .insertInto('ledger_entries')
          .values(
            ledger.map((entry) => ({
              id: crypto.randomUUID(),
              agreement_id: agreementId,
              entry_date: entry.entryDate,
              kind: entry.kind,
              amount: entry.amount,
              description: entry.description,
              reference: entry.reference,
              created_at: entry.createdAt,
            })),
          )
          .execute();
      }
      agreementIds.push(agreementId);
    }
    seeded.push({ demo, customerId, agreementIds });
  }
  return seeded;
}
