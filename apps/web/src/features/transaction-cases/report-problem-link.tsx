import type { TransactionEntryType } from '@marque/schemas';
import { Link } from 'react-router';
import './transaction-cases.css';

/** Where "Report a problem" leads for one ledger entry or payment. */
export function reportProblemPath(entryType: TransactionEntryType, entryId: string): string {
  return `/report-a-problem/${entryType}/${encodeURIComponent(entryId)}`;
}

export interface ReportProblemLinkProps {
  entryType: TransactionEntryType;
  entryId: string;
  /** Names the entry for screen readers, e.g. "the payment of £250.00 on 1 Nov 2026". */
  entryName: string;
}

/** "Report a problem" beside a ledger entry or payment: one click to the report form. */
export function ReportProblemLink({ entryType, entryId, entryName }: ReportProblemLinkProps) {
  return (
    <Link className="report-problem-link" to={reportProblemPath(entryType, entryId)}>
      Report a problem<span className="mq-visually-hidden"> with {entryName}</span>
    </Link>
  );
}
