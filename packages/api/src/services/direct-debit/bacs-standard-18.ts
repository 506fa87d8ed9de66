import { createHash } from 'node:crypto';
import { dateParts, daysBetween, isoDate, type IsoDate, type Minor } from '@marque/domain';

/**
 * Bacs Standard 18, as far as the public Bacs documentation describes it, one record per line:
 *
 * Labels (Bacs defines them as 80 characters; padded here with spaces to the 100 of every record):
 *   VOL1  1–4 'VOL1', 5–10 volume serial, 11 accessibility ' ', 12–41 spaces,
 *         42–47 service user number (SUN), 48–79 spaces, 80 label standard '1'
 *   HDR1  1–4 'HDR1', 5–21 file id 'A' + SUN + 'S  ' + SUN, 22–27 volume serial, 28–31 section '0001',
 *         32–35 sequence '0001', 36–41 generation/version spaces, 42–47 creation date ' yyddd',
 *         48–53 expiry date ' yyddd' (31 December), 54–80 spaces
 *   HDR2  1–4 'HDR2', 5 record format 'F', 6–10 block length '02000', 11–15 record length '00100',
 *         16–80 spaces
 *   UHL1  1–4 'UHL1', 5–10 processing day ' yyddd', 11–20 receiving party '999999    ',
 *         21–22 currency '00', 23–28 country '000000', 29–37 work code '1 DAILY  ',
 *         38–40 file number '001', 41–80 spaces
 * Data records (exactly 100 characters):
 *   1–6 destination sort code, 7–14 destination account number, 15 account type '0',
 *   16–17 transaction code (17 collection, 01 first collection, 18 re-presentation,
 *   0N new instruction, 0C cancelled instruction, 99 contra credit), 18–23 originating sort code,
 *   24–31 originating account number, 32–35 free format (spaces), 36–46 amount in pence (11 digits,
 *   zero for instructions), 47–64 service user's name, 65–82 service user's reference (the mandate
 *   reference), 83–100 destination account name. Letters are upper case; only A–Z 0–9 . - / & and
 *   space are allowed, anything else becomes a space.
 * Trailers: EOF1 and EOF2 repeat HDR1 and HDR2 with 'EOF'; UTL1 1–4 'UTL1', 5–17 debit value total,
 *   18–30 credit value total (the contra), 31–37 debit item count, 38–43 credit item count,
 *   44–51 spaces, 52–58 instruction (0N/0C) count, 59–100 spaces.
 */
export const RECORD_LENGTH = 100;

export type BacsTransactionCode = '17' | '01' | '18' | '0N' | '0C' | '99';

/** One item in the file: a collection (17, 01, 18) or an instruction (0N, 0C). */
export interface BacsItem {
  transactionCode: Exclude<BacsTransactionCode, '99'>;
  sortCode: string;
  accountNumber: string;
  accountName: string;
  /** Pence; 0 for instructions. */
  amount: Minor;
  reference: string;
}

/** The lender as the originator (service user) of Direct Debits. */
export interface ServiceUser {
  serviceUserNumber: string;
  name: string;
  sortCode: string;
  accountNumber: string;
}

export interface BacsFile {
  serviceUser: ServiceUser;
  /** The Bacs input day (day 1 of the cycle). */
  processingDate: IsoDate;
  /** Six characters identifying this submission. */
  volumeSerial: string;
  items: readonly BacsItem[];
}

export class BacsFileError extends Error {
  override readonly name = 'BacsFileError';
}

const COLLECTION_CODES: ReadonlySet<string> = new Set(['17', '01', '18']);

function alpha(text: string, width: number): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9./&\- ]/g, ' ')
    .slice(0, width)
    .padEnd(width, ' ');
}

function digits(value: string | number, width: number, label: string): string {
  const text = String(value);
  if (!/^\d+$/.test(text) || text.length > width) {
    throw new BacsFileError(`${label} must be at most ${width} digits, got "${text}"`);
  }
  return text.padStart(width, '0');
}

function record(...fields: string[]): string {
  const line = fields.join('');
  if (line.length > RECORD_LENGTH) throw new BacsFileError(`record longer than 100: ${line}`);
  return line.padEnd(RECORD_LENGTH, ' ');
}

/** Bacs writes dates as a space and the two-digit year and day of the year: ' yyddd'. */
export function bacsJulianDate(date: IsoDate): string {
  const { year } = dateParts(date);
  const dayOfYear = daysBetween(isoDate(year, 1, 1), date) + 1;
  return ` ${String(year % 100).padStart(2, '0')}${String(dayOfYear).padStart(3, '0')}`;
}

