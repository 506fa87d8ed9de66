import type { Context } from '../../trpc/context.js';
import { auditCsv } from './audit-csv.js';
import {
  ALL_AUDIT_EVENT_DESCRIPTIONS,
  searchAudit,
  type AuditEntry,
  type AuditFilter,
} from './audit-search.js';
import { auditStaffAction, type StaffActor } from './staff-audit.js';

type StaffContext = Context & { staff: StaffActor };

/** The most rows one export holds; a wider search must be narrowed (by dates) and exported in parts. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

/** A page of the audit log, and the cursor of the next page (null on the last). */
export async function auditLogPage(
  ctx: StaffContext,
  input: { filter: AuditFilter; page: { before?: number | undefined; limit: number } },
): Promise<{ entries: AuditEntry[]; nextCursor: number | null }> {
  // One more than asked tells whether another page follows without counting the whole log.
  const rows = await searchAudit(ctx.deps.db, input.filter, {
    before: input.page.before,
    limit: input.page.limit + 1,
  });
  const entries = rows.slice(0, input.page.limit);
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > input.page.limit && last ? last.seq : null };
}

/** The event names the filter offers, with their wording, in name order. */
export function auditEventTypes(): { event: string; description: string }[] {
  return Object.entries(ALL_AUDIT_EVENT_DESCRIPTIONS)
    .map(([event, description]) => ({ event, description }))
    .sort((a, b) => a.event.localeCompare(b.event));
}

/**
 * The filtered audit log as CSV (newest first, at most AUDIT_EXPORT_MAX_ROWS rows). Exporting is
 * itself audited, with the filter used: the log leaving the system is an event worth knowing.
 */
export async function exportAuditCsv(
  ctx: StaffContext,
  filter: AuditFilter,
): Promise<{ filename: string; csv: string; rows: number; truncated: boolean }> {
  const rows = await searchAudit(ctx.deps.db, filter, { limit: AUDIT_EXPORT_MAX_ROWS + 1 });
  const entries = rows.slice(0, AUDIT_EXPORT_MAX_ROWS);
  const truncated = rows.length > AUDIT_EXPORT_MAX_ROWS;
  await auditStaffAction(ctx, {
    event: 'audit.exported',
    details: {
      rows: entries.length,
      truncated,
      actor: filter.actor ?? null,
      customerId: filter.customerId ?? null,
      event: filter.event ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    },
  });
  const stamp = ctx.deps.clock().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return {
    filename: `audit-log-${stamp}.csv`,
    csv: auditCsv(entries),
    rows: entries.length,
    truncated,
  };
}
