import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transaction } from './agreement-api-types.js';
import { decimalAmount, transactionsCsv, transactionsFileName } from './transactions-csv.js';

const payment: Transaction = {
  id: 't1',
  date: '2026-10-01',
  kind: 'payment_received',
  amount: 34_567,
  side: 'credit',
  description: 'Direct Debit payment received',
  reference: 'DD-0001',
};

const due: Transaction = {
  id: 't2',
  date: '2026-09-30',
  kind: 'installment_due',
  amount: 34_567,
  side: 'debit',
  description: 'Monthly payment (3 of 48)',
  reference: null,
};

function lines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').split('\r\n');
}

describe('decimalAmount', () => {
  it('writes minor units as a decimal with two places', () => {
    expect(decimalAmount(123_456)).toBe('1234.56');
    expect(decimalAmount(5)).toBe('0.05');
    expect(decimalAmount(0)).toBe('0.00');
    expect(decimalAmount(-1_050)).toBe('-10.50');
  });

  it('reads back as exactly the same number of minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amount) => {
        const [whole = '', fraction = ''] = decimalAmount(amount).replace('-', '').split('.');
        const magnitude = Number(whole) * 100 + Number(fraction);
        expect(amount < 0 ? -magnitude : magnitude).toBe(amount);
        expect(fraction).toHaveLength(2);
      }),
    );
  });
});

describe('transactionsCsv', () => {
  it('starts with a byte-order mark and a header, and ends every line with CRLF', () => {
    const csv = transactionsCsv([payment], 'GBP');
    expect(csv.startsWith('\uFEFFDate,Description,Reference,Debit,Credit,Currency\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('puts a payment in the credit column and a charge in the debit column, as decimals', () => {
    expect(lines(transactionsCsv([payment, due], 'GBP')).slice(1, 3)).toEqual([
      '2026-10-01,Direct Debit payment received,DD-0001,,345.67,GBP',
      '2026-09-30,Monthly payment (3 of 48),,345.67,,GBP',
    ]);
  });

  it('quotes a field with a comma, a quote or a line break and doubles its quotes', () => {
    const awkward = { ...payment, description: 'Refund, "goodwill"\nsee letter' };
    expect(lines(transactionsCsv([awkward], 'GBP'))[1]).toBe(
      '2026-10-01,"Refund, ""goodwill""\nsee letter",DD-0001,,345.67,GBP',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const formula = { ...payment, description: '=HYPERLINK("http://x")', reference: '+1' };
    expect(lines(transactionsCsv([formula], 'USD'))[1]).toBe(
      `2026-10-01,"'=HYPERLINK(""http://x"")",'+1,,345.67,USD`,
    );
  });

  it('gives every row as many fields as the header, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: null }), (description, reference) => {
        const csv = transactionsCsv([{ ...due, description, reference }], 'GBP');
        expect(parseCsv(csv.replace(/^\uFEFF/, ''))).toEqual([
          ['Date', 'Description', 'Reference', 'Debit', 'Credit', 'Currency'],
          [
            '2026-09-30',
            /^[=+\-@\t\r]/.test(description) ? `'${description}` : description,
            reference !== null && /^[=+\-@\t\r]/.test(reference)
              ? `'${reference}`
              : (reference ?? ''),
            '345.67',
            '',
            'GBP',
          ],
        ]);
      }),
    );
  });
});

describe('transactionsFileName', () => {
  it('names the file after the agreement, keeping only safe characters', () => {
    expect(transactionsFileName('MQ20240101')).toBe('MQ20240101-transactions.csv');
    expect(transactionsFileName('../MQ 1/2')).toBe('MQ12-transactions.csv');
  });
});

/** A strict RFC 4180 reader, independent of the writer, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}
