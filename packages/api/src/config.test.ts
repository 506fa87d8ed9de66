import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, loadConfig } from './config.js';

const KEY_HEX = 'aa'.repeat(32);

function problemsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  return result.ok ? [] : result.problems;
}

describe('loadConfig', () => {
  it('gives the documented defaults in development', () => {
    const result = loadConfig({}, { devSecretKey: KEY_HEX });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      publicWebUrl: 'http://localhost:3000',
      publicOrigin: 'http://localhost:3000',
      brandName: 'Marque Motor Finance',
      market: 'UK',
      smtpUrl: null,
      rateLimits: DEFAULT_RATE_LIMITS,
      lockoutPolicy: { maxFailures: 5, waitIncrementSeconds: 60, maxWaitSeconds: 900 },
    });
    expect(result.config.databaseUrl).toMatch(/^sqlite:.*data\/marque\.db$/);
    expect(result.config.secretKey).toHaveLength(32);
  });

  it('requires MARQUE_SECRET_KEY in production, ignoring a development key', () => {
    const result = loadConfig({ NODE_ENV: 'production' }, { devSecretKey: KEY_HEX });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join()).toContain('MARQUE_SECRET_KEY');
  });

  it('accepts the secret key as hex or base64 and refuses any other length', () => {
    expect(loadConfig({ MARQUE_SECRET_KEY: KEY_HEX }).ok).toBe(true);
    expect(loadConfig({ MARQUE_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }).ok).toBe(true);
    expect(problemsOf({ MARQUE_SECRET_KEY: 'short' }).join()).toContain('MARQUE_SECRET_KEY');
  });

  it('names each bad variable', () => {
    const problems = problemsOf({
      MARQUE_SECRET_KEY: KEY_HEX,
      PORT: 'eighty',
      MARKET: 'FR',
      PUBLIC_WEB_URL: 'not a url',
      DATABASE_URL: 'mysql://x',
      SMTP_URL: 'http://mail',
    }).join('\n');
    for (const name of ['PORT', 'MARKET', 'PUBLIC_WEB_URL', 'DATABASE_URL', 'SMTP_URL']) {
      expect(problems).toContain(name);
    }
  });

  it('validates lockout overrides with the domain policy', () => {
    expect(problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, LOCKOUT_MAX_FAILURES: '1000' }).join()).toMatch(
      /LOCKOUT/,
    );
    expect(
      problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, LOCKOUT_MAX_FAILURES: 'five' }).join(),
    ).toContain('LOCKOUT_MAX_FAILURES');
    const result = loadConfig({
      MARQUE_SECRET_KEY: KEY_HEX,
      LOCKOUT_MAX_FAILURES: '3',
      LOCKOUT_PERMANENT_AFTER: 'never',
    });
    expect(result.ok && result.config.lockoutPolicy).toMatchObject({
      maxFailures: 3,
      permanentAfterTemporaryLockouts: null,
    });
  });

  it('reads rate limits written as limit/seconds', () => {
    const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX, RATE_LIMIT_LOGIN_IP: '5/60' });
    expect(result.ok && result.config.rateLimits.loginPerIp).toEqual({
      limit: 5,
      windowSeconds: 60,
    });
    expect(
      problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, RATE_LIMIT_LOGIN_IP: 'lots' }).join(),
    ).toContain('RATE_LIMIT_LOGIN_IP');
  });

  it('selects PostgreSQL from a postgres:// DATABASE_URL', () => {
    const result = loadConfig({
      MARQUE_SECRET_KEY: KEY_HEX,
      DATABASE_URL: 'postgres://user@db:5432/marque',
    });
    expect(result.ok && result.config.databaseUrl).toBe('postgres://user@db:5432/marque');
  });
});

