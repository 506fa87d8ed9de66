import { describe, expect, it } from 'vitest';
import { extensionMatches, sniffMediaType } from './attachment-type.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('the type of an attachment', () => {
  it('is read from the first bytes: PDF, PNG and JPEG', () => {
    expect(sniffMediaType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
  });

  it('is nothing we accept for an executable, HTML, SVG, a ZIP or a truncated signature', () => {
    expect(sniffMediaType(bytes(0x4d, 0x5a, 0x90, 0))).toBeNull(); // MZ: a Windows program
    expect(sniffMediaType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(
      sniffMediaType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">')),
    ).toBeNull();
    expect(sniffMediaType(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull();
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(sniffMediaType(new TextEncoder().encode(' %PDF-1.7'))).toBeNull();
  });

  it('must agree with the extension of the name, in any case', () => {
    expect(extensionMatches('Statement.PDF', 'application/pdf')).toBe(true);
    expect(extensionMatches('photo.jpeg', 'image/jpeg')).toBe(true);
    expect(extensionMatches('photo.jpg', 'image/jpeg')).toBe(true);
    expect(extensionMatches('photo.png', 'application/pdf')).toBe(false);
    expect(extensionMatches('statement.pdf.exe', 'application/pdf')).toBe(false);
    expect(extensionMatches('statement', 'application/pdf')).toBe(false);
  });
});
