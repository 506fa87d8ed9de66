import type { Agreement } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { AgreementStatus } from '../../db/customer-agreement-tables.js';
import type { Database } from '../../db/schema.js';
import { agreedSchedule } from './agreed-schedule.js';
import { agreementTermsColumns } from './agreement-row.js';
import type { ScheduledInstallment } from './schedule-lines.js';

export interface NewAgreement {
  customerId: string;
  agreement: Agreement;
  status: AgreementStatus;
  vehicleDescription: string;
  vehicleRegistration: string;
  dealerName: string;
}

/**
 * Stores an agreement with the schedule it was written with, fixed at onboarding so later changes to
 * the calculation never rewrite what the customer signed. Writes two tables: call inside a transaction.
 */
export async function insertAgreement(
  db: Kysely<Database>,
  input: NewAgreement,
  now: Date,
): Promise<{ id: string; schedule: ScheduledInstallment[] }> {
  const id = crypto.randomUUID();
  const schedule = agreedSchedule(input.agreement);
  await db
    .insertInto('agreements')
    .values({
      ...agreementTermsColumns(input.agreement),
      id,
      customer_id: input.customerId,
      status: input.status,
      vehicle_description: input.vehicleDescription,
      vehicle_registration: input.vehicleRegistration,
      dealer_name: input.dealerName,
      created_at: now.toISOString(),
    })
    .execute();
  await db
    .insertInto('installments')
    .values(
      schedule.map((installment) => ({
        agreement_id: id,
        number: installment.number,
        due_date: installment.dueDate,
        amount: installment.amount,
        interest: installment.interest,
        principal: installment.principal,
        fee: installment.fee,
        balance_after: installment.balanceAfter,
        kind: installment.kind,
      })),
    )
    .execute();
  return { id, schedule };
}