describe('payment settings', () => {
  it('default to the local sandbox provider and a lender account that passes the modulus check', () => {
    const result = loadConfig({ NODE_ENV: 'test', MARQUE_SECRET_KEY: 'a'.repeat(64) });
    expect(result.ok && result.config.paymentGateway).toMatchObject({
      url: 'http://localhost:3002',
      origin: 'http://localhost:3002',
      sandboxPort: 3002,
    });
    expect(result.ok && result.config.lenderBankAccount).toMatchObject({
      sortCode: '200000',
      accountNumber: '55779911',
      routingNumber: null,
    });
  });

  it('use a routing number in the US market', () => {
    const result = loadConfig({
      NODE_ENV: 'test',
      MARQUE_SECRET_KEY: 'a'.repeat(64),
      MARKET: 'US',
    });
    expect(result.ok && result.config.lenderBankAccount).toMatchObject({
      sortCode: null,
      routingNumber: '021000021',
    });
  });

  it('refuse a lender account that fails the modulus check, and missing provider keys in production', () => {
    const result = loadConfig({
      NODE_ENV: 'production',
      MARQUE_SECRET_KEY: 'a'.repeat(64),
      LENDER_SORT_CODE: '40-12-76',
      LENDER_ACCOUNT_NUMBER: '12345678',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.join('\n');
    expect(problems).toContain('LENDER_SORT_CODE');
    expect(problems).toContain('PAYMENT_SECRET_KEY: required in production');
    expect(problems).toContain('PAYMENT_WEBHOOK_SECRET: required in production');
  });
});

describe('Direct Debit settings', () => {
  it('give 10 working days of advance notice unless 3 are configured, and refuse any other number', () => {
    const notice = (env: Record<string, string>) => {
      const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX, ...env });
      return result.ok ? result.config.directDebitAdvanceNoticeDays : result.problems.join();
    };
    expect(notice({})).toBe(10);
    expect(notice({ DIRECT_DEBIT_ADVANCE_NOTICE_DAYS: '3' })).toBe(3);
    expect(notice({ DIRECT_DEBIT_ADVANCE_NOTICE_DAYS: '10' })).toBe(10);
    for (const bad of ['5', '0', 'ten']) {
      expect(notice({ DIRECT_DEBIT_ADVANCE_NOTICE_DAYS: bad })).toContain(
        'DIRECT_DEBIT_ADVANCE_NOTICE_DAYS',
      );
    }
  });
});

describe('notification settings', () => {
  it('send payment reminders 5 days ahead unless configured from 1 to 28 days', () => {
    const days = (env: Record<string, string>) => {
      const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX, ...env });
      return result.ok ? result.config.paymentReminderDays : result.problems.join();
    };
    expect(days({})).toBe(5);
    expect(days({ PAYMENT_REMINDER_DAYS: '3' })).toBe(3);
    for (const bad of ['0', '29', '2.5', 'soon']) {
      expect(days({ PAYMENT_REMINDER_DAYS: bad })).toContain('PAYMENT_REMINDER_DAYS');
    }
  });

  it('staff live chat Mon-Fri 08:00-20:00 and Sat 09:00-17:00 unless CHAT_HOURS says otherwise', () => {
    const hours = (env: Record<string, string>) => {
      const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX, ...env });
      return result.ok ? result.config.chatHoursText : result.problems.join();
    };
    expect(hours({})).toBe('Mon-Fri 08:00-20:00, Sat 09:00-17:00');
    expect(hours({ CHAT_HOURS: 'Mon-Sat 09:00-18:00' })).toBe('Mon-Sat 09:00-18:00');
    expect(hours({ CHAT_HOURS: 'weekdays 9 to 5' })).toMatch(/^CHAT_HOURS: .*not like/);
    expect(hours({ CHAT_HOURS: 'Mon 18:00-09:00' })).toMatch(/^CHAT_HOURS: .*open before/);
  });

  it('close live chat on bank holidays unless CHAT_BANK_HOLIDAYS is open', () => {
    const open = (env: Record<string, string>) => {
      const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX, ...env });
      return result.ok ? result.config.chatOpenOnBankHolidays : result.problems.join();
    };
    expect(open({})).toBe(false);
    expect(open({ CHAT_BANK_HOLIDAYS: 'open' })).toBe(true);
    expect(open({ CHAT_BANK_HOLIDAYS: 'yes' })).toMatch(
      /^CHAT_BANK_HOLIDAYS: must be closed or open/,
    );
  });

  it('need a second supervisor for refunds above £250 unless configured', () => {
    const above = (env: Record<string, string>) => {
      const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX, ...env });
      return result.ok ? result.config.refundApprovalAbove : result.problems.join();
    };
    expect(above({})).toBe(25_000);
    expect(above({ REFUND_APPROVAL_ABOVE: '0' })).toBe(0);
    for (const bad of ['-1', '250.00', 'lots']) {
      expect(above({ REFUND_APPROVAL_ABOVE: bad })).toContain('REFUND_APPROVAL_ABOVE');
    }
  });

  it('limit the contact form to 5 messages an hour per address unless configured', () => {
    const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX });
    expect(result.ok && result.config.rateLimits.contactPerIp).toEqual({
      limit: 5,
      windowSeconds: 3600,
    });
    const configured = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX, RATE_LIMIT_CONTACT_IP: '2/60' });
    expect(configured.ok && configured.config.rateLimits.contactPerIp).toEqual({
      limit: 2,
      windowSeconds: 60,
    });
  });
});

