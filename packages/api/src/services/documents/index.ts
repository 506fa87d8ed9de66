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
export {
  exportPrintQueue,
  printBatchFile,
  PRINT_BATCH_LIMIT,
  queuedForPrint,
  type PrintBatchFile,
  type PrintQueueExport,
} from './print-queue.js';
