import { describe, expect, it } from 'vitest';
import {
  bacsFileChecksum,
  bacsJulianDate,
  BacsFileError,
  readBacsDataRecords,
  writeBacsFile,
  type BacsFile,
} from './bacs-standard-18.js';

const FILE: BacsFile = {
  serviceUser: {
    serviceUserNumber: '123456',
    name: 'Marque Motor Finance',
    sortCode: '401276',
    accountNumber: '41012345',
  },
  processingDate: '2026-04-01',
  volumeSerial: 'R00001',
  items: [
    {
      transactionCode: '0N',
      sortCode: '089999',
      accountNumber: '66374958',
      accountName: 'Ann Example',
      amount: 0,
      reference: 'MQ20240104-01',
    },
    {
      transactionCode: '17',
      sortCode: '200000',
      accountNumber: '55779911',
      accountName: "Bob O'Brien-Smith",
      amount: 28_931,
      reference: 'MQ20240105-01',
    },
  ],
};

const pad = (text: string): string => text.padEnd(100, ' ');

describe('writeBacsFile', () => {
  it('writes labels, data records, the contra and the trailer byte for byte', () => {
    const expected = [
      pad(`VOL1R00001 ${' '.repeat(30)}123456${' '.repeat(32)}1`),
      pad('HDR1A123456S  123456R0000100010001       26091 26365'),
      pad('HDR2F0200000100'),
      pad('UHL1 26091999999    000000001 DAILY  001'),
      '089999663749580' +
        '0N' +
        '40127641012345' +
        '    ' +
        '00000000000' +
        'MARQUE MOTOR FINAN' +
        'MQ20240104-01     ' +
        'ANN EXAMPLE       ',
      '200000557799110' +
        '17' +
        '40127641012345' +
        '    ' +
        '00000028931' +
        'MARQUE MOTOR FINAN' +
        'MQ20240105-01     ' +
        'BOB O BRIEN-SMITH ',
      '401276410123450' +
        '99' +
        '40127641012345' +
        '    ' +
        '00000028931' +
        'MARQUE MOTOR FINAN' +
        'CONTRA            ' +
        'MARQUE MOTOR FINAN',
      pad('EOF1A123456S  123456R0000100010001       26091 26365'),
      pad('EOF2F0200000100'),
      pad(`UTL1000000002893100000000289310000001000001${' '.repeat(8)}0000001`),
    ];
    expect(writeBacsFile(FILE)).toBe(expected.map((line) => `${line}\n`).join(''));
  });

  it('makes every record exactly 100 characters', () => {
    for (const line of writeBacsFile(FILE).split('\n').filter(Boolean)) {
      expect(line).toHaveLength(100);
    }
  });

  it('writes no contra and zero totals when the file only lodges instructions', () => {
    const text = writeBacsFile({ ...FILE, items: FILE.items.slice(0, 1) });
    expect(text).not.toContain('CONTRA');
    expect(text).toContain(`UTL1${'0'.repeat(39)}${' '.repeat(8)}0000001`);
  });

  it('refuses an amount that does not fit 11 digits and a malformed account number', () => {
    const [first] = FILE.items;
    if (first === undefined) throw new Error('fixture');
    expect(() =>
      writeBacsFile({ ...FILE, items: [{ ...first, transactionCode: '17', amount: 1e11 }] }),
    ).toThrow(BacsFileError);
    expect(() => writeBacsFile({ ...FILE, items: [{ ...first, accountNumber: '12-34' }] })).toThrow(
      BacsFileError,
    );
  });
});

describe('readBacsDataRecords', () => {
  it('reads back every item but the contra', () => {
    expect(readBacsDataRecords(writeBacsFile(FILE))).toEqual([
      {
        transactionCode: '0N',
        sortCode: '089999',
        accountNumber: '66374958',
        amount: 0,
        reference: 'MQ20240104-01',
        accountName: 'ANN EXAMPLE',
      },
      {
        transactionCode: '17',
        sortCode: '200000',
        accountNumber: '55779911',
        amount: 28_931,
        reference: 'MQ20240105-01',
        accountName: 'BOB O BRIEN-SMITH',
      },
    ]);
  });

  it('refuses a record of the wrong length', () => {
    expect(() => readBacsDataRecords('0899996637495800N\n')).toThrow(BacsFileError);
  });
});

describe('bacsJulianDate and the checksum', () => {
  it('counts the day of the year, 366 in a leap year', () => {
    expect(bacsJulianDate('2026-01-01')).toBe(' 26001');
    expect(bacsJulianDate('2028-12-31')).toBe(' 28366');
  });

  it('fingerprints the content with SHA-256', () => {
    expect(bacsFileChecksum('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
