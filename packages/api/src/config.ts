import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  DEFAULT_LOCKOUT_POLICY,
  isMarket,
  normaliseSortCode,
  validateAbaRoutingNumber,
  validateUkBankAccount,
  validateUsBankAccountNumber,
  validateLockoutPolicy,
  type LockoutPolicy,
  type Market,
} from '@marque/domain';
import { parseOpeningHours, type OpeningHours } from './services/chat/opening-hours.js';

/** How many hits a key may make in a fixed window before TOO_MANY_REQUESTS. */
export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export type RateLimitName =
  | 'loginPerIp'
  | 'loginPerAccount'
  | 'mfaPerIp'
  | 'mfaPerAccount'
  | 'identityPerAgreement'
  | 'registerPerIp'
  | 'resetPerIp'
  | 'resetPerTarget'
  | 'recoverPerIp'
  | 'passwordCheckPerAccount'
  | 'contactPerIp'
  | 'attachmentUploadPerCustomer'
  | 'attachmentUploadPerStaff';

export type RateLimits = Record<RateLimitName, RateLimitRule>;

/** The lender's account customers pay by bank transfer (sort code in the UK, routing number in the US). */
export interface LenderBankAccount {
  name: string;
  sortCode: string | null;
  routingNumber: string | null;
  accountNumber: string;
}

/** The card payment provider: the sandbox in development, a real PSP in production. */
export interface PaymentGatewayConfig {
  /** The provider's base URL (server API, hosted fields, challenge pages). */
  url: string;
  /** Its origin: the customer site may frame it (CSP frame-src). */
  origin: string;
  secretKey: string;
  webhookSecret: string;
  /** Where `npm start` serves the sandbox provider. */
  sandboxPort: number;
}

/** The WebAuthn relying party: passkeys are scoped to `rpId` and accepted only from `origins`. */
export interface WebAuthnConfig {
  /** A registrable domain every origin's host equals or ends with (e.g. `example.com`). */
  rpId: string;
  /** The name authenticators show beside the passkey: the brand. */
  rpName: string;
  origins: string[];
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** The built customer web app, served on the API's origin when present. */
  webDistDir: string;
  /** Where the staff console and its own API listen: a separate origin with its own cookie. */
  staffPort: number;
  /** The console's address: invitation links, and the only Origin allowed to send staff mutations. */
  staffPublicUrl: string;
  staffOrigin: string;
  /** The built staff console, served on the staff port when present. */
  adminDistDir: string;
  /** `postgres://…` for PostgreSQL; `sqlite:<path>` (or `:memory:`) for SQLite. */
  databaseUrl: string;
  /** 32 bytes from which every purpose-specific key is derived (see services/crypto). */
  secretKey: Buffer;
  /**
   * Keys being rotated out: still accepted to read what they protected (decrypt, verify), never
   * used to write. Empty once `npm run rotate-key` has re-encrypted everything.
   */
  previousSecretKeys: Buffer[];
  /** The bearer token a Prometheus scraper sends for GET /metrics on the staff port; null: off. */
  metricsToken: string | null;
  /** Slow-client limits: a request's headers, and the whole request, must arrive within these. */
  httpHeadersTimeoutMs: number;
  httpRequestTimeoutMs: number;
  smtpUrl: string | null;
  mailFrom: string;
  publicWebUrl: string;
  /** The only Origin allowed to send mutations: PUBLIC_WEB_URL's scheme, host and port. */
  publicOrigin: string;
  brandName: string;
  market: Market;
  logLevel: LogLevel;
  /** Take the client IP from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  lockoutPolicy: LockoutPolicy;
  rateLimits: RateLimits;
  paymentGateway: PaymentGatewayConfig;
  lenderBankAccount: LenderBankAccount;
  /**
   * Working days between a Direct Debit advance notice and the collection: 10 under the Direct
   * Debit Guarantee, 3 where the lender has agreed a shorter period with its sponsoring bank.
   */
  directDebitAdvanceNoticeDays: 3 | 10;
  /** Calendar days before a non-Direct-Debit instalment falls due that its payment reminder goes. */
  paymentReminderDays: number;
  /** Refunds above this many minor units need a second, different supervisor's approval. */
  refundApprovalAbove: number;
  webauthn: WebAuthnConfig;
  /** When live chat is staffed (local time in the market's zone; bank holidays closed). */
  chatHours: OpeningHours;
  /** CHAT_BANK_HOLIDAYS=open: the chat desk keeps its weekday hours on bank holidays. */
  chatOpenOnBankHolidays: boolean;
  /** CHAT_HOURS as written, for the customer to read. */
  chatHoursText: string;
}

