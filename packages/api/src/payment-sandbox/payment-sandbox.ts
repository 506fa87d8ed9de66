import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cardBrand, isCardNumber, type CardBrand } from '@marque/domain';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { challengeDonePage, challengePage } from './challenge-page.js';
import {
  HOSTED_FIELDS_SCRIPT,
  HOSTED_FIELDS_STYLE,
  hostedFieldsPage,
} from './hosted-fields-page.js';
import { cardOutcome, type CardOutcome } from './test-cards.js';
import { WebhookSender, type WebhookFetch } from './webhook-sender.js';

/** A card token lives this long and is good for one charge, as with a real provider. */
export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

export interface PaymentSandboxOptions {
  /** Our API's webhook endpoint, e.g. http://localhost:3000/api/webhooks/payments. */
  webhookUrl: string;
  webhookSecret: string;
  /** The server API's key (`Authorization: Bearer …`). */
  secretKey: string;
  /** The only origin the hosted fields may be framed by and post the token to. */
  allowedParentOrigin: string;
  /** The sandbox's own address, for challenge links. */
  publicUrl: string;
  clock: () => Date;
  /** How webhooks are sent; tests pass the API app's `request`. */
  fetch?: WebhookFetch;
  /** Waits between webhook retries (default 1 s, 5 s, 30 s, 2 min). */
  retryDelaysMs?: readonly number[];
}

export interface PaymentSandbox {
  app: Hono;
  /** Resolves when every webhook started so far has been delivered or given up. */
  idle(): Promise<void>;
}

/** What the sandbox keeps of a card: never the number or the security code, only what it needs. */
interface CardToken {
  brand: CardBrand;
  last4: string;
  outcome: CardOutcome;
  expiresAt: number;
}

interface Charge {
  id: string;
  status: 'succeeded' | 'declined' | 'requires_action';
  amount: number;
  currency: 'GBP' | 'USD';
  reference: string;
  returnUrl: string | null;
  failureReason: string | null;
  /** Given back so far: never more than the amount. */
  refunded: number;
}

interface StoredAnswer {
  requestHash: string;
  status: 400 | 200;
  body: object;
}

const tokenRequest = z.object({
  number: z.string().max(32),
  expMonth: z.number().int().min(1).max(12),
  expYear: z.number().int().min(0).max(9999),
  cvc: z.string().regex(/^\d{3,4}$/),
});

const chargeRequest = z.object({
  token: z.string().min(1).max(100),
  amount: z.number().int().positive().max(100_000_000),
  currency: z.enum(['GBP', 'USD']),
  reference: z.string().min(1).max(100),
  returnUrl: z.url({ protocol: /^https?$/ }).optional(),
});

const refundRequest = z.object({
  charge: z.string().min(1).max(100),
  amount: z.number().int().positive().max(100_000_000),
  currency: z.enum(['GBP', 'USD']),
});

function sandboxId(prefix: 'tok' | 'ch' | 'evt' | 're'): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** A card that has expired by the end of its expiry month is refused, as a real provider would. */
function expired(expMonth: number, expYear: number, now: Date): boolean {
  const fullYear = expYear < 100 ? 2000 + expYear : expYear;
  return Date.UTC(fullYear, expMonth, 1) <= now.getTime();
}

function sendHtml(c: Context, html: string, csp: string, status: 200 | 404 = 200): Response {
  c.header('Content-Security-Policy', csp);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return c.html(html, status);
}

/**
 * A payment provider's test mode as its own HTTP service: hosted card fields that turn a card into
 * a single-use token, a server API that charges tokens idempotently, a challenge page, and signed
 * webhooks. Everything is kept in memory: it is a sandbox, and restarting it forgets every token
 * and charge.
 */
