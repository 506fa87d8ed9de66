import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from './attachment-file-name.js';

describe('an attachment’s file name', () => {
  it('keeps an ordinary name as it is', () => {
    expect(sanitiseFileName('Bank statement March.pdf', 'application/pdf')).toBe(
      'Bank statement March.pdf',
    );
  });

  it('keeps only the last part of a path, from either kind of slash', () => {
    expect(sanitiseFileName('../../etc/passwd.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(sanitiseFileName('C:\\Users\\jo\\scan.png', 'image/png')).toBe('scan.png');
  });

  it('removes quotes, control and header-breaking characters and leading dots', () => {
    expect(sanitiseFileName('..\u0000"evil";\r\nname<>.pdf', 'application/pdf')).toBe(
      'evilname.pdf',
    );
    expect(sanitiseFileName('.htaccess.png', 'image/png')).toBe('htaccess.png');
    expect(sanitiseFileName('a\u202Egnp.pdf', 'application/pdf')).toBe('agnp.pdf');
  });

  it('names a file with nothing left "attachment", with the extension of its type', () => {
    expect(sanitiseFileName('"".jpg', 'image/jpeg')).toBe('attachment.jpg');
    expect(sanitiseFileName('', 'application/pdf')).toBe('attachment.pdf');
  });

  it('keeps accented letters whole and stops at 100 characters', () => {
    expect(sanitiseFileName('Relevé de compte.pdf', 'application/pdf')).toBe(
      'Relevé de compte.pdf',
    );
    const long = sanitiseFileName(`${'é'.repeat(300)}.pdf`, 'application/pdf');
    expect(long).toBe(`${'é'.repeat(96)}.pdf`);
  });
});
