/** What one statement run did, stored with the run and printed by `npm run statements`. */
export interface StatementRunCounts {
  agreements: number;
  statements: number;
  annualStatements: number;
  /** Statements found already issued (a resumed or repeated run). */
  alreadyIssued: number;
  /** Paperless customers told a statement is ready (by e-mail, text or both, as they chose). */
  notified: number;
  queuedForPrint: number;
}

/** A run that has done nothing yet. */
export function emptyStatementCounts(): StatementRunCounts {
  return {
    agreements: 0,
    statements: 0,
    annualStatements: 0,
    alreadyIssued: 0,
    notified: 0,
    queuedForPrint: 0,
  };
}

/** Counts of a resumed run: what the stopped attempt recorded plus what this one did. */
export function addStatementCounts(
  a: StatementRunCounts,
  b: StatementRunCounts,
): StatementRunCounts {
  const sum = emptyStatementCounts();
  for (const key of Object.keys(sum) as (keyof StatementRunCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}
