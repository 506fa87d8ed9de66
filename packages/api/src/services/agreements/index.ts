export { accountPosition, type AccountPosition, type NextPayment } from './account-position.js';
export { agreedSchedule } from './agreed-schedule.js';
export {
  describeAgreement,
  type AgreementDetail,
  type CreditFigures,
  type LeaseFigures,
  type MileageTerms,
} from './agreement-detail.js';
export {
  findCustomerAgreement,
  loadCustomerAgreement,
  loadCustomerAgreements,
  withSchedulesAndLedgers,
  type AgreementRecord,
} from './agreement-queries.js';
export {
  AgreementRecordError,
  agreementFromRow,
  agreementTermsColumns,
  basisPointsFromRatePercent,
  ratePercentFromBasisPoints,
  type AgreementTermsColumns,
} from './agreement-row.js';
export { summariseAgreement, type AgreementSummary } from './agreement-summary.js';
export { businessDate } from './business-date.js';
export { insertAgreement, type NewAgreement } from './insert-agreement.js';
export {
  feesAsInstallments,
  LEDGER_SIDE,
  paidToDate,
  receiptsBy,
  type LedgerAmount,
} from './ledger-totals.js';
export { applyPayments, type PaymentsApplied } from './payments-applied.js';
export {
  installmentFromRow,
  scheduleLines,
  type ScheduledInstallment,
  type ScheduleLine,
} from './schedule-lines.js';
export { settlementFor, type SettlementAnswer } from './settlement.js';
export {
  InvalidCursorError,
  transactionsPage,
  type Transaction,
  type TransactionPage,
} from './transactions.js';
