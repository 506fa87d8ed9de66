import type { Currency, Minor } from '@marque/domain';
import type { Transaction } from './agreement-api-types.js';

const COLUMNS = ['Date', 'Description', 'Reference', 'Debit', 'Credit', 'Currency'] as const;

// A spreadsheet runs a cell starting with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Free text from the ledger, defused so a spreadsheet shows it rather than evaluates it. */
function csvText(value: string): string {
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

/** Minor units as a plain decimal of the major unit (12345 → "123.45"), by integer arithmetic, never a float. */
export function decimalAmount(amount: Minor): string {
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  const pence = String(magnitude % 100).padStart(2, '0');
  return `${sign}${String(Math.trunc(magnitude / 100))}.${pence}`;
}

/**
 * The agreement's transactions as an RFC 4180 CSV file: CRLF line ends, a UTF-8 byte-order mark so
 * spreadsheets read "£" correctly, debits and credits in their own columns as decimals.
 */
export function transactionsCsv(transactions: readonly Transaction[], currency: Currency): string {
  const rows = transactions.map((transaction) => [
    transaction.date,
    csvText(transaction.description),
    csvText(transaction.reference ?? ''),
    transaction.side === 'debit' ? decimalAmount(transaction.amount) : '',
    transaction.side === 'credit' ? decimalAmount(transaction.amount) : '',
    currency,
  ]);
  return `\uFEFF${[COLUMNS, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** The file name a download of an agreement's transactions is saved under. */
export function transactionsFileName(agreementNumber: string): string {
  return `${agreementNumber.replace(/[^A-Za-z0-9-]/g, '')}-transactions.csv`;
}
