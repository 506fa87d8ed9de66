export * from './agreement.js';
export * from './allocate-payment.js';
export { FinanceError, type FinanceErrorCode } from './finance-error.js';
export { monthlyPayment } from './monthly-payment.js';
export {
  buildSchedule,
  scheduleTermsOf,
  type Installment,
  type InstallmentKind,
  type Schedule,
  type ScheduleTerms,
} from './schedule.js';
export { aprFlowsOf, aprOf, roundAprPercent, solveApr, type Apr, type AprFlow } from './apr.js';
export { nominalRateForApr } from './rate-for-apr.js';
export {
  settlementQuote,
  settlementQuoteFor,
  type DatedAmount,
  type ScheduledPayment,
  type SettlementQuote,
  type SettlementQuoteInput,
  type SettlementQuoteOptions,
} from './settlement-quote.js';
export {
  partialSettlement,
  type PartialSettlement,
  type PartialSettlementMode,
  type PartialSettlementRequest,
} from './partial-settlement.js';
export * from './lease-schedule.js';
export * from './voluntary-termination.js';
export * from './end-of-term.js';
