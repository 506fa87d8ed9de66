import { buildSchedule, leaseSchedule, scheduleTermsOf, type Agreement } from '@marque/domain';
import type { ScheduledInstallment } from './schedule-lines.js';

/** The schedule an agreement is written with: the domain's buildSchedule for HP and PCP, leaseSchedule for a lease. */
export function agreedSchedule(agreement: Agreement): ScheduledInstallment[] {
  return agreement.type === 'LEASE'
    ? leaseSchedule(agreement).installments
    : buildSchedule(scheduleTermsOf(agreement)).installments;
}
