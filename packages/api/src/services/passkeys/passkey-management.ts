import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { TRPCError } from '@trpc/server';
import type { PasskeyRow } from '../../db/passkey-tables.js';
import type { Context, SessionInfo } from '../../trpc/context.js';
import { findAccountById, type AccountWithCustomer } from '../accounts/account-store.js';
import { recipientOf } from '../accounts/personal-info.js';
import { auditRequest, type AuditEventName } from '../audit/index.js';
import { passkeyChangedMail, type PasskeyChange } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { notMeLink } from '../not-me/not-me-link.js';
import type { PasskeyCreationOptions } from './options-json.js';
import {
  credentialDescriptor,
  findOwnPasskey,
  findPasskeyByCredentialId,
  insertPasskey,
  MAX_PASSKEYS_PER_ACCOUNT,
  passkeysOf,
  passkeyView,
  type PasskeyView,
} from './passkey-store.js';
import { userHandleOf } from './user-handle.js';
import {
  challengeOf,
  spendChallenge,
  storeChallenge,
  WEBAUTHN_CHALLENGE_SECONDS,
} from './webauthn-challenges.js';

type SignedInContext = Context & { session: SessionInfo };

async function signedInAccount(ctx: SignedInContext): Promise<AccountWithCustomer> {
  const account = await findAccountById(ctx.deps.db, ctx.session.accountId);
  if (account === undefined)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  return account;
}

/** Another customer's passkey id answers exactly like an unknown one (no IDOR). */
function passkeyNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND' });
}

const AUDIT_OF_CHANGE: Readonly<Record<Exclude<PasskeyChange, 'refused_copy'>, AuditEventName>> = {
  added: 'passkey.added',
  renamed: 'passkey.renamed',
  removed: 'passkey.removed',
};

/** Every change to the customer's passkeys is audited and e-mailed with a "this wasn't me" link. */
async function announce(
  ctx: SignedInContext,
  account: AccountWithCustomer,
  change: Exclude<PasskeyChange, 'refused_copy'>,
  passkey: PasskeyRow,
): Promise<void> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  await auditRequest(ctx, {
    event: AUDIT_OF_CHANGE[change],
    actorType: 'customer',
    actorId: account.id,
    customerId: account.customer_id,
    accountId: account.id,
    details: { passkeyId: passkey.id, name: passkey.name },
  });
  await mailer.send(
    passkeyChangedMail(
      mailBrandOf(config),
      recipientOf(account),
      change,
      passkey.name,
      now,
      await notMeLink(db, config.publicWebUrl, account.id, 'passkey_changed', now),
    ),
  );
}

/** The signed-in customer's passkeys, oldest first. */
export async function listPasskeys(ctx: SignedInContext): Promise<{ passkeys: PasskeyView[] }> {
  const rows = await passkeysOf(ctx.deps.db, ctx.session.accountId);
  return { passkeys: rows.map(passkeyView) };
}

/**
 * The options for navigator.credentials.create(): a discoverable credential (so it can sign in
 * without a username) with user verification, none of the passkeys the customer already has, and
 * a challenge bound to this session.
 */
export async function passkeyRegistrationOptions(
  ctx: SignedInContext,
): Promise<{ options: PasskeyCreationOptions }> {
  const { db, clock, config } = ctx.deps;
  const account = await signedInAccount(ctx);
  const existing = await passkeysOf(db, account.id);
  if (existing.length >= MAX_PASSKEYS_PER_ACCOUNT) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `You already have ${MAX_PASSKEYS_PER_ACCOUNT} passkeys. Remove one you no longer use first.`,
    });
  }
  const options = await generateRegistrationOptions({
    rpName: config.webauthn.rpName,
    rpID: config.webauthn.rpId,
    userName: account.username,
    userID: Buffer.from(userHandleOf(account.id), 'base64url'),
    userDisplayName: `${account.given_name} ${account.family_name}`,
    timeout: WEBAUTHN_CHALLENGE_SECONDS * 1000,
    attestationType: 'none',
    excludeCredentials: existing.map(credentialDescriptor),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await storeChallenge(
    db,
    options.challenge,
    'registration',
    { accountId: account.id, sessionId: ctx.session.id, mfaChallengeId: null },
    clock(),
  );
  return { options };
}

function notAdded(): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: 'We could not add that passkey. Please try again.',
  });
}

/** Adds the passkey the browser created for the options above, under the customer's name for it. */
export async function registerPasskey(
  ctx: SignedInContext,
  input: { name: string; response: RegistrationResponseJSON },
): Promise<{ passkey: PasskeyView }> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const account = await signedInAccount(ctx);
  const refuse = async (reason: string): Promise<never> => {
    await auditRequest(ctx, {
      event: 'passkey.failed',
      actorType: 'customer',
      actorId: account.id,
      customerId: account.customer_id,
      accountId: account.id,
      details: { purpose: 'registration', reason },
    });
    throw notAdded();
  };
  const challenge = challengeOf(input.response.response.clientDataJSON);
  const binding = { accountId: account.id, sessionId: ctx.session.id, mfaChallengeId: null };
  if (challenge === null || !(await spendChallenge(db, challenge, 'registration', binding, now))) {
    return refuse('challenge_not_valid');
  }
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: config.webauthn.origins,
      expectedRPID: config.webauthn.rpId,
      requireUserVerification: true,
    });
  } catch {
    return refuse('not_verified');
  }
  if (!verified.verified) return refuse('not_verified');
  const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
  if ((await findPasskeyByCredentialId(db, credential.id)) !== undefined) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'That passkey is already registered. Choose another, or rename the one you have.',
    });
  }
  const passkey = await insertPasskey(
    db,
    {
      accountId: account.id,
      credentialId: credential.id,
      publicKey: credential.publicKey,
      signCount: credential.counter,
      transports: input.response.response.transports ?? credential.transports,
      multiDevice: credentialDeviceType === 'multiDevice',
      backedUp: credentialBackedUp,
      name: input.name,
    },
    now,
  );
  await announce(ctx, account, 'added', passkey);
  return { passkey: passkeyView(passkey) };
}

export async function renamePasskey(
  ctx: SignedInContext,
  input: { passkeyId: string; name: string },
): Promise<{ passkey: PasskeyView }> {
  const { db } = ctx.deps;
  const account = await signedInAccount(ctx);
  const passkey = await db
    .updateTable('passkeys')
    .set({ name: input.name })
    .where('id', '=', input.passkeyId)
    .where('account_id', '=', account.id)
    .returningAll()
    .executeTakeFirst();
  if (passkey === undefined) throw passkeyNotFound();
  await announce(ctx, account, 'renamed', passkey);
  return { passkey: passkeyView(passkey) };
}

/** Removes one of the customer's passkeys (after re-authentication: see the router). */
export async function removePasskey(
  ctx: SignedInContext,
  input: { passkeyId: string },
): Promise<{ status: 'removed' }> {
  const { db } = ctx.deps;
  const account = await signedInAccount(ctx);
  const passkey = await findOwnPasskey(db, account.id, input.passkeyId);
  if (passkey === undefined) throw passkeyNotFound();
  const removed = await db
    .deleteFrom('passkeys')
    .where('id', '=', passkey.id)
    .where('account_id', '=', account.id)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) !== 1) throw passkeyNotFound();
  await announce(ctx, account, 'removed', passkey);
  return { status: 'removed' };
}
