import { describe, expect, it } from 'vitest';
import { documentDownloadUrl, documentKindText, fileSizeText } from './document-text.js';

describe('document wording', () => {
  it('names each kind of document in the customer’s words', () => {
    expect(documentKindText('statement')).toBe('Monthly statement');
    expect(documentKindText('annual_statement')).toBe('Annual statement');
    expect(documentKindText('direct_debit_letter')).toBe('Direct Debit letter');
  });

  it('shows file sizes in bytes, KB or MB', () => {
    expect(fileSizeText(860)).toBe('860 bytes');
    expect(fileSizeText(4_230)).toBe('4.2 KB');
    expect(fileSizeText(1_320_000)).toBe('1.3 MB');
  });

  it('links to the API’s download route with the id encoded', () => {
    expect(documentDownloadUrl('a/b')).toBe('/api/documents/a%2Fb');
  });
});
