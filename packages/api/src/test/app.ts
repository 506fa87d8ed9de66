import type { Kysely } from 'kysely';
import { pino, type Logger } from 'pino';
import { createApp } from '../app.js';
import { createStaffApp } from '../staff-app.js';
import { loadConfig, type Config, type Environment } from '../config.js';
import type { OutboxRow } from '../db/account-security-tables.js';
import type { Database } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import type { ErrorData } from '../trpc/init.js';
import type { Mailer } from '../services/mail/mailer.js';
import { latestMail } from '../services/mail/outbox-reader.js';
import { OutboxMailer } from '../services/mail/outbox-mailer.js';
import { OutboxSmsSender } from '../services/notifications/sms-sender.js';
import { createPaymentSandbox, type PaymentSandbox } from '../payment-sandbox/payment-sandbox.js';
import type { PaymentGateway } from '../services/payments/payment-gateway.js';
import { SandboxGateway } from '../services/payments/sandbox-gateway.js';
import { InProcessChatBus, type ChatBus } from '../services/chat/chat-bus.js';

/** A fixed key so tests are repeatable; never used outside tests. */
export const TEST_SECRET_KEY = '5f0c3a9e1b7d24681357fedcba98765400112233445566778899aabbccddeeff';
export const TEST_WEB_URL = 'http://localhost:3000';
export const TEST_START = '2026-11-23T12:00:00.000Z';

/** A clock tests move by hand: the app reads "now" only through it. */
export class FakeClock {
  private current: number;

  constructor(start: string | Date = TEST_START) {
    this.current = new Date(start).getTime();
  }

  now = (): Date => new Date(this.current);

  advance(by: {
    days?: number;
    hours?: number;
    minutes?: number;
    seconds?: number;
    ms?: number;
  }): void {
    this.current +=
      (by.days ?? 0) * 86_400_000 +
      (by.hours ?? 0) * 3_600_000 +
      (by.minutes ?? 0) * 60_000 +
      (by.seconds ?? 0) * 1000 +
      (by.ms ?? 0);
  }

  set(to: string | Date): void {
    this.current = new Date(to).getTime();
  }
}

/** The configuration tests run with: test defaults, then `env` on top. */
export function testConfig(env: Environment = {}): Config {
  const result = loadConfig({
    NODE_ENV: 'test',
    MARQUE_SECRET_KEY: TEST_SECRET_KEY,
    PUBLIC_WEB_URL: TEST_WEB_URL,
    DATABASE_URL: ':memory:',
    ...env,
  });
  if (!result.ok) throw new Error(`test configuration invalid: ${result.problems.join('; ')}`);
  return result.config;
}

export interface TrpcErrorBody {
  message: string;
  code: number;
  data: ErrorData;
}

/** What a procedure call returned: the HTTP status, the raw body, and its data or error. */
export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  body: unknown;
  data: T | undefined;
  error: TrpcErrorBody | undefined;
}

export interface ClientOptions {
  /** Origin header on POSTs; null sends none. Defaults to the web app's origin. */
  origin?: string | null;
  ip?: string;
  userAgent?: string;
}

const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/** What a TestClient sends requests to: a Hono app without a port, or a real server over fetch. */
export interface RequestTarget {
  request(
    path: string,
    init: RequestInit,
    bindings: { incoming: { socket: { remoteAddress: string } } },
  ): Response | Promise<Response>;
}

