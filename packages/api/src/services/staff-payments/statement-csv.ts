import { createHash } from 'node:crypto';
import { isIsoDate, type IsoDate, type Market, type Minor } from '@marque/domain';
import { parseMoneyInput } from '@marque/schemas';

/** A credit on the lender's bank statement, as read from the bank's CSV export. */
export interface StatementLine {
  /** 1-based line number in the file (the header is line 1), for messages. */
  lineNumber: number;
  receivedOn: IsoDate;
  amount: Minor;
  reference: string;
  bankTransactionId: string | null;
  /** What makes the line the same line in another import: the bank's id, or a hash of the line. */
  dedupeKey: string;
}

export type StatementCsvResult =
  { ok: true; credits: StatementLine[]; debitsSkipped: number } | { ok: false; problems: string[] };

/** Column names banks use, in lower case, for each thing we read. */
const HEADERS = {
  date: ['date', 'transaction date', 'value date', 'posting date'],
  amount: ['amount', 'credit amount', 'value'],
  reference: ['reference', 'description', 'payment reference', 'narrative'],
  transactionId: ['transaction id', 'bank transaction id', 'transaction_id', 'id', 'fitid'],
} as const;

/** Problems listed before the rest are summarised: enough to fix a file, not a wall of text. */
const MAX_PROBLEMS = 10;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** 'YYYY-MM-DD' always; otherwise the market's own order: DD/MM/YYYY in the UK, MM/DD/YYYY in the US. */
function statementDate(text: string, market: Market): IsoDate | null {
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match === null) return null;
  const [, first = '', second = '', year = ''] = match;
  const [day, month] = market === 'US' ? [second, first] : [first, second];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Reads a bank statement CSV: a header row naming date, amount, reference and (ideally) the bank's
 * transaction id, then one transaction a row. Credits are kept; debits (negative amounts) are
 * counted and skipped, as they are not money received. Any unreadable row refuses the whole file,
 * naming the rows, so a file is imported whole or not at all.
 */
export function readStatementCsv(text: string, market: Market): StatementCsvResult {
  const rows = csvRows(text.replace(/^\uFEFF/, '')).filter((row) =>
    row.some((cell) => cell.trim() !== ''),
  );
  const [header, ...body] = rows;
  if (header === undefined) return { ok: false, problems: ['The file has no rows.'] };
  const names = header.map((cell) => cell.trim().toLowerCase());
  const column = (options: readonly string[]) => names.findIndex((name) => options.includes(name));
  const columns = {
    date: column(HEADERS.date),
    amount: column(HEADERS.amount),
    reference: column(HEADERS.reference),
    transactionId: column(HEADERS.transactionId),
  };
  const missing = (['date', 'amount', 'reference'] as const).filter((key) => columns[key] < 0);
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        `The first row must name the columns; we could not find: ${missing.join(', ')}. Expected a header like "Date,Amount,Reference,Transaction ID".`,
      ],
    };
  }
  const problems: string[] = [];
  const credits: StatementLine[] = [];
  const seenInFile = new Map<string, number>();
  let debitsSkipped = 0;
  body.forEach((row, index) => {
    const lineNumber = index + 2;
    const cell = (at: number) => (at < 0 ? '' : (row[at] ?? '').trim());
    const receivedOn = statementDate(cell(columns.date), market);
    const amountText = cell(columns.amount);
    const negative = /^-|^\(.*\)$/.test(amountText);
    const amount = parseMoneyInput(amountText.replace(/^-|^\(|\)$/g, '').replace(/^[£$]/, ''));
    const reference = cell(columns.reference).slice(0, 140);
    const transactionId = cell(columns.transactionId).slice(0, 64);
    if (receivedOn === null) problems.push(`Row ${lineNumber}: the date is not a date.`);
    if (amount === null) problems.push(`Row ${lineNumber}: the amount is not an amount.`);
    if (receivedOn === null || amount === null) return;
    if (negative || amount === 0) {
      debitsSkipped += 1;
      return;
    }
    // Two identical rows without a bank id are two payments: the nth copy hashes apart.
    const fingerprint = `${receivedOn}|${amount}|${reference}`;
    const copy = (seenInFile.get(fingerprint) ?? 0) + 1;
    seenInFile.set(fingerprint, copy);
    const dedupeKey =
      transactionId !== ''
        ? `txn:${transactionId}`
        : `line:${createHash('sha256').update(`${fingerprint}|${copy}`).digest('hex')}`;
    credits.push({
      lineNumber,
      receivedOn,
      amount,
      reference,
      bankTransactionId: transactionId === '' ? null : transactionId,
      dedupeKey,
    });
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) {
      shown.push(`…and ${problems.length - MAX_PROBLEMS} more rows like these.`);
    }
    return { ok: false, problems: shown };
  }
  return { ok: true, credits, debitsSkipped };
}
