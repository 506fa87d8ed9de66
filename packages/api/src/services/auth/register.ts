import type { IdentityClaim } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { createAccount } from '../accounts/account-store.js';
import {
  createEmailVerification,
  consumeEmailVerification,
} from '../accounts/email-verification.js';
import { claimedAgreementNumber, customerMatchingIdentity } from '../accounts/identity-check.js';
import { normaliseEmail, normaliseUsername } from '../accounts/username.js';
import { auditRequest } from '../audit/index.js';
import { assertAcceptablePassword } from '../credentials/acceptable-password.js';
import { hashPassword } from '../credentials/password-hash.js';
import { alreadyRegisteredMail, verifyEmailMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { instant } from '../time/instant.js';

export interface RegistrationInput {
  identity: IdentityClaim;
  username: string;
  email: string;
  password: string;
}

export interface RegistrationResult {
  status: 'check_email';
  message: string;
}

const USERNAME_TAKEN = 'This username is already taken. Please choose another.';

function isUniqueViolation(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code)}` : '';
  return /unique|23505/i.test(text);
}

/**
 * Registration against an existing agreement (the market's identity check). The answer is the
 * same whether the details match nothing, match a customer already registered (who is e-mailed
 * instead), or match and start a registration — only the e-mail that follows differs. A username
 * that is taken is a field error (usernames are not secret; the endpoint is rate limited).
 */
export async function register(
  ctx: Context,
  input: RegistrationInput,
): Promise<RegistrationResult> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `register:ip:${ctx.req.ip}`,
    config.rateLimits.registerPerIp,
    now,
  );
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `identity:agreement:${claimedAgreementNumber(input.identity)}`,
    config.rateLimits.identityPerAgreement,
    now,
  );
  const email = normaliseEmail(input.email);
  const usernameKey = normaliseUsername(input.username);
  const customerId = await customerMatchingIdentity(db, config.market, input.identity);

  const holder = await db
    .selectFrom('accounts')
    .select(['customer_id', 'email_verified_at'])
    .where('username_normalised', '=', usernameKey)
    .executeTakeFirst();
  // A pending (unverified) registration of the same customer may be redone with the same username.
  const ownPending = holder?.customer_id === customerId && holder.email_verified_at === null;
  if (holder !== undefined && !ownPending) throw fieldError({ username: USERNAME_TAKEN });

  // Only what the registrant typed is used here, so this answer reveals nothing about the record.
  assertAcceptablePassword(input.password, {
    username: input.username,
    email,
    dateOfBirth: input.identity.dateOfBirth,
    ...(input.identity.market === 'UK' ? { postcode: input.identity.postcode } : {}),
  });
  // Hashed on every path, so a match takes as long as a mismatch.
  const passwordHash = await hashPassword(input.password);
  const answer: RegistrationResult = {
    status: 'check_email',
    message: `Thank you. If your details match one of our agreements, we have sent an e-mail to ${email} with what to do next.`,
  };

  if (customerId === null) {
    await auditRequest(ctx, {
      event: 'account.registration_unmatched',
      actorType: 'anonymous',
      details: { username: usernameKey },
    });
    return answer;
  }
  const customer = await db
    .selectFrom('customers')
    .select(['given_name'])
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow();
  const existing = await db
    .selectFrom('accounts')
    .select(['id', 'email', 'email_verified_at'])
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (existing !== undefined && existing.email_verified_at !== null) {
    await mailer.send(
      alreadyRegisteredMail(mailBrandOf(config), {
        email: existing.email,
        givenName: customer.given_name,
      }),
    );
    await auditRequest(ctx, {
      event: 'account.registration_repeated',
      actorType: 'anonymous',
      customerId,
      accountId: existing.id,
    });
    return answer;
  }

  let token: string;
  let accountId: string;
  try {
    ({ token, accountId } = await db.transaction().execute(async (trx) => {
      // An unverified registration never proved its e-mail address: a new matching one replaces it.
      if (existing !== undefined)
        await trx.deleteFrom('accounts').where('id', '=', existing.id).execute();
      const account = await createAccount(
        trx,
        { customerId, username: input.username, email, passwordHash, emailVerified: false },
        now,
      );
      return {
        accountId: account.id,
        token: await createEmailVerification(trx, account.id, 'registration', email, now),
      };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError({ username: USERNAME_TAKEN });
    throw error;
  }
  await mailer.send(
    verifyEmailMail(mailBrandOf(config), { email, givenName: customer.given_name }, token),
  );
  await auditRequest(ctx, {
    event: 'account.registered',
    actorType: 'anonymous',
    customerId,
    accountId,
  });
  return answer;
}

/** Confirms a registration's e-mail address from the e-mailed link; then the customer can sign in. */
export async function verifyEmail(
  ctx: Context,
  input: { token: string },
): Promise<{ status: 'verified' }> {
  const { db, clock } = ctx.deps;
  const now = clock();
  const proof = await consumeEmailVerification(db, input.token, 'registration', now);
  if (proof === null) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        'This link has expired or has already been used. If you cannot sign in, register again to get a new link.',
    });
  }
  const account = await db
    .updateTable('accounts')
    .set({ email_verified_at: instant(now) })
    .where('id', '=', proof.accountId)
    .where('email', '=', proof.email)
    .returning(['id', 'customer_id'])
    .executeTakeFirst();
  if (account !== undefined) {
    await auditRequest(ctx, {
      event: 'email.verified',
      actorType: 'customer',
      actorId: account.id,
      customerId: account.customer_id,
      accountId: account.id,
    });
  }
  return { status: 'verified' };
}
