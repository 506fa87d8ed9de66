import type { IsoDate } from '../calendar/iso-date.js';
import type { Minor } from '../money/minor.js';

/** Every NACHA record is 94 characters; records are grouped in blocks of 10. */
export const NACHA_RECORD_LENGTH = 94;
const BLOCKING_FACTOR = 10;

/**
 * ACH transaction codes for debits to a consumer's account: a live debit, or a zero-dollar
 * prenotification that tests the routing and account number before the first live debit.
 */
export type AchTransactionCode = '27' | '28' | '37' | '38';

/** The lender as originator, and the bank (ODFI) that sends its file to the ACH network. */
export interface AchOriginator {
  /** The ODFI's 9-digit ABA routing number (the file's immediate destination). */
  odfiRoutingNumber: string;
  odfiName: string;
  /** The originator's 10-character company identification (e.g. '1' and its EIN). */
  companyId: string;
  companyName: string;
}

/** One PPD entry: a debit (or prenote) to a consumer's account under their authorization. */
export interface AchEntry {
  transactionCode: AchTransactionCode;
  /** The receiving bank's 9-digit ABA routing number. */
  routingNumber: string;
  accountNumber: string;
  /** Cents; 0 for a prenote. */
  amount: Minor;
  /** Our reference for the authorization (the mandate reference), up to 15 characters. */
  individualId: string;
  individualName: string;
}

export interface NachaFile {
  originator: AchOriginator;
  /** The day the file is created and sent (file creation date). */
  fileDate: IsoDate;
  /** When the debits settle: the batch's effective entry date. */
  effectiveDate: IsoDate;
  /** A–Z then 0–9: tells apart several files sent to the ODFI on one day. */
  fileIdModifier: string;
  /** The batch's entry description shown on the consumer's statement, up to 10 characters. */
  entryDescription: string;
  entries: readonly AchEntry[];
}

/** NACHA alphanumeric fields take upper-case printable ASCII only. */
function alpha(value: string, width: number): string {
  const ascii = value
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toUpperCase();
  return ascii.slice(0, width).padEnd(width, ' ');
}

function numeric(value: number | string, width: number): string {
  const digits = String(value);
  if (!/^\d+$/.test(digits) || digits.length > width) {
    throw new RangeError(`${digits} does not fit a ${String(width)}-digit NACHA field`);
  }
  return digits.padStart(width, '0');
}

/** YYMMDD, as every NACHA date field is written. */
function yymmdd(date: IsoDate): string {
  return date.slice(2).replace(/-/g, '');
}

function record(...fields: string[]): string {
  const line = fields.join('');
  if (line.length !== NACHA_RECORD_LENGTH) {
    throw new Error(`a NACHA record must be 94 characters, got ${String(line.length)}`);
  }
  return line;
}

/**
 * The entry hash of a batch or file (NACHA Operating Rules, Appendix Three): the sum of the first
 * eight digits (the receiving DFI identification) of every entry's routing number, keeping the
 * rightmost ten digits.
 */
export function nachaEntryHash(routingNumbers: readonly string[]): string {
  const sum = routingNumbers.reduce((total, routing) => total + BigInt(routing.slice(0, 8)), 0n);
  return String(sum % 10_000_000_000n).padStart(10, '0');
}

/**
 * Writes a NACHA file of one PPD debit batch (service class 225): file header, batch header, one
 * entry detail per entry with a trace number of the ODFI's identification and a sequence, batch
 * control and file control with counts, entry hash and totals, padded with all-9 records to a
 * whole block of ten. Every record is 94 characters; lines end with '\n'.
 */
export function writeNachaFile(file: NachaFile): string {
  const { originator, entries } = file;
  const odfi = originator.odfiRoutingNumber.slice(0, 8);
  const companyId = alpha(originator.companyId, 10);
  const totalDebits = entries.reduce((sum, entry) => sum + entry.amount, 0);
  const hash = nachaEntryHash(entries.map((entry) => entry.routingNumber));
  const lines = [
    record(
      '1',
      '01',
      ` ${numeric(originator.odfiRoutingNumber, 9)}`,
      companyId,
      yymmdd(file.fileDate),
      '0000',
      alpha(file.fileIdModifier, 1),
      '094',
      '10',
      '1',
      alpha(originator.odfiName, 23),
      alpha(originator.companyName, 23),
      alpha('', 8),
    ),
    record(
      '5',
      '225',
      alpha(originator.companyName, 16),
      alpha('', 20),
      companyId,
      'PPD',
      alpha(file.entryDescription, 10),
      alpha('', 6),
      yymmdd(file.effectiveDate),
      alpha('', 3),
      '1',
      odfi,
      numeric(1, 7),
    ),
    ...entries.map((entry, index) =>
      record(
        '6',
        entry.transactionCode,
        numeric(entry.routingNumber, 9),
        alpha(entry.accountNumber, 17),
        numeric(entry.amount, 10),
        alpha(entry.individualId, 15),
        alpha(entry.individualName, 22),
        alpha('', 2),
        '0',
        `${odfi}${numeric(index + 1, 7)}`,
      ),
    ),
    record(
      '8',
      '225',
      numeric(entries.length, 6),
      hash,
      numeric(totalDebits, 12),
      numeric(0, 12),
      companyId,
      alpha('', 19),
      alpha('', 6),
      odfi,
      numeric(1, 7),
    ),
  ];
  const blocks = Math.ceil((lines.length + 1) / BLOCKING_FACTOR);
  lines.push(
    record(
      '9',
      numeric(1, 6),
      numeric(blocks, 6),
      numeric(entries.length, 8),
      hash,
      numeric(totalDebits, 12),
      numeric(0, 12),
      alpha('', 39),
    ),
  );
  while (lines.length % BLOCKING_FACTOR !== 0) lines.push('9'.repeat(NACHA_RECORD_LENGTH));
  return `${lines.join('\n')}\n`;
}

/** An entry detail record as read back from a file, with its trace number. */
export interface NachaEntryRecord extends AchEntry {
  traceNumber: string;
}

/** The entry detail records (type 6) of a NACHA file, as a receiving bank reads them. */
export function readNachaEntries(content: string): NachaEntryRecord[] {
  return content
    .split('\n')
    .filter((line) => line.startsWith('6') && line.length === NACHA_RECORD_LENGTH)
    .map((line) => ({
      transactionCode: line.slice(1, 3) as AchTransactionCode,
      routingNumber: line.slice(3, 12),
      accountNumber: line.slice(12, 29).trimEnd(),
      amount: Number(line.slice(29, 39)),
      individualId: line.slice(39, 54).trimEnd(),
      individualName: line.slice(54, 76).trimEnd(),
      traceNumber: line.slice(79, 94),
    }));
}

/** True when `content` is a NACHA file (its first record a file header), not a Bacs one. */
export function isNachaFile(content: string): boolean {
  return content.startsWith('101') && content.indexOf('\n') === NACHA_RECORD_LENGTH;
}
