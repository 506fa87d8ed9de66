import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { TRPCError } from '@trpc/server';
import type { Context, SessionInfo } from '../../trpc/context.js';
import { auditRequest } from '../audit/index.js';
import type { PasskeyRequestOptions } from '../passkeys/options-json.js';
import { beginAssertion, checkAssertion } from '../passkeys/passkey-assertion.js';
import { passkeysOf } from '../passkeys/passkey-store.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { markReauthenticated } from '../sessions/session-store.js';

type SignedInContext = Context & { session: SessionInfo };

function bindingOf(ctx: SignedInContext) {
  return { accountId: ctx.session.accountId, sessionId: ctx.session.id, mfaChallengeId: null };
}

/**
 * Options for proving it is the customer with a passkey before a sensitive change, instead of the
 * password: rate limited with the password check, so a stolen session cannot hammer either.
 */
export async function reauthenticationPasskeyOptions(
  ctx: SignedInContext,
): Promise<{ options: PasskeyRequestOptions }> {
  const { db, clock, config } = ctx.deps;
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `password-check:${ctx.session.accountId}`,
    config.rateLimits.passwordCheckPerAccount,
    clock(),
  );
  const passkeys = await passkeysOf(db, ctx.session.accountId);
  if (passkeys.length === 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'There is no passkey on this account. Enter your password instead.',
    });
  }
  return { options: await beginAssertion(ctx, 'reauthentication', bindingOf(ctx), passkeys) };
}

/** Re-authentication with a passkey: marks this session as recently authenticated (10 minutes). */
export async function reauthenticateWithPasskey(
  ctx: SignedInContext,
  input: { response: AuthenticationResponseJSON },
): Promise<{ status: 'reauthenticated' }> {
  const { db, clock } = ctx.deps;
  const subject = {
    actorType: 'customer' as const,
    actorId: ctx.session.accountId,
    customerId: ctx.session.customerId,
    accountId: ctx.session.accountId,
  };
  const outcome = await checkAssertion(
    ctx,
    'reauthentication',
    bindingOf(ctx),
    input.response,
    ctx.session.accountId,
  );
  if (!outcome.ok) {
    await auditRequest(ctx, {
      event: 'passkey.failed',
      ...subject,
      details: { purpose: 'reauthentication', reason: outcome.reason },
    });
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'That passkey was not accepted. Try it again, or enter your password instead.',
    });
  }
  await markReauthenticated(db, ctx.session.id, clock());
  await auditRequest(ctx, {
    event: 'passkey.reauthenticated',
    ...subject,
    details: { passkeyId: outcome.passkey.id },
  });
  return { status: 'reauthenticated' };
}
