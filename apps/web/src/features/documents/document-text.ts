import type { DocumentKind } from './document-api-types.js';

const KIND_TEXT: Readonly<Record<DocumentKind, string>> = {
  statement: 'Monthly statement',
  annual_statement: 'Annual statement',
  credit_agreement: 'Credit agreement',
  welcome_letter: 'Letter',
  settlement_quote_letter: 'Settlement quote',
  lockout_letter: 'Security letter',
  direct_debit_letter: 'Direct Debit letter',
};

/** What kind of document it is, in the customer's words. */
export function documentKindText(kind: DocumentKind): string {
  return KIND_TEXT[kind];
}

/** A file size as people read it: '860 bytes', '4.2 KB', '1.3 MB'. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1000) return `${String(bytes)} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Where the API serves a document's PDF (as an attachment, for the signed-in owner only). */
export function documentDownloadUrl(documentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}`;
}