describe('passkey (WebAuthn) settings', () => {
  it('take the relying party from PUBLIC_WEB_URL and its name from the brand', () => {
    const result = loadConfig({
      MARQUE_SECRET_KEY: KEY_HEX,
      PUBLIC_WEB_URL: 'https://account.example.co.uk/',
      BRAND_NAME: 'Example Finance',
    });
    expect(result.ok && result.config.webauthn).toEqual({
      rpId: 'account.example.co.uk',
      rpName: 'Example Finance',
      origins: ['https://account.example.co.uk'],
    });
  });

  it('accept a parent domain as relying party with several origins under it', () => {
    const result = loadConfig({
      MARQUE_SECRET_KEY: KEY_HEX,
      WEBAUTHN_RP_ID: 'example.com',
      WEBAUTHN_ORIGINS: 'https://www.example.com, https://app.example.com',
    });
    expect(result.ok && result.config.webauthn.origins).toEqual([
      'https://www.example.com',
      'https://app.example.com',
    ]);
  });

  it('refuse an origin outside the relying party, and text that is not an origin', () => {
    expect(
      problemsOf({
        MARQUE_SECRET_KEY: KEY_HEX,
        WEBAUTHN_RP_ID: 'example.com',
        WEBAUTHN_ORIGINS: 'https://example.com.evil.test,ftp://example.com,nonsense',
      }),
    ).toEqual([
      'WEBAUTHN_ORIGINS: https://example.com.evil.test is not on the relying party example.com',
      'WEBAUTHN_ORIGINS: "ftp://example.com" is not an http(s) origin',
      'WEBAUTHN_ORIGINS: "nonsense" is not an http(s) origin',
    ]);
  });
});

describe('the staff console settings', () => {
  it('serve the console on its own port and origin by default', () => {
    const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX });
    expect(result.ok && result.config).toMatchObject({
      staffPort: 3001,
      staffPublicUrl: 'http://localhost:3001',
      staffOrigin: 'http://localhost:3001',
    });
    expect(result.ok && result.config.adminDistDir).toMatch(/apps\/admin\/dist$/);
  });

  it('refuse the customer site’s port or origin, which would share its requests', () => {
    expect(problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, PORT: '4000', STAFF_PORT: '4000' })).toEqual([
      'STAFF_PORT: must differ from PORT',
    ]);
    expect(
      problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, STAFF_PUBLIC_URL: 'http://localhost:3000/staff' }),
    ).toEqual(['STAFF_PUBLIC_URL: must be another origin than PUBLIC_WEB_URL']);
    expect(problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, STAFF_PUBLIC_URL: 'ftp://x' })[0]).toMatch(
      /^STAFF_PUBLIC_URL/,
    );
  });
});

describe('operations settings', () => {
  it('default to no metrics endpoint, no previous keys and 10 s / 60 s slow-client limits', () => {
    const result = loadConfig({ MARQUE_SECRET_KEY: KEY_HEX });
    expect(result.ok && result.config).toMatchObject({
      metricsToken: null,
      previousSecretKeys: [],
      httpHeadersTimeoutMs: 10_000,
      httpRequestTimeoutMs: 60_000,
    });
  });

  it('read the keys being rotated out, and refuse a malformed one or the current key itself', () => {
    const previous = Buffer.alloc(32, 7);
    const result = loadConfig({
      MARQUE_SECRET_KEY: KEY_HEX,
      MARQUE_PREVIOUS_SECRET_KEYS: ` ${previous.toString('base64')} , ${'bb'.repeat(32)}`,
    });
    expect(result.ok && result.config.previousSecretKeys).toEqual([
      previous,
      Buffer.alloc(32, 0xbb),
    ]);
    expect(
      problemsOf({
        MARQUE_SECRET_KEY: KEY_HEX,
        MARQUE_PREVIOUS_SECRET_KEYS: `${'bb'.repeat(32)},short`,
      }),
    ).toEqual(['MARQUE_PREVIOUS_SECRET_KEYS: key 2 must be 32 bytes written as base64 or hex']);
    expect(
      problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, MARQUE_PREVIOUS_SECRET_KEYS: KEY_HEX }),
    ).toEqual(['MARQUE_PREVIOUS_SECRET_KEYS: key 1 is MARQUE_SECRET_KEY itself']);
  });

  it('want a metrics token long enough not to be guessed, and sensible timeouts', () => {
    expect(problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, METRICS_TOKEN: 'short' })[0]).toMatch(
      /^METRICS_TOKEN: must be at least 32 characters/,
    );
    expect(
      problemsOf({
        MARQUE_SECRET_KEY: KEY_HEX,
        HTTP_HEADERS_TIMEOUT_SECONDS: '30',
        HTTP_REQUEST_TIMEOUT_SECONDS: '20',
      }),
    ).toEqual(['HTTP_HEADERS_TIMEOUT_SECONDS: must not exceed HTTP_REQUEST_TIMEOUT_SECONDS']);
    expect(
      problemsOf({ MARQUE_SECRET_KEY: KEY_HEX, HTTP_HEADERS_TIMEOUT_SECONDS: '0' })[0],
    ).toMatch(/^HTTP_HEADERS_TIMEOUT_SECONDS/);
  });
});
