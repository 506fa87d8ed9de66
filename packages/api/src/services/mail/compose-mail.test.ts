import { describe, expect, it } from 'vitest';
import { composeMail, mailBrandOf } from './compose-mail.js';
import { passwordResetMail, verifyEmailMail } from './account-mails.js';

const brand = mailBrandOf({
  brandName: 'Marque Motor Finance',
  publicWebUrl: 'http://localhost:3000',
  market: 'UK',
});

describe('composeMail', () => {
  it('writes a plain-text and an HTML part that both carry the brand, the text and the link', () => {
    const mail = composeMail(brand, 'jane@example.com', {
      subject: 'Hello',
      greeting: 'Hello Jane,',
      paragraphs: ['First paragraph.'],
      action: { label: 'Open', url: 'http://localhost:3000/x?token=abc' },
    });
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Marque Motor Finance');
      expect(part).toContain('First paragraph.');
      expect(part).toContain('http://localhost:3000/x?token=abc');
    }
    expect(mail.html).toMatch(/^<!doctype html>/);
    expect(mail.to).toBe('jane@example.com');
  });

  it('escapes every value in the HTML part so a name cannot inject markup', () => {
    const mail = composeMail(brand, 'x@example.com', {
      subject: '<b>s</b>',
      greeting: 'Hello <script>alert(1)</script>,',
      paragraphs: ['"quoted" & \'single\''],
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(mail.html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(mail.text).toContain('Hello <script>alert(1)</script>,');
  });
});

describe('account e-mails', () => {
  it('puts the single-use token into the verification and reset links', () => {
    const to = { email: 'jane@example.com', givenName: 'Jane' };
    expect(verifyEmailMail(brand, to, 'tok1').text).toContain(
      'http://localhost:3000/verify-email?token=tok1',
    );
    const reset = passwordResetMail(brand, to, 'tok2');
    expect(reset.text).toContain('http://localhost:3000/reset-password?token=tok2');
    expect(reset.text).toContain('30 minutes');
  });
});