/** Environment variable → the rate limit it overrides, written `<limit>/<windowSeconds>`. */
const RATE_LIMIT_VARIABLES: Readonly<Record<RateLimitName, string>> = {
  loginPerIp: 'RATE_LIMIT_LOGIN_IP',
  loginPerAccount: 'RATE_LIMIT_LOGIN_ACCOUNT',
  mfaPerIp: 'RATE_LIMIT_MFA_IP',
  mfaPerAccount: 'RATE_LIMIT_MFA_ACCOUNT',
  identityPerAgreement: 'RATE_LIMIT_IDENTITY_AGREEMENT',
  registerPerIp: 'RATE_LIMIT_REGISTER_IP',
  resetPerIp: 'RATE_LIMIT_RESET_IP',
  resetPerTarget: 'RATE_LIMIT_RESET_TARGET',
  recoverPerIp: 'RATE_LIMIT_RECOVER_IP',
  passwordCheckPerAccount: 'RATE_LIMIT_PASSWORD_CHECK_ACCOUNT',
  contactPerIp: 'RATE_LIMIT_CONTACT_IP',
  attachmentUploadPerCustomer: 'RATE_LIMIT_ATTACHMENT_UPLOAD_CUSTOMER',
  attachmentUploadPerStaff: 'RATE_LIMIT_ATTACHMENT_UPLOAD_STAFF',
};

export const DEFAULT_RATE_LIMITS: Readonly<RateLimits> = {
  loginPerIp: { limit: 100, windowSeconds: 900 },
  // Counts only sign-ins from devices the account has not used before, so that an attacker
  // hammering a username cannot throttle the customer on their own trusted device.
  loginPerAccount: { limit: 30, windowSeconds: 900 },
  mfaPerIp: { limit: 50, windowSeconds: 900 },
  mfaPerAccount: { limit: 30, windowSeconds: 900 },
  // Identity checks (registration, username reminders) against one agreement number, from anywhere:
  // bounds guessing a date of birth and postcode.
  identityPerAgreement: { limit: 10, windowSeconds: 3600 },
  registerPerIp: { limit: 20, windowSeconds: 3600 },
  resetPerIp: { limit: 20, windowSeconds: 3600 },
  resetPerTarget: { limit: 5, windowSeconds: 3600 },
  recoverPerIp: { limit: 20, windowSeconds: 3600 },
  passwordCheckPerAccount: { limit: 10, windowSeconds: 900 },
  // The public contact form: enough for a household sharing an address, too few to flood staff.
  contactPerIp: { limit: 5, windowSeconds: 3600 },
  // Uploads of up to 5 MB each: bounds what one signed-in customer can make us store in an hour.
  attachmentUploadPerCustomer: { limit: 30, windowSeconds: 3600 },
  // The same bound for a member of staff answering messages (a quote, a letter, a statement).
  attachmentUploadPerStaff: { limit: 60, windowSeconds: 3600 },
};

const LOCKOUT_VARIABLES = {
  maxFailures: 'LOCKOUT_MAX_FAILURES',
  waitIncrementSeconds: 'LOCKOUT_WAIT_INCREMENT_SECONDS',
  maxWaitSeconds: 'LOCKOUT_MAX_WAIT_SECONDS',
  failureResetSeconds: 'LOCKOUT_FAILURE_RESET_SECONDS',
  permanentAfterTemporaryLockouts: 'LOCKOUT_PERMANENT_AFTER',
} as const;

