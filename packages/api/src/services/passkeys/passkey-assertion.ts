import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import type { PasskeyRow, WebAuthnPurpose } from '../../db/passkey-tables.js';
import type { Context } from '../../trpc/context.js';
import { findAccountById } from '../accounts/account-store.js';
import { recipientOf } from '../accounts/personal-info.js';
import { auditRequest } from '../audit/index.js';
import { passkeyChangedMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { notMeLink } from '../not-me/not-me-link.js';
import type { PasskeyRequestOptions } from './options-json.js';
import {
  credentialDescriptor,
  findPasskeyByCredentialId,
  recordPasskeyUse,
} from './passkey-store.js';
import { userHandleOf } from './user-handle.js';
import {
  challengeOf,
  spendChallenge,
  storeChallenge,
  WEBAUTHN_CHALLENGE_SECONDS,
  type ChallengeBinding,
} from './webauthn-challenges.js';

export type AssertionPurpose = Exclude<WebAuthnPurpose, 'registration'>;

/**
 * A passkey alone signs in and re-authenticates, so the authenticator must verify the person (PIN,
 * fingerprint). As the second step after a password, presence is enough.
 */
function userVerificationFor(purpose: AssertionPurpose): 'required' | 'discouraged' {
  return purpose === 'second_factor' ? 'discouraged' : 'required';
}

/**
 * The options for navigator.credentials.get(): a fresh challenge kept server-side for `purpose`
 * and `binding`. `allow` names the account's passkeys; none (a passkey sign-in) lets the browser
 * offer any passkey it holds for this site (a discoverable credential).
 */
export async function beginAssertion(
  ctx: Context,
  purpose: AssertionPurpose,
  binding: ChallengeBinding,
  allow: PasskeyRow[] | null,
): Promise<PasskeyRequestOptions> {
  const { db, clock, config } = ctx.deps;
  const options = await generateAuthenticationOptions({
    rpID: config.webauthn.rpId,
    userVerification: userVerificationFor(purpose),
    timeout: WEBAUTHN_CHALLENGE_SECONDS * 1000,
    ...(allow === null ? {} : { allowCredentials: allow.map(credentialDescriptor) }),
  });
  await storeChallenge(db, options.challenge, purpose, binding, clock());
  return options;
}

export type AssertionOutcome =
  | { ok: true; passkey: PasskeyRow }
  | { ok: false; reason: 'challenge_not_valid' | 'unknown_passkey'; passkey: null }
  | { ok: false; reason: 'not_verified' | 'copy_refused'; passkey: PasskeyRow };

/**
 * Checks a browser's answer: the challenge is spent (once, for this purpose and binding), the
 * passkey must be known (and the account's own when `accountId` is given), the signature, origin,
 * relying party and user verification must hold, and the sign counter must rise. A counter that
 * does not rise is refused, audited and e-mailed as a possible copy of the passkey.
 */
export async function checkAssertion(
  ctx: Context,
  purpose: AssertionPurpose,
  binding: ChallengeBinding,
  response: AuthenticationResponseJSON,
  accountId: string | null,
): Promise<AssertionOutcome> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const challenge = challengeOf(response.response.clientDataJSON);
  if (challenge === null || !(await spendChallenge(db, challenge, purpose, binding, now))) {
    return { ok: false, reason: 'challenge_not_valid', passkey: null };
  }
  const passkey = await findPasskeyByCredentialId(db, response.id);
  if (passkey === undefined || (accountId !== null && passkey.account_id !== accountId)) {
    return { ok: false, reason: 'unknown_passkey', passkey: null };
  }
  const userHandle = response.response.userHandle;
  if (userHandle !== undefined && userHandle !== userHandleOf(passkey.account_id)) {
    return { ok: false, reason: 'not_verified', passkey };
  }
  let newCounter: number;
  try {
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: config.webauthn.origins,
      expectedRPID: config.webauthn.rpId,
      requireUserVerification: userVerificationFor(purpose) === 'required',
      // The stored counter is compared by recordPasskeyUse after the signature is proved, so that
      // an unsigned answer cannot raise a "copied passkey" alarm; the library is given 0 to skip it.
      credential: {
        id: passkey.credential_id,
        publicKey: Buffer.from(passkey.public_key, 'base64url'),
        counter: 0,
      },
    });
    if (!verification.verified) return { ok: false, reason: 'not_verified', passkey };
    newCounter = verification.authenticationInfo.newCounter;
  } catch {
    // The library throws for every malformed or mismatched answer (origin, RP id, signature…).
    return { ok: false, reason: 'not_verified', passkey };
  }
  if (await recordPasskeyUse(db, passkey, newCounter, now)) return { ok: true, passkey };
  await refuseCopy(ctx, passkey, newCounter);
  return { ok: false, reason: 'copy_refused', passkey };
}

async function refuseCopy(ctx: Context, passkey: PasskeyRow, newCounter: number): Promise<void> {
  const { db, clock, config, mailer } = ctx.deps;
  const account = await findAccountById(db, passkey.account_id);
  if (account === undefined) return;
  await auditRequest(ctx, {
    event: 'passkey.copy_refused',
    actorType: 'anonymous',
    customerId: account.customer_id,
    accountId: account.id,
    details: { passkeyId: passkey.id, storedCounter: passkey.sign_count, newCounter },
  });
  const now = clock();
  await mailer.send(
    passkeyChangedMail(
      mailBrandOf(config),
      recipientOf(account),
      'refused_copy',
      passkey.name,
      now,
      await notMeLink(db, config.publicWebUrl, account.id, 'passkey_changed', now),
    ),
  );
}
