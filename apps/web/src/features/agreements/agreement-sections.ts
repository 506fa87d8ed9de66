import type { AgreementType } from '@marque/domain';

/** The parts of the agreement page, each a child route (router.tsx): '' is the overview. */
export type AgreementSection =
  | 'overview'
  | 'payments'
  | 'pay'
  | 'schedule'
  | 'transactions'
  | 'settlement'
  | 'overpayment'
  | 'voluntary-termination'
  | 'end-of-term';

export const SECTION_TITLES: Readonly<Record<AgreementSection, string>> = {
  overview: 'Overview',
  payments: 'Payments',
  pay: 'Make a payment',
  schedule: 'Schedule',
  transactions: 'Transactions',
  settlement: 'Settle',
  overpayment: 'Overpay',
  'voluntary-termination': 'Hand back',
  'end-of-term': 'End of term',
};

/** The tabs, in order; 'pay' is a page reached from its buttons rather than a tab. */
const ALL: readonly AgreementSection[] = [
  'overview',
  'payments',
  'schedule',
  'transactions',
  'settlement',
  'overpayment',
  'voluntary-termination',
  'end-of-term',
];

/** Settling, overpaying and the s.99 right to terminate are rights under a credit agreement. */
const CREDIT_ONLY: ReadonlySet<AgreementSection> = new Set([
  'settlement',
  'overpayment',
  'voluntary-termination',
]);

/** The sections an agreement has: a lease is hire, so it has nothing to settle, overpay or terminate under s.99. */
export function sectionsFor(type: AgreementType): AgreementSection[] {
  return ALL.filter((section) => type !== 'LEASE' || !CREDIT_ONLY.has(section));
}

/** The address of an agreement's page, opened at a section. */
export function agreementPath(agreementId: string, section: AgreementSection = 'overview'): string {
  const path = `/agreements/${encodeURIComponent(agreementId)}`;
  return section === 'overview' ? path : `${path}/${section}`;
}
