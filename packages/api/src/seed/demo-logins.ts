import { DEMO_CUSTOMERS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-customers.js';

const AGREEMENT_NAMES = { HP: 'HP', PCP: 'PCP', LEASE: 'lease' } as const;

/**
 * The demo logins as printed at start in development: who to sign in as, what each shows, the
 * TOTP secret of mfa.demo, and the details of the customer who has not registered yet.
 */
export function demoLoginsText(): string {
  const lines = [`Demo logins (password for all: ${DEMO_PASSWORD})`];
  for (const demo of DEMO_CUSTOMERS) {
    const agreements = demo.agreements
      .map((a) => `${AGREEMENT_NAMES[a.terms.type]} ${a.agreementNumber}`)
      .join(', ');
    const notes = [
      demo.agreements.some((a) => a.missedPayments > 0) ? 'two missed payments' : null,
      demo.totp ? `TOTP secret ${DEMO_TOTP_SECRET}` : null,
    ].filter((note) => note !== null);
    if (demo.username === null) {
      const { date_of_birth, postcode } = demo.customer;
      lines.push(
        `  (not registered)  ${agreements}; register with date of birth ${date_of_birth}, postcode ${postcode}`,
      );
    } else {
      lines.push(
        `  ${demo.username.padEnd(16)}  ${agreements}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}