function dataRecord(
  user: ServiceUser,
  item: Pick<BacsItem, 'sortCode' | 'accountNumber' | 'accountName' | 'amount' | 'reference'> & {
    transactionCode: BacsTransactionCode;
  },
): string {
  return record(
    digits(item.sortCode, 6, 'sort code'),
    digits(item.accountNumber, 8, 'account number'),
    '0',
    item.transactionCode,
    digits(user.sortCode, 6, 'originating sort code'),
    digits(user.accountNumber, 8, 'originating account number'),
    '    ',
    digits(item.amount, 11, 'amount'),
    alpha(user.name, 18),
    alpha(item.reference, 18),
    alpha(item.accountName, 18),
  );
}

/** The Bacs Standard 18 submission for `file`: labels, data records, a contra and the totals. */
export function writeBacsFile(file: BacsFile): string {
  const { serviceUser: user, processingDate } = file;
  const sun = digits(user.serviceUserNumber, 6, 'service user number');
  const serial = alpha(file.volumeSerial, 6);
  const created = bacsJulianDate(processingDate);
  const header = (kind: 'HDR' | 'EOF'): string[] => [
    record(
      `${kind}1`,
      `A${sun}S  ${sun}`,
      serial,
      '0001',
      '0001',
      '      ',
      created,
      bacsJulianDate(isoDate(dateParts(processingDate).year, 12, 31)),
    ),
    record(`${kind}2`, 'F', '02000', '00100'),
  ];
  const collections = file.items.filter((item) => COLLECTION_CODES.has(item.transactionCode));
  const instructions = file.items.length - collections.length;
  const debitTotal = collections.reduce((sum, item) => sum + item.amount, 0);
  const contra =
    collections.length === 0
      ? []
      : [
          dataRecord(user, {
            transactionCode: '99',
            sortCode: user.sortCode,
            accountNumber: user.accountNumber,
            accountName: user.name,
            amount: debitTotal,
            reference: 'CONTRA',
          }),
        ];
  return [
    record('VOL1', serial, ' ', ' '.repeat(30), sun, ' '.repeat(32), '1'),
    ...header('HDR'),
    record('UHL1', created, '999999    ', '00', '000000', '1 DAILY  ', '001'),
    ...file.items.map((item) => dataRecord(user, item)),
    ...contra,
    ...header('EOF'),
    record(
      'UTL1',
      digits(debitTotal, 13, 'debit total'),
      digits(debitTotal, 13, 'credit total'),
      digits(collections.length, 7, 'debit count'),
      digits(contra.length, 6, 'credit count'),
      ' '.repeat(8),
      digits(instructions, 7, 'instruction count'),
    ),
  ]
    .map((line) => `${line}\n`)
    .join('');
}

/** A data record read back from a Standard 18 file (what the paying side sees of each item). */
export interface BacsDataRecord {
  transactionCode: BacsTransactionCode;
  sortCode: string;
  accountNumber: string;
  amount: Minor;
  reference: string;
  accountName: string;
}

const LABELS = /^(VOL1|HDR1|HDR2|UHL1|EOF1|EOF2|UTL1)/;

/** The data records of a Standard 18 file, contra records left out; refuses a malformed line. */
export function readBacsDataRecords(content: string): BacsDataRecord[] {
  const records: BacsDataRecord[] = [];
  for (const line of content.split('\n')) {
    if (line === '' || LABELS.test(line)) continue;
    if (line.length !== RECORD_LENGTH) throw new BacsFileError('a record is not 100 characters');
    const code = line.slice(15, 17);
    if (code === '99') continue;
    if (!['17', '01', '18', '0N', '0C'].includes(code) || !/^\d{11}$/.test(line.slice(35, 46))) {
      throw new BacsFileError(`unreadable data record: ${line}`);
    }
    records.push({
      transactionCode: code as BacsTransactionCode,
      sortCode: line.slice(0, 6),
      accountNumber: line.slice(6, 14),
      amount: Number(line.slice(35, 46)),
      reference: line.slice(64, 82).trimEnd(),
      accountName: line.slice(82, 100).trimEnd(),
    });
  }
  return records;
}

/** SHA-256 hex of a submission, stored with it so a later copy can be checked against it. */
export function bacsFileChecksum(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