/** The repository root: this file sits in packages/api/src (or packages/api/dist once built). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Environment = Readonly<Record<string, string | undefined>>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATA_DIR: optionalText,
  WEB_DIST_DIR: optionalText,
  STAFF_PORT: z.coerce.number().int().min(1).max(65_535).default(3001),
  STAFF_PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3001'),
  ADMIN_DIST_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^(postgres(ql)?:\/\/|sqlite:|:memory:$)/,
        'must start with postgres://, sqlite: or be :memory:',
      )
      .optional(),
  ),
  MARQUE_SECRET_KEY: optionalText,
  MARQUE_PREVIOUS_SECRET_KEYS: optionalText,
  METRICS_TOKEN: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
  ),
  HTTP_HEADERS_TIMEOUT_SECONDS: z.coerce
    .number()
    .int('must be a whole number of seconds')
    .min(1, 'must be from 1 to 120 seconds')
    .max(120, 'must be from 1 to 120 seconds')
    .default(10),
  HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce
    .number()
    .int('must be a whole number of seconds')
    .min(1, 'must be from 1 to 600 seconds')
    .max(600, 'must be from 1 to 600 seconds')
    .default(60),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  MAIL_FROM: optionalText,
  PUBLIC_WEB_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  BRAND_NAME: z.string().trim().min(1).max(80).default('Marque Motor Finance'),
  MARKET: z.string().refine(isMarket, 'must be UK or US').default('UK'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  PAYMENT_SANDBOX_PORT: z.coerce.number().int().min(1).max(65_535).default(3002),
  PAYMENT_SANDBOX_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3002'),
  PAYMENT_SECRET_KEY: optionalText,
  PAYMENT_WEBHOOK_SECRET: optionalText,
  LENDER_ACCOUNT_NAME: z.string().trim().min(1).max(70).optional(),
  LENDER_SORT_CODE: optionalText,
  LENDER_ACCOUNT_NUMBER: optionalText,
  LENDER_ROUTING_NUMBER: optionalText,
  DIRECT_DEBIT_ADVANCE_NOTICE_DAYS: z
    .enum(['3', '10'], { error: 'must be 10 (the Guarantee) or 3 (agreed with the bank)' })
    .default('10'),
  PAYMENT_REMINDER_DAYS: z.coerce
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be from 1 to 28 days')
    .max(28, 'must be from 1 to 28 days')
    .default(5),
  WEBAUTHN_RP_ID: optionalText,
  WEBAUTHN_ORIGINS: optionalText,
  // Minor units, digits only: '250.00' is refused rather than read as 250 pence.
  REFUND_APPROVAL_ABOVE: z
    .string()
    .trim()
    .regex(/^\d{1,12}$/, 'must be a whole number of pence or cents, e.g. 25000 for £250')
    .transform(Number)
    .default(25_000),
  CHAT_HOURS: z
    .string()
    .trim()
    .default('Mon-Fri 08:00-20:00, Sat 09:00-17:00')
    .transform((text, context) => {
      const parsed = parseOpeningHours(text);
      if (parsed.ok) return { text, hours: parsed.hours };
      context.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    }),
  CHAT_BANK_HOLIDAYS: z
    .enum(['closed', 'open'], { error: 'must be closed or open' })
    .default('closed'),
});

/** Every environment variable the configuration reads: docs/deployment.md describes each one. */
export const CONFIGURATION_VARIABLES: readonly string[] = [
  ...Object.keys(envSchema.shape),
  ...Object.values(LOCKOUT_VARIABLES),
  ...Object.values(RATE_LIMIT_VARIABLES),
];

/** Development stand-ins for the sandbox provider's keys; production must configure real ones. */
const DEV_PAYMENT_SECRET_KEY = 'sk_test_marque_sandbox';
const DEV_PAYMENT_WEBHOOK_SECRET = 'whsec_marque_sandbox';

