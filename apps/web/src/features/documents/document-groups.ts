import type { CustomerDocument } from './document-api-types.js';

/** The documents of one agreement, or the letters about the online account itself. */
export interface DocumentGroup {
  /** The agreement number, or null for letters about the online account. */
  agreementNumber: string | null;
  documents: CustomerDocument[];
}

/**
 * Documents grouped by agreement in the order their newest document appears, each group keeping
 * the API's newest-first order; letters about the account (no agreement) come last.
 */
export function groupByAgreement(documents: readonly CustomerDocument[]): DocumentGroup[] {
  const groups = new Map<string | null, CustomerDocument[]>();
  for (const document of documents) {
    const list = groups.get(document.agreementNumber) ?? [];
    list.push(document);
    groups.set(document.agreementNumber, list);
  }
  const byAgreement = [...groups]
    .filter(([agreementNumber]) => agreementNumber !== null)
    .map(([agreementNumber, list]) => ({ agreementNumber, documents: list }));
  const account = groups.get(null);
  return account === undefined
    ? byAgreement
    : [...byAgreement, { agreementNumber: null, documents: account }];
}
