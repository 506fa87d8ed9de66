import type { AuditEntry } from './audit-search.js';

const COLUMNS = [
  'at',
  'event',
  'description',
  'actor_type',
  'actor_id',
  'actor_name',
  'customer_id',
  'account_id',
  'ip',
  'details',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a spreadsheet
 * would run as a formula (starting =, +, -, @, tab or carriage return) gets a leading apostrophe,
 * because audit text comes partly from attackers, e.g. a username typed at sign-in (OWASP CSV
 * injection).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The audit entries as CSV text with a header row, lines ended CRLF as RFC 4180 asks. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const entry of entries) {
    lines.push(
      [
        entry.at,
        entry.event,
        entry.description,
        entry.actorType,
        entry.actorId,
        entry.actorName,
        entry.customerId,
        entry.accountId,
        entry.ip,
        Object.keys(entry.details).length === 0 ? null : JSON.stringify(entry.details),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
