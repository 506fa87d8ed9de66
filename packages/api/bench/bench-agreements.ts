import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../src/db/schema.js';

/** One seeded agreement's keys: its position, the 7-digit number in its references, and ids. */
export interface BenchAgreementKeys {
  index: number;
  number: string;
  customerId: string;
  agreementId: string;
}

/** The terms every seeded agreement shares: level monthly instalments at no interest. */
export interface BenchAgreementTerms {
  title: string | null;
  vehicle: string;
  startDate: string;
  firstPaymentDate: string;
  installments: number;
  amount: number;
  createdAt: string;
}

function benchAgreementKeys(start: number, count: number): BenchAgreementKeys[] {
  return Array.from({ length: count }, (_, offset) => ({
    index: start + offset,
    number: String(start + offset).padStart(7, '0'),
    customerId: crypto.randomUUID(),
    agreementId: crypto.randomUUID(),
  }));
}

/** The same date `months` calendar months later (`YYYY-MM-DD`; the day is kept as it is). */
export function monthsAfter(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

async function insertCustomersAndAgreements(
  trx: Transaction<Database>,
  keys: readonly BenchAgreementKeys[],
  terms: BenchAgreementTerms,
): Promise<void> {
  await trx
    .insertInto('customers')
    .values(
      keys.map((key) => ({
        id: key.customerId,
        title: terms.title,
        given_name: 'Ann',
        family_name: 'Example',
        date_of_birth: '1980-01-01',
        email: `bench${key.number}@example.com`,
        phone: '07700900000',
        address_line1: '1 High Street',
        address_line2: null,
        town: 'Leeds',
        postcode: 'LS1 1AA',
        postcode_normalised: 'LS11AA',
        country: 'GB' as const,
        ssn_last4: null,
        created_at: '2026-01-01T00:00:00.000Z',
      })),
    )
    .execute();
  await trx
    .insertInto('agreements')
    .values(
      keys.map((key) => ({
        id: key.agreementId,
        agreement_number: `MQ${key.number}`,
        customer_id: key.customerId,
        type: 'HP' as const,
        currency: 'GBP' as const,
        status: 'active' as const,
        vehicle_description: terms.vehicle,
        vehicle_registration: 'AB12 CDE',
        dealer_name: 'Bench Motors',
        start_date: terms.startDate,
        first_payment_date: terms.firstPaymentDate,
        term_months: terms.installments,
        cash_price: terms.installments * terms.amount,
        deposit: 0,
        amount_of_credit: terms.installments * terms.amount,
        annual_rate_bp: 0,
        option_to_purchase_fee: 0,
        optional_final_payment: null,
        annual_mileage_allowance: null,
        excess_mileage_rate: null,
        monthly_rental: null,
        initial_rental_months: null,
        created_at: terms.createdAt,
      })),
    )
    .execute();
}

/**
 * Seeds `count` customers, each with one active HP agreement on `terms`, 500 per transaction in
 * multi-row inserts; `alongside` adds each chunk's other rows in the same transaction.
 */
export async function seedAgreements(
  db: Kysely<Database>,
  count: number,
  terms: BenchAgreementTerms,
  alongside: (trx: Transaction<Database>, keys: readonly BenchAgreementKeys[]) => Promise<void>,
): Promise<void> {
  const chunk = 500;
  for (let start = 0; start < count; start += chunk) {
    const keys = benchAgreementKeys(start, Math.min(chunk, count - start));
    await db.transaction().execute(async (trx) => {
      await insertCustomersAndAgreements(trx, keys, terms);
      await alongside(trx, keys);
    });
  }
}

/** One instalment of the schedule every seeded agreement gets. */
export interface BenchInstallment {
  number: number;
  dueDate: string;
  balanceAfter: number;
}

/**
 * Gives every agreement in the database the same schedule of `amount` instalments in one
 * INSERT … SELECT: the same statement on both databases.
 */
export async function insertScheduleForEveryAgreement(
  db: Kysely<Database>,
  amount: number,
  schedule: readonly BenchInstallment[],
): Promise<void> {
  const values = schedule.map(
    (installment) =>
      sql`(${sql.lit(installment.number)}, ${sql.lit(installment.dueDate)}, ${sql.lit(installment.balanceAfter)})`,
  );
  await sql`with s (number, due_date, balance_after) as (values ${sql.join(values)})
    insert into installments
      (agreement_id, number, due_date, amount, interest, principal, fee, balance_after, kind)
    select a.id, s.number, s.due_date, ${sql.lit(amount)}, 0, ${sql.lit(amount)}, 0, s.balance_after, 'monthly'
    from agreements a cross join s`.execute(db);
}
