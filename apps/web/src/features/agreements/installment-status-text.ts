import type { ScheduleLine } from './agreement-api-types.js';

const TEXT: Readonly<Record<ScheduleLine['status'], string>> = {
  paid: 'Paid',
  part_paid: 'Part paid',
  due: 'Upcoming',
  overdue: 'Overdue',
};

/**
 * How an instalment's status reads in the schedule (the domain's installmentStatus, in words): 'due'
 * means neither paid nor late, so to the customer it is still to come.
 */
export function installmentStatusText(status: ScheduleLine['status']): string {
  return TEXT[status];
}