/** Parses the environment once (typed env module): pure over `env`, so every rule is testable. */
export function loadConfig(
  env: Environment,
  options: { devSecretKey?: string } = {},
): ConfigResult {
  const problems: string[] = [];
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
    }
  }
  const lockoutPolicy = parseLockoutPolicy(env, problems);
  const rateLimits = parseRateLimits(env, problems);
  if (!parsed.success || lockoutPolicy === null) return { ok: false, problems };

  const vars = parsed.data;
  const secretSource =
    vars.MARQUE_SECRET_KEY ?? (vars.NODE_ENV === 'production' ? undefined : options.devSecretKey);
  const secretKey = secretSource === undefined ? null : decodeSecretKey(secretSource);
  if (secretKey === null) {
    problems.push(
      vars.MARQUE_SECRET_KEY === undefined
        ? 'MARQUE_SECRET_KEY: required in production (32 random bytes, base64 or hex)'
        : 'MARQUE_SECRET_KEY: must be 32 bytes written as base64 or hex',
    );
  }
  const previousSecretKeys = parsePreviousSecretKeys(vars, secretKey, problems);
  if (vars.HTTP_HEADERS_TIMEOUT_SECONDS > vars.HTTP_REQUEST_TIMEOUT_SECONDS) {
    problems.push('HTTP_HEADERS_TIMEOUT_SECONDS: must not exceed HTTP_REQUEST_TIMEOUT_SECONDS');
  }
  const paymentGateway = parsePaymentGateway(vars, problems);
  const lenderBankAccount = parseLenderBankAccount(vars, problems);
  const webauthn = parseWebAuthn(vars, problems);
  if (problems.length > 0 || secretKey === null) return { ok: false, problems };

  const dataDir = resolve(vars.DATA_DIR ?? join(REPO_ROOT, 'data'));
  const publicOrigin = new URL(vars.PUBLIC_WEB_URL).origin;
  const staffOrigin = new URL(vars.STAFF_PUBLIC_URL).origin;
  if (vars.STAFF_PORT === vars.PORT) {
    return { ok: false, problems: ['STAFF_PORT: must differ from PORT'] };
  }
  if (staffOrigin === publicOrigin) {
    return {
      ok: false,
      problems: ['STAFF_PUBLIC_URL: must be another origin than PUBLIC_WEB_URL'],
    };
  }
  return {
    ok: true,
    config: {
      nodeEnv: vars.NODE_ENV,
      port: vars.PORT,
      host: vars.HOST,
      dataDir,
      webDistDir: resolve(vars.WEB_DIST_DIR ?? join(REPO_ROOT, 'apps/web/dist')),
      staffPort: vars.STAFF_PORT,
      staffPublicUrl: vars.STAFF_PUBLIC_URL.replace(/\/+$/, ''),
      staffOrigin,
      adminDistDir: resolve(vars.ADMIN_DIST_DIR ?? join(REPO_ROOT, 'apps/admin/dist')),
      databaseUrl: vars.DATABASE_URL ?? `sqlite:${join(dataDir, 'marque.db')}`,
      secretKey,
      previousSecretKeys,
      metricsToken: vars.METRICS_TOKEN ?? null,
      httpHeadersTimeoutMs: vars.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
      httpRequestTimeoutMs: vars.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
      smtpUrl: vars.SMTP_URL ?? null,
      mailFrom: vars.MAIL_FROM ?? `${vars.BRAND_NAME} <no-reply@${new URL(publicOrigin).hostname}>`,
      publicWebUrl: vars.PUBLIC_WEB_URL.replace(/\/+$/, ''),
      publicOrigin,
      brandName: vars.BRAND_NAME,
      market: vars.MARKET,
      logLevel: vars.LOG_LEVEL ?? (vars.NODE_ENV === 'test' ? 'silent' : 'info'),
      trustProxy: vars.TRUST_PROXY === 'true' || vars.TRUST_PROXY === '1',
      lockoutPolicy,
      rateLimits,
      paymentGateway,
      lenderBankAccount,
      directDebitAdvanceNoticeDays: vars.DIRECT_DEBIT_ADVANCE_NOTICE_DAYS === '3' ? 3 : 10,
      paymentReminderDays: vars.PAYMENT_REMINDER_DAYS,
      refundApprovalAbove: vars.REFUND_APPROVAL_ABOVE,
      webauthn,
      chatHours: vars.CHAT_HOURS.hours,
      chatHoursText: vars.CHAT_HOURS.text,
      chatOpenOnBankHolidays: vars.CHAT_BANK_HOLIDAYS === 'open',
    },
  };
}

