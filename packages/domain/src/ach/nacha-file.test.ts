import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAbaRoutingNumber } from '../payments/aba-routing-number.js';
import {
  isNachaFile,
  nachaEntryHash,
  readNachaEntries,
  writeNachaFile,
  type AchEntry,
  type NachaFile,
} from './nacha-file.js';

const originator = {
  odfiRoutingNumber: '011000015',
  odfiName: 'Federal Reserve Bank',
  companyId: '1123456789',
  companyName: 'Marque Motor Finance',
};

function entry(overrides: Partial<AchEntry> = {}): AchEntry {
  return {
    transactionCode: '27',
    routingNumber: '021000021',
    accountNumber: '12345678901',
    amount: 45_678,
    individualId: 'MQDD00000001',
    individualName: 'José Álvarez',
    ...overrides,
  };
}

function file(entries: AchEntry[]): NachaFile {
  return {
    originator,
    fileDate: '2026-03-12',
    effectiveDate: '2026-03-13',
    fileIdModifier: 'A',
    entryDescription: 'AUTOPAY',
    entries,
  };
}

describe('writeNachaFile', () => {
  const entries = [entry(), entry({ routingNumber: '111000025', amount: 10_000 })];
  const lines = writeNachaFile(file(entries)).trimEnd().split('\n');

  it('writes 94-character records in whole blocks of ten, padded with 9s', () => {
    expect(lines.every((line) => line.length === 94)).toBe(true);
    expect(lines).toHaveLength(10);
    expect(lines.map((line) => line[0]).join('')).toBe('1566899999');
    expect(lines.at(-1)).toBe('9'.repeat(94));
  });

  it('writes the file header: destination routing, origin, date and the fixed format fields', () => {
    const header = lines[0] ?? '';
    expect(header.slice(0, 3)).toBe('101');
    expect(header.slice(3, 13)).toBe(' 011000015');
    expect(header.slice(13, 23)).toBe('1123456789');
    expect(header.slice(23, 29)).toBe('260312');
    expect(header.slice(33, 40)).toBe('A094101');
    expect(header.slice(63, 86)).toBe('MARQUE MOTOR FINANCE   ');
  });

  it('writes a PPD debit batch effective on the settlement day', () => {
    const batch = lines[1] ?? '';
    expect(batch.slice(0, 4)).toBe('5225');
    expect(batch.slice(50, 53)).toBe('PPD');
    expect(batch.slice(53, 63)).toBe('AUTOPAY   ');
    expect(batch.slice(69, 75)).toBe('260313');
    expect(batch.slice(79, 87)).toBe('01100001');
  });

  it('writes each entry with its routing number, account, cents, name in plain capitals and trace number', () => {
    const first = lines[2] ?? '';
    expect(first.slice(0, 3)).toBe('627');
    expect(first.slice(3, 12)).toBe('021000021');
    expect(first.slice(12, 29)).toBe('12345678901      ');
    expect(first.slice(29, 39)).toBe('0000045678');
    expect(first.slice(54, 76)).toBe('JOSE ALVAREZ          ');
    expect(first.slice(79, 94)).toBe('011000010000001');
    expect((lines[3] ?? '').slice(79, 94)).toBe('011000010000002');
  });

  it('closes the batch and the file with counts, entry hash and debit total', () => {
    const control = lines[4] ?? '';
    expect(control.slice(0, 4)).toBe('8225');
    expect(control.slice(4, 10)).toBe('000002');
    expect(control.slice(10, 20)).toBe('0013200004');
    expect(control.slice(20, 32)).toBe('000000055678');
    expect(control.slice(32, 44)).toBe('000000000000');
    const fileControl = lines[5] ?? '';
    expect(fileControl.slice(0, 21)).toBe('900000100000100000002');
    expect(fileControl.slice(21, 31)).toBe('0013200004');
    expect(fileControl.slice(31, 43)).toBe('000000055678');
  });

  it('refuses an amount too large for its field rather than write a wrong file', () => {
    expect(() => writeNachaFile(file([entry({ amount: 10_000_000_000 })]))).toThrow(RangeError);
  });
});

describe('nachaEntryHash', () => {
  it('sums the receiving banks’ 8-digit identifications and keeps the rightmost ten digits', () => {
    expect(nachaEntryHash(['021000021', '111000025'])).toBe('0013200004');
    expect(nachaEntryHash(Array(200).fill('999999999'))).toBe('9999999800');
  });
});

describe('readNachaEntries', () => {
  it('reads back every entry written, with its trace number', () => {
    const routing = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
      .map((digits) => {
        for (let check = 0; check <= 9; check += 1) {
          const candidate = `${digits.join('')}${String(check)}`;
          if (validateAbaRoutingNumber(candidate)) return candidate;
        }
        return '011000015';
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            routingNumber: routing,
            accountNumber: fc.stringMatching(/^\d{4,17}$/),
            amount: fc.integer({ min: 0, max: 99_999_999 }),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        (rows) => {
          const written = rows.map((row) => entry(row));
          const content = writeNachaFile(file(written));
          expect(isNachaFile(content)).toBe(true);
          const read = readNachaEntries(content);
          expect(read.map(({ traceNumber: _, ...rest }) => rest)).toEqual(
            written.map((row) => ({ ...row, individualName: 'JOSE ALVAREZ' })),
          );
          expect(content.trimEnd().split('\n').length % 10).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });
});
