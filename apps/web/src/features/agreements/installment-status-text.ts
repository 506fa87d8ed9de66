import type { ScheduleLine } from './agreement-api-types.js';

const TEXT: Readonly<Record<ScheduleLine['status'], string>> = {
  paid: 'Paid',
  part_paid: 'Part paid',
  due: 'Due',
  overdue: 'Overdue',
};

/** How an instalment's status reads in the schedule (the domain's installmentStatus, in words). */
export function installmentStatusText(status: ScheduleLine['status']): string {
  return TEXT[status];
}