export function createPaymentSandbox(options: PaymentSandboxOptions): PaymentSandbox {
  const tokens = new Map<string, CardToken>();
  const charges = new Map<string, Charge>();
  const answers = new Map<string, StoredAnswer>();
  const webhooks = new WebhookSender({
    url: options.webhookUrl,
    secret: options.webhookSecret,
    clock: options.clock,
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    retryDelaysMs: options.retryDelaysMs ?? [1000, 5000, 30_000, 120_000],
  });

  function notify(charge: Charge): void {
    if (charge.status === 'requires_action') return;
    webhooks.send({
      id: sandboxId('evt'),
      type: charge.status === 'succeeded' ? 'charge.succeeded' : 'charge.failed',
      data: {
        chargeId: charge.id,
        reference: charge.reference,
        amount: charge.amount,
        currency: charge.currency,
        ...(charge.failureReason === null ? {} : { failureReason: charge.failureReason }),
      },
    });
  }

  function charge(request: z.infer<typeof chargeRequest>): object | null {
    const now = options.clock().getTime();
    const card = tokens.get(request.token);
    tokens.delete(request.token);
    if (card === undefined || card.expiresAt <= now) return null;
    const id = sandboxId('ch');
    const stored: Charge = {
      id,
      status:
        card.outcome === 'approve'
          ? 'succeeded'
          : card.outcome === 'decline'
            ? 'declined'
            : 'requires_action',
      amount: request.amount,
      currency: request.currency,
      reference: request.reference,
      returnUrl: request.returnUrl ?? null,
      failureReason: card.outcome === 'decline' ? 'card_declined' : null,
      refunded: 0,
    };
    charges.set(id, stored);
    notify(stored);
    return chargeAnswer(stored);
  }

  /** A charge as the server API shows it, when made and when retrieved. */
  function chargeAnswer(stored: Charge): object {
    const { id, status } = stored;
    if (status === 'requires_action') {
      return { id, status, nextActionUrl: `${options.publicUrl}/challenge/${id}` };
    }
    return status === 'declined'
      ? { id, status, failureReason: stored.failureReason }
      : { id, status };
  }

  const app = new Hono();
  const hostedFieldsCsp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${options.allowedParentOrigin}`,
  ].join('; ');

  app.get('/hosted-fields', (c) =>
    sendHtml(c, hostedFieldsPage(options.allowedParentOrigin), hostedFieldsCsp),
  );
  app.get('/hosted-fields.js', (c) => {
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(HOSTED_FIELDS_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' });
  });
  app.get('/hosted-fields.css', (c) => {
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(HOSTED_FIELDS_STYLE, 200, { 'content-type': 'text/css; charset=utf-8' });
  });

  app.post('/v1/tokens', async (c) => {
    const parsed = tokenRequest.safeParse(await c.req.json().catch(() => null));
    const now = options.clock();
    if (!parsed.success || !isCardNumber(parsed.data.number)) {
      return c.json(
        errorBody('card_invalid', 'Please check the card number and security code.'),
        400,
      );
    }
    if (expired(parsed.data.expMonth, parsed.data.expYear, now)) {
      return c.json(errorBody('card_expired', 'This card has expired.'), 400);
    }
    for (const [id, token] of tokens) if (token.expiresAt <= now.getTime()) tokens.delete(id);
    const digits = parsed.data.number.replace(/[ -]/g, '');
    const id = sandboxId('tok');
    const token: CardToken = {
      brand: cardBrand(digits),
      last4: digits.slice(-4),
      outcome: cardOutcome(digits),
      expiresAt: now.getTime() + TOKEN_LIFETIME_MS,
    };
    tokens.set(id, token);
    return c.json({ id, card: { brand: token.brand, last4: token.last4 } });
  });

  /**
   * A server API call as a real provider takes it: the secret key, and an Idempotency-Key whose
   * first answer is the answer to every retry of the same request (a different request with the
   * same key is refused). `handle` gets the request's JSON and answers synchronously.
   */
  function serverCall(handle: (json: unknown) => Omit<StoredAnswer, 'requestHash'>) {
    return async (c: Context): Promise<Response> => {
      const authorization = c.req.header('authorization') ?? '';
      if (!sameSecret(authorization, `Bearer ${options.secretKey}`)) {
        return c.json(errorBody('unauthorised', 'Invalid API key.'), 401);
      }
      const key = c.req.header('idempotency-key') ?? '';
      if (key === '' || key.length > 255) {
        return c.json(
          errorBody('idempotency_key_required', 'Send an Idempotency-Key header.'),
          400,
        );
      }
      const text = await c.req.text();
      const requestHash = createHash('sha256').update(`${c.req.path}\n${text}`).digest('hex');
      // From here to the end nothing awaits, so two requests with one key cannot both act.
      const earlier = answers.get(key);
      if (earlier !== undefined) {
        if (earlier.requestHash !== requestHash) {
          return c.json(
            errorBody(
              'idempotency_conflict',
              'This Idempotency-Key was used with another request.',
            ),
            409,
          );
        }
        return c.json(earlier.body, earlier.status);
      }
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        // An unreadable body is answered like an invalid one.
      }
      const answer: StoredAnswer = { requestHash, ...handle(json) };
      answers.set(key, answer);
      return c.json(answer.body, answer.status);
    };
  }

  app.post(
    '/v1/charges',
    serverCall((json) => {
      const parsed = chargeRequest.safeParse(json);
      if (!parsed.success) {
        return { status: 400, body: errorBody('invalid_request', 'Invalid charge.') };
      }
      const body = charge(parsed.data);
      return body !== null
        ? { status: 200, body }
        : {
            status: 400,
            body: errorBody('token_invalid', 'The card token is unknown, used or expired.'),
          };
    }),
  );

  // Refunds are immediate in the sandbox: a succeeded charge gives back up to what it took.
  app.post(
    '/v1/refunds',
    serverCall((json) => {
      const parsed = refundRequest.safeParse(json);
      if (!parsed.success) {
        return { status: 400, body: errorBody('invalid_request', 'Invalid refund.') };
      }
      const found = charges.get(parsed.data.charge);
      if (found === undefined) {
        return { status: 400, body: errorBody('charge_unknown', 'No such charge.') };
      }
      if (found.status !== 'succeeded' || found.currency !== parsed.data.currency) {
        return {
          status: 400,
          body: errorBody('charge_not_refundable', 'This charge cannot be refunded.'),
        };
      }
      if (found.refunded + parsed.data.amount > found.amount) {
        return {
          status: 400,
          body: errorBody('amount_too_large', 'The refund is more than is left of the charge.'),
        };
      }
      found.refunded += parsed.data.amount;
      return { status: 200, body: { id: sandboxId('re'), status: 'succeeded' } };
    }),
  );

  // Retrieval by the merchant's own reference, so a merchant that lost a charge's answer (it
  // stopped between charging and recording) can still learn what happened to it.
  app.get('/v1/charges', (c) => {
    if (!sameSecret(c.req.header('authorization') ?? '', `Bearer ${options.secretKey}`)) {
      return c.json(errorBody('unauthorised', 'Invalid API key.'), 401);
    }
    const reference = c.req.query('reference') ?? '';
    if (reference === '' || reference.length > 100) {
      return c.json(errorBody('invalid_request', 'Give the reference to look up.'), 400);
    }
    const found = [...charges.values()].find((stored) => stored.reference === reference);
    if (found === undefined) {
      return c.json(errorBody('not_found', 'No charge has this reference.'), 404);
    }
    return c.json(chargeAnswer(found));
  });

  app.get('/challenge/:id', (c) => {
    const found = charges.get(c.req.param('id'));
    const returnOrigin = found?.returnUrl ? new URL(found.returnUrl).origin : '';
    const csp = `default-src 'none'; style-src 'self'; form-action 'self' ${returnOrigin}; frame-ancestors 'none'; base-uri 'none'`;
    if (found?.status !== 'requires_action') {
      return sendHtml(c, challengeDonePage(found?.status === 'succeeded'), csp, 404);
    }
    const amountText = new Intl.NumberFormat(found.currency === 'GBP' ? 'en-GB' : 'en-US', {
      style: 'currency',
      currency: found.currency,
    }).format(found.amount / 100);
    return sendHtml(c, challengePage(found.id, amountText), csp);
  });

  app.post('/challenge/:id/:outcome{complete|fail}', (c) => {
    const found = charges.get(c.req.param('id'));
    if (found?.status !== 'requires_action')
      return c.text('This payment is not awaiting you.', 404);
    const succeeded = c.req.param('outcome') === 'complete';
    found.status = succeeded ? 'succeeded' : 'declined';
    found.failureReason = succeeded ? null : 'authentication_failed';
    notify(found);
    if (found.returnUrl !== null) return c.redirect(found.returnUrl, 303);
    return sendHtml(c, challengeDonePage(succeeded), "default-src 'none'; frame-ancestors 'none'");
  });

  app.notFound((c) => c.json(errorBody('not_found', 'Not found.'), 404));
  return { app, idle: () => webhooks.idle() };
}
