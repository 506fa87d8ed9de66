import type { IsoDate } from '@marque/domain';
import type { Brand } from '../../brand/brand.js';
import type { AgreementRecord } from '../agreements/agreement-queries.js';
import type { MailBrand } from '../mail/compose-mail.js';
import { customerContact, sendNotification } from '../notifications/notify-customer.js';
import { channelsFor } from '../notifications/preferences.js';
import { instant } from '../time/instant.js';
import { annualStatementFigures } from './annual-statement-figures.js';
import type { StatementDeps } from './document-deps.js';
import type { DocumentRecipient } from './document-recipient.js';
import { issueDocument, type IssuedDocument } from './document-store.js';
import {
  annualStatementTitle,
  renderAnnualStatement,
  renderStatement,
  statementTitle,
} from './pdf/statement-pdf.js';
import { statementFigures, type StatementEntry } from './statement-figures.js';
import { completesAgreementYear, type StatementPeriod } from './statement-period.js';
import { statementReadyNotification } from './statement-ready-notification.js';

/** What every statement of one run shares. */
export interface StatementBatch {
  deps: StatementDeps;
  brand: Brand;
  mailBrand: MailBrand;
  period: StatementPeriod;
  issuedOn: IsoDate;
}

export interface AgreementStatements {
  statement: IssuedDocument;
  annualStatement: IssuedDocument | null;
  /** Whether the customer was told, by a channel they chose, that it is ready. */
  notified: boolean;
}

/**
 * The s.77A annual statement is owed for fixed-sum credit under the Consumer Credit Act 1974: HP and
 * PCP in the UK market, not a lease (hire) and not a US agreement.
 */
function owesAnnualStatement(batch: StatementBatch, record: AgreementRecord): boolean {
  return (
    batch.deps.config.market === 'UK' &&
    record.agreement.type !== 'LEASE' &&
    completesAgreementYear(batch.period, record.agreement.startDate)
  );
}

/**
 * Issues an agreement's statement for the period (and the annual statement in the month that
 * completes a year), each once per agreement and period, then tells a paperless customer on the
 * channels they chose for statements. Telling is recorded on the documents first, so it happens once.
 */
export async function issueStatements(
  batch: StatementBatch,
  record: AgreementRecord,
  periodEntries: readonly StatementEntry[],
  recipient: DocumentRecipient,
): Promise<AgreementStatements> {
  const { deps, brand, period } = batch;
  const agreementId = record.row.id;
  const input = {
    brand,
    recipient,
    agreement: record.row,
    issuedOn: batch.issuedOn,
    createdAt: deps.clock(),
  };
  const statement = await issueDocument(
    deps,
    {
      recipient,
      agreementId,
      kind: 'statement',
      title: statementTitle(period, brand.locale),
      period,
      sourceKey: `statement:${agreementId}:${period}`,
    },
    () => renderStatement(input, statementFigures(record, periodEntries, period)),
  );
  const annualStatement = owesAnnualStatement(batch, record)
    ? await issueDocument(
        deps,
        {
          recipient,
          agreementId,
          kind: 'annual_statement',
          title: annualStatementTitle(period, brand.locale),
          period,
          sourceKey: `annual_statement:${agreementId}:${period}`,
        },
        () => renderAnnualStatement(input, period, annualStatementFigures(record, period)),
      )
    : null;
  const unannounced = [statement, annualStatement]
    .filter((issued): issued is IssuedDocument => issued !== null)
    .map((issued) => issued.document)
    .filter((document) => document.delivery === 'online' && document.notified_at === null);
  if (unannounced.length === 0) return { statement, annualStatement, notified: false };
  // Claimed before sending, as the reminders are: two instances running the same month (or a
  // resumed run) tell the customer once.
  const claimed = await deps.db
    .updateTable('documents')
    .set({ notified_at: instant(deps.clock()) })
    .where(
      'id',
      'in',
      unannounced.map((document) => document.id),
    )
    .where('notified_at', 'is', null)
    .returning('id')
    .execute();
  const claimedIds = new Set(claimed.map((document) => document.id));
  const titles = unannounced
    .filter((document) => claimedIds.has(document.id))
    .map((document) => document.title);
  if (titles.length === 0) return { statement, annualStatement, notified: false };
  // The customer's notification choices for statements decide how they hear: e-mail, text, both or neither.
  const channels = await channelsFor(deps.db, recipient.customerId, 'statements');
  if (channels.length > 0) {
    const notification = statementReadyNotification(batch.mailBrand, titles);
    const contact = await customerContact(deps.db, recipient.customerId);
    for (const channel of channels) await sendNotification(deps, channel, contact, notification);
  }
  return { statement, annualStatement, notified: channels.length > 0 };
}