type EnvVars = z.infer<typeof envSchema>;

function parsePaymentGateway(vars: EnvVars, problems: string[]): PaymentGatewayConfig {
  const production = vars.NODE_ENV === 'production';
  for (const name of ['PAYMENT_SECRET_KEY', 'PAYMENT_WEBHOOK_SECRET'] as const) {
    if (production && vars[name] === undefined) problems.push(`${name}: required in production`);
  }
  const url = vars.PAYMENT_SANDBOX_URL.replace(/\/+$/, '');
  return {
    url,
    origin: new URL(url).origin,
    secretKey: vars.PAYMENT_SECRET_KEY ?? DEV_PAYMENT_SECRET_KEY,
    webhookSecret: vars.PAYMENT_WEBHOOK_SECRET ?? DEV_PAYMENT_WEBHOOK_SECRET,
    sandboxPort: vars.PAYMENT_SANDBOX_PORT,
  };
}

/**
 * The account customers pay by transfer, checked as a customer's would be (the UK modulus check,
 * the ABA checksum) so a typing error here cannot send everyone's payments astray.
 */
function parseLenderBankAccount(vars: EnvVars, problems: string[]): LenderBankAccount {
  const name = vars.LENDER_ACCOUNT_NAME ?? `${vars.BRAND_NAME} Ltd`;
  if (vars.MARKET === 'US') {
    const routingNumber = vars.LENDER_ROUTING_NUMBER ?? '021000021';
    const accountNumber = vars.LENDER_ACCOUNT_NUMBER ?? '000123456789';
    if (!validateAbaRoutingNumber(routingNumber)) {
      problems.push('LENDER_ROUTING_NUMBER: not a valid ABA routing number');
    }
    if (!validateUsBankAccountNumber(accountNumber)) {
      problems.push('LENDER_ACCOUNT_NUMBER: not a valid US account number');
    }
    return { name, sortCode: null, routingNumber, accountNumber };
  }
  const sortCode = normaliseSortCode(vars.LENDER_SORT_CODE ?? '20-00-00');
  const accountNumber = vars.LENDER_ACCOUNT_NUMBER ?? '55779911';
  const check = sortCode === null ? null : validateUkBankAccount(sortCode, accountNumber);
  if (sortCode === null || check?.valid !== true) {
    problems.push('LENDER_SORT_CODE / LENDER_ACCOUNT_NUMBER: not a valid UK bank account');
  }
  return { name, sortCode: sortCode ?? '', routingNumber: null, accountNumber };
}

/**
 * The relying party defaults to PUBLIC_WEB_URL's host and origin. Browsers refuse a passkey whose
 * RP id is not the page's host or a parent domain of it, so that is checked here, at start.
 */
function parseWebAuthn(vars: EnvVars, problems: string[]): WebAuthnConfig {
  const publicUrl = new URL(vars.PUBLIC_WEB_URL);
  const rpId = (vars.WEBAUTHN_RP_ID ?? publicUrl.hostname).toLowerCase();
  const origins: string[] = [];
  for (const text of (vars.WEBAUTHN_ORIGINS ?? publicUrl.origin).split(',')) {
    const trimmed = text.trim();
    const url = URL.canParse(trimmed) ? new URL(trimmed) : null;
    if (url === null || !/^https?:$/.test(url.protocol)) {
      problems.push(`WEBAUTHN_ORIGINS: "${trimmed}" is not an http(s) origin`);
    } else if (url.hostname !== rpId && !url.hostname.endsWith(`.${rpId}`)) {
      problems.push(`WEBAUTHN_ORIGINS: ${url.origin} is not on the relying party ${rpId}`);
    } else {
      origins.push(url.origin);
    }
  }
  return { rpId, rpName: vars.BRAND_NAME, origins };
}

