import { describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from './demo-customers.js';
import { demoLoginsText } from './demo-logins.js';

describe('demo logins text', () => {
  const text = demoLoginsText();

  it('names every demo login the issue promises, with the shared password', () => {
    for (const username of [
      'hp.demo',
      'pcp.demo',
      'lease.demo',
      'multi.demo',
      'arrears.demo',
      'mfa.demo',
    ]) {
      expect(text).toContain(username);
    }
    expect(text).toContain('Drive-Safely-2026');
  });

  it("prints mfa.demo's TOTP secret on its line", () => {
    const line = text.split('\n').find((l) => l.includes('mfa.demo'));
    expect(line).toContain(DEMO_TOTP_SECRET);
  });

  it('gives the details to register the customer who has no login yet', () => {
    expect(text).toMatch(/not registered.*MQ20240108.*1974-03-05.*YO24 1BP/);
  });
});
