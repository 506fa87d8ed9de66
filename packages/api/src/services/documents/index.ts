/**
 * Statements, letters and the print queue. What the staff console calls: `runStatements` (in
 * jobs/statement-run.ts) to start or resume a month's run, `statementRuns` for their progress,
 * `exportPrintQueue` / `printBatchFile` for the paper documents, `generateAgreementDocuments` when an
 * agreement is onboarded, and `listCustomerDocuments` / `customerDocumentFile` for a customer's documents.
 */
export { generateAgreementDocuments } from './agreement-documents.js';
export {
  customerDocumentFile,
  listCustomerDocuments,
  type CustomerDocument,
} from './customer-documents.js';
export type { DocumentDeps, StatementDeps } from './document-deps.js';
export {
  issueDirectDebitLetter,
  issueLockoutLetter,
  issueSettlementQuoteLetter,
} from './event-documents.js';
export { isPaperless, setPaperless } from './paperless.js';
export { statementRuns, type StatementRunSummary } from './statement-runs.js';
export {
  exportPrintQueue,
  printBatchFile,
  PRINT_BATCH_LIMIT,
  queuedForPrint,
  type PrintBatchFile,
  type PrintQueueExport,
} from './print-queue.js';
