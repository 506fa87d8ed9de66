import { brandOf } from '../../brand/configured-brand.js';
import { businessDate } from '../agreements/business-date.js';
import { describeAgreement } from '../agreements/agreement-detail.js';
import { loadCustomerAgreement } from '../agreements/agreement-queries.js';
import type { DocumentDeps } from './document-deps.js';
import { documentRecipient } from './document-recipient.js';
import { issueDocument, type IssuedDocument } from './document-store.js';
import { creditAgreementContent, welcomeLetterContent } from './letters/agreement-letters.js';
import { renderLetter } from './pdf/letter-pdf.js';

/**
 * The documents of a newly onboarded agreement: the credit (or hire) agreement with its
 * pre-contract information, and the welcome letter. Safe to call again: each is issued once.
 */
export async function generateAgreementDocuments(
  deps: DocumentDeps,
  agreementId: string,
): Promise<{ creditAgreement: IssuedDocument; welcomeLetter: IssuedDocument }> {
  const owner = await deps.db
    .selectFrom('agreements')
    .select('customer_id')
    .where('id', '=', agreementId)
    .executeTakeFirst();
  if (owner === undefined) throw new Error(`no agreement ${agreementId}`);
  const record = await loadCustomerAgreement(deps.db, owner.customer_id, agreementId);
  if (record === undefined) throw new Error(`no agreement ${agreementId}`);
  const brand = brandOf(deps.config);
  const now = deps.clock();
  const today = businessDate(now, deps.config.market);
  // The figures as they were agreed: described on the day the agreement started.
  const detail = describeAgreement(record, record.agreement.startDate);
  const recipient = await documentRecipient(deps.db, owner.customer_id);
  const agreementContent = creditAgreementContent(detail, brand.name, brand.locale);
  const creditAgreement = await issueDocument(
    deps,
    {
      recipient,
      agreementId,
      kind: 'credit_agreement',
      title: agreementContent.title,
      period: null,
      sourceKey: `credit_agreement:${agreementId}`,
    },
    () => renderLetter(brand, recipient, detail.startDate, now, agreementContent),
  );
  const welcome = welcomeLetterContent(detail, brand.name, deps.config.publicWebUrl, brand.locale);
  const welcomeLetter = await issueDocument(
    deps,
    {
      recipient,
      agreementId,
      kind: 'welcome_letter',
      title: welcome.title,
      period: null,
      sourceKey: `welcome_letter:${agreementId}`,
    },
    () => renderLetter(brand, recipient, today, now, welcome),
  );
  return { creditAgreement, welcomeLetter };
}