/** MARQUE_PREVIOUS_SECRET_KEYS: comma-separated keys written like MARQUE_SECRET_KEY. */
function parsePreviousSecretKeys(
  vars: EnvVars,
  secretKey: Buffer | null,
  problems: string[],
): Buffer[] {
  const keys: Buffer[] = [];
  const texts = (vars.MARQUE_PREVIOUS_SECRET_KEYS ?? '').split(',').map((text) => text.trim());
  for (const [index, text] of texts.entries()) {
    if (text === '') continue;
    const key = decodeSecretKey(text);
    if (key === null) {
      problems.push(
        `MARQUE_PREVIOUS_SECRET_KEYS: key ${String(index + 1)} must be 32 bytes written as base64 or hex`,
      );
    } else if (secretKey !== null && key.equals(secretKey)) {
      problems.push(
        `MARQUE_PREVIOUS_SECRET_KEYS: key ${String(index + 1)} is MARQUE_SECRET_KEY itself`,
      );
    } else {
      keys.push(key);
    }
  }
  return keys;
}

/** Accepts 32 bytes as 64 hex characters or as base64 / base64url. */
function decodeSecretKey(text: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length === 32 ? bytes : null;
}

function parseLockoutPolicy(env: Environment, problems: string[]): LockoutPolicy | null {
  const candidate: Record<string, number | null> = { ...DEFAULT_LOCKOUT_POLICY };
  let readable = true;
  for (const [field, variable] of Object.entries(LOCKOUT_VARIABLES)) {
    const raw = env[variable]?.trim();
    if (raw === undefined || raw === '') continue;
    if (field === 'permanentAfterTemporaryLockouts' && raw.toLowerCase() === 'never') {
      candidate[field] = null;
    } else if (/^\d+$/.test(raw)) {
      candidate[field] = Number(raw);
    } else {
      problems.push(
        `${variable}: must be a whole number${field === 'permanentAfterTemporaryLockouts' ? ' or "never"' : ''}`,
      );
      readable = false;
    }
  }
  if (!readable) return null;
  const checked = validateLockoutPolicy(candidate);
  if (checked.ok) return checked.policy;
  problems.push(...checked.problems.map((problem) => `LOCKOUT_*: ${problem}`));
  return null;
}

function parseRateLimits(env: Environment, problems: string[]): RateLimits {
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS };
  for (const [name, variable] of Object.entries(RATE_LIMIT_VARIABLES) as [
    RateLimitName,
    string,
  ][]) {
    const raw = env[variable]?.trim();
    if (raw === undefined || raw === '') continue;
    const match = /^(\d{1,9})\/(\d{1,9})$/.exec(raw);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
      problems.push(`${variable}: must be <limit>/<windowSeconds>, e.g. 20/900`);
      continue;
    }
    limits[name] = { limit: Number(match[1]), windowSeconds: Number(match[2]) };
  }
  return limits;
}

/**
 * Reads (or on first start in development creates, mode 0600) the secret key file in `dataDir`,
 * so a developer gets stable encryption keys without configuring anything.
 */
export function devSecretKey(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}

/** The server's configuration from process.env (the only reader of it); exits 1 naming each bad variable. */
export function configFromProcessEnv(): Config {
  const env = process.env;
  const dataDir = resolve(env.DATA_DIR?.trim() || join(REPO_ROOT, 'data'));
  const needsDevKey = !env.MARQUE_SECRET_KEY?.trim() && env.NODE_ENV !== 'production';
  const result = loadConfig(env, needsDevKey ? { devSecretKey: devSecretKey(dataDir) } : {});
  if (result.ok) return result.config;
  process.stderr.write(
    `Marque cannot start: the configuration is not valid.\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
