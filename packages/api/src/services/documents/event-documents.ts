import type { MandateRow } from '../../db/direct-debit-tables.js';
import { brandOf } from '../../brand/configured-brand.js';
import type { AgreementRecord } from '../agreements/agreement-queries.js';
import { businessDate } from '../agreements/business-date.js';
import type { SettlementAnswer } from '../agreements/settlement.js';
import { directDebitGuarantee } from '../direct-debit/direct-debit-guarantee.js';
import { mandateSummary } from '../direct-debit/mandate-view.js';
import type { DocumentDeps } from './document-deps.js';
import { documentRecipient } from './document-recipient.js';
import { issueDocument, type DocumentSpec, type IssuedDocument } from './document-store.js';
import {
  directDebitLetterContent,
  lockoutLetterContent,
  settlementQuoteLetterContent,
  type DirectDebitChange,
} from './letters/event-letters.js';
import { renderLetter, type LetterContent } from './pdf/letter-pdf.js';

async function issueLetter(
  deps: DocumentDeps,
  customerId: string,
  spec: Omit<DocumentSpec, 'recipient' | 'title' | 'period'>,
  content: LetterContent,
): Promise<IssuedDocument> {
  const recipient = await documentRecipient(deps.db, customerId);
  const now = deps.clock();
  return issueDocument(deps, { ...spec, recipient, title: content.title, period: null }, () =>
    renderLetter(
      brandOf(deps.config),
      recipient,
      businessDate(now, deps.config.market),
      now,
      content,
    ),
  );
}

/** The written settlement quotation: one a day per agreement and kind of quote, however often it is viewed. */
export async function issueSettlementQuoteLetter(
  deps: DocumentDeps,
  record: AgreementRecord,
  answer: SettlementAnswer & { available: true },
): Promise<IssuedDocument> {
  const content = settlementQuoteLetterContent(
    {
      agreementNumber: record.row.agreement_number,
      currency: record.agreement.currency,
      ...answer,
    },
    brandOf(deps.config).locale,
  );
  return issueLetter(
    deps,
    record.row.customer_id,
    {
      agreementId: record.row.id,
      kind: 'settlement_quote_letter',
      sourceKey: `settlement_quote:${record.row.id}:${answer.requestDate}:${answer.deferred ? 'deferred' : 'standard'}`,
    },
    content,
  );
}

/** The letter confirming that sign-in was paused, one per lock. */
export async function issueLockoutLetter(
  deps: DocumentDeps,
  lock: {
    customerId: string;
    accountId: string;
    lockedAt: Date;
    until: Date | null;
    reason: 'passwords' | 'codes';
  },
): Promise<IssuedDocument> {
  const brand = brandOf(deps.config);
  return issueLetter(
    deps,
    lock.customerId,
    {
      agreementId: null,
      kind: 'lockout_letter',
      sourceKey: `lockout:${lock.accountId}:${lock.reason}:${lock.lockedAt.toISOString()}`,
    },
    lockoutLetterContent(lock, brand.support.phone, brand.locale),
  );
}

/** Written confirmation of a Direct Debit set up, changed or cancelled, one per mandate and change. */
export async function issueDirectDebitLetter(
  deps: DocumentDeps,
  mandate: MandateRow,
  agreementNumber: string,
  change: DirectDebitChange,
): Promise<IssuedDocument> {
  const brand = brandOf(deps.config);
  const [, ...guarantee] = directDebitGuarantee(
    brand.name,
    deps.config.directDebitAdvanceNoticeDays,
  );
  return issueLetter(
    deps,
    mandate.customer_id,
    {
      agreementId: mandate.agreement_id,
      kind: 'direct_debit_letter',
      sourceKey: `direct_debit:${mandate.id}:${change}:${mandate.updated_at}`,
    },
    directDebitLetterContent(change, mandateSummary(mandate, agreementNumber), guarantee),
  );
}
