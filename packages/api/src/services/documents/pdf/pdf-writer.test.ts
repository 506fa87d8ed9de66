import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND } from '../../../brand/brand.js';
import { readPdfText } from '../../../test/pdf-text.js';
import { PdfWriter } from './pdf-writer.js';

function writer(): PdfWriter {
  return new PdfWriter({
    brand: DEFAULT_BRAND,
    title: 'Statement for October 2026',
    subject: 'A test',
    createdAt: new Date('2026-11-01T06:00:00.000Z'),
  });
}

describe('PdfWriter', () => {
  it('writes searchable text with the title, language and brand, and a checksum of the bytes', async () => {
    const pdf = await writer().paragraph('Balance £1,234.56').finish();
    expect(pdf.content.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.size).toBe(pdf.content.length);
    expect(pdf.checksum).toMatch(/^[0-9a-f]{64}$/);
    const read = await readPdfText(pdf.content);
    expect(read).toMatchObject({
      title: 'Statement for October 2026',
      language: 'en-GB',
      pages: 1,
    });
    expect(read.text).toContain('Marque Motor Finance');
    expect(read.text).toContain('Balance £1,234.56');
    expect(read.text).toContain('Page 1 of 1');
    expect(read.text).toContain(DEFAULT_BRAND.support.phone);
    // A tagged PDF: the structure tree a screen reader follows.
    expect(pdf.content.toString('latin1')).toContain('/StructTreeRoot');
  });

  it('carries a long table onto new pages with its header row repeated, numbering every page', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`Row ${String(index + 1)}`, '£10.00']);
    const pdf = await writer()
      .table(
        [
          { header: 'Description', width: 0.7 },
          { header: 'Amount', width: 0.3, align: 'right' },
        ],
        rows,
      )
      .finish();
    const read = await readPdfText(pdf.content);
    expect(read.pages).toBeGreaterThan(2);
    expect(read.text.match(/Description Amount/g)).toHaveLength(read.pages);
    expect(read.text).toContain(`Page ${String(read.pages)} of ${String(read.pages)}`);
    expect(read.text).toContain('Row 120 £10.00');
  });

  it('is the same document every time for the same content and date', async () => {
    const first = await writer().paragraph('Same').finish();
    const second = await writer().paragraph('Same').finish();
    expect(first.checksum).toBe(second.checksum);
  });
});
