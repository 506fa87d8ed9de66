import { runStatements } from '../jobs/statement-run.js';
import { businessDate } from '../services/agreements/business-date.js';
import { generateAgreementDocuments } from '../services/documents/agreement-documents.js';
import type { StatementDeps } from '../services/documents/document-deps.js';
import { previousPeriod } from '../services/documents/statement-period.js';

/**
 * The documents a freshly seeded demo shows: every agreement's credit agreement and welcome letter,
 * and last month's statements (as the monthly run would have made them).
 */
export async function seedDemoDocuments(deps: StatementDeps): Promise<void> {
  const agreements = await deps.db.selectFrom('agreements').select('id').orderBy('id').execute();
  for (const { id } of agreements) await generateAgreementDocuments(deps, id);
  await runStatements(deps, {
    period: previousPeriod(businessDate(deps.clock(), deps.config.market)),
  });
}