/**
 * A browser stand-in: calls tRPC over `app.request()` (no port), keeps cookies in a jar as a
 * browser would, sends the web app's Origin and a fixed client IP.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: RequestTarget,
    private readonly options: ClientOptions = {},
  ) {}

  /** A tRPC query (GET /api/trpc/<path>?input=…). */
  query<T = unknown>(path: string, input?: unknown): Promise<CallResult<T>> {
    const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.call<T>(`/api/trpc/${path}${search}`, { method: 'GET' });
  }

  /** A tRPC mutation (POST /api/trpc/<path> with the input as the JSON body). */
  mutation<T = unknown>(path: string, input?: unknown): Promise<CallResult<T>> {
    return this.call<T>(`/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: input === undefined ? undefined : JSON.stringify(input),
    });
  }

  /** Any request, with this client's cookies, Origin, IP and user agent. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('user-agent', this.options.userAgent ?? DEFAULT_USER_AGENT);
    const origin = this.options.origin === undefined ? TEST_WEB_URL : this.options.origin;
    if (origin !== null && !headers.has('origin')) headers.set('origin', origin);
    if (this.cookies.size > 0) {
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    }
    const bindings = { incoming: { socket: { remoteAddress: this.options.ip ?? '203.0.113.10' } } };
    const response = await this.app.request(path, { ...init, headers }, bindings);
    this.keepCookies(response.headers);
    return response;
  }

  /** The value of a cookie in the jar. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private async call<T>(path: string, init: RequestInit): Promise<CallResult<T>> {
    const response = await this.request(path, init);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (e.g. a proxy's plain-text error): the raw text is the body.
    }
    const envelope = (typeof body === 'object' && body !== null ? body : {}) as {
      result?: { data?: T };
      error?: TrpcErrorBody;
    };
    return {
      status: response.status,
      headers: response.headers,
      body,
      data: envelope.result?.data,
      error: envelope.error,
    };
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const expired = attributes.some((attribute) => /^max-age=0$/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The outbox as tests read it. */
export interface TestOutbox {
  /** Messages to `to` (or to anyone), newest first. */
  messages: (to?: string) => Promise<OutboxRow[]>;
  /** The newest message to `to`; throws when there is none. */
  latest: (to: string) => Promise<OutboxRow>;
  /** The `token` parameter of the first link in a message. */
  tokenIn: (message: OutboxRow) => string;
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  config: Config;
  clock: FakeClock;
  outbox: TestOutbox;
  /** A new browser with an empty cookie jar. */
  client: (options?: ClientOptions) => TestClient;
  /** The staff console's app (its own endpoint and cookie) over the same database and clock. */
  staffApp: ReturnType<typeof createStaffApp>;
  /** A new browser on the staff console: the console's Origin, an empty cookie jar. */
  staffClient: (options?: ClientOptions) => TestClient;
  /** The sandbox card provider the app charges through; its webhooks reach the app without a port. */
  paymentSandbox: PaymentSandbox;
}

export interface TestAppOptions {
  db: Kysely<Database>;
  clock?: FakeClock;
  /** Environment overrides, e.g. { LOCKOUT_MAX_FAILURES: '3', RATE_LIMIT_LOGIN_IP: '5/60' }. */
  env?: Environment;
  mailer?: Mailer;
  /** Defaults to a silent logger. */
  logger?: Logger;
  /** Defaults to the sandbox provider wired to this app. */
  paymentGateway?: PaymentGateway;
  /** Defaults to one instance's own bus; cross-instance tests pass a PostgreSQL one. */
  chatBus?: ChatBus;
}

/** The provider's servers, as the app sees a webhook's sender. */
const SERVER_BINDINGS = { incoming: { socket: { remoteAddress: '198.51.100.20' } } };

/** The real app over a test database, with a fake clock, the outbox mailer and a silent logger. */
export function createTestApp(options: TestAppOptions): TestApp {
  const clock = options.clock ?? new FakeClock();
  const config = testConfig(options.env);
  const paymentSandbox = createPaymentSandbox({
    webhookUrl: `${config.publicWebUrl}/api/webhooks/payments`,
    webhookSecret: config.paymentGateway.webhookSecret,
    secretKey: config.paymentGateway.secretKey,
    allowedParentOrigin: config.publicOrigin,
    publicUrl: config.paymentGateway.url,
    clock: clock.now,
    retryDelaysMs: [0, 0],
    fetch: (url, init) => Promise.resolve(app.request(url, init, SERVER_BINDINGS)),
  });
  const deps: AppDeps = {
    config,
    db: options.db,
    clock: clock.now,
    mailer: options.mailer ?? new OutboxMailer(options.db, clock.now),
    sms: new OutboxSmsSender(options.db, clock.now),
    logger: options.logger ?? pino({ level: 'silent' }),
    paymentGateway:
      options.paymentGateway ??
      new SandboxGateway({
        baseUrl: config.paymentGateway.url,
        secretKey: config.paymentGateway.secretKey,
        fetch: (url, init) => Promise.resolve(paymentSandbox.app.request(url, init)),
      }),
    chatBus: options.chatBus ?? new InProcessChatBus(),
  };
  const app = createApp(deps);
  const staffApp = createStaffApp(deps);
  const outbox: TestOutbox = {
    messages: (to) => latestMail(options.db, { ...(to === undefined ? {} : { to }), limit: 1000 }),
    async latest(to) {
      const [message] = await latestMail(options.db, { to, limit: 1 });
      if (message === undefined) throw new Error(`no e-mail to ${to}`);
      return message;
    },
    tokenIn(message) {
      const match = /[?&#]token=([A-Za-z0-9_-]+)/.exec(message.text_body);
      if (!match?.[1]) throw new Error(`no token link in "${message.subject}"`);
      return match[1];
    },
  };
  return {
    app,
    deps,
    config,
    clock,
    outbox,
    client: (clientOptions) => new TestClient(app, clientOptions),
    staffApp,
    staffClient: (clientOptions) =>
      new TestClient(staffApp, { origin: config.staffOrigin, ...clientOptions }),
    paymentSandbox,
  };
}
