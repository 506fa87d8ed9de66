import { TRPCError } from '@trpc/server';
import type { Context, SessionInfo } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { findAccountById, type AccountWithCustomer } from '../accounts/account-store.js';
import { recipientOf } from '../accounts/personal-info.js';
import { auditRequest, type AuditEventName } from '../audit/index.js';
import { twoStepChangedMail, type TwoStepChange } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { notMeLink } from '../not-me/not-me-link.js';
import {
  acceptTimeStep,
  hasConfirmedTotp,
  loadTotp,
  removeSecondFactor,
  replaceRecoveryCodes,
  secondFactorKeys,
  storeTotpSecret,
} from './second-factor-store.js';
import { newTotpSecret, qrSvg, totpUri, verifyTotp } from './totp.js';

type SignedInContext = Context & { session: SessionInfo };

async function signedInAccount(ctx: SignedInContext): Promise<AccountWithCustomer> {
  const account = await findAccountById(ctx.deps.db, ctx.session.accountId);
  if (account === undefined)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  return account;
}

const AUDIT_OF_CHANGE: Readonly<Record<TwoStepChange, AuditEventName>> = {
  enabled: 'mfa.enabled',
  disabled: 'mfa.disabled',
  recovery_codes_replaced: 'mfa.recovery_codes_replaced',
};

/** Every change to the second factor is audited and the customer alerted by e-mail. */
async function announce(
  ctx: SignedInContext,
  account: AccountWithCustomer,
  change: TwoStepChange,
): Promise<void> {
  const { db, config, clock, mailer } = ctx.deps;
  await auditRequest(ctx, {
    event: AUDIT_OF_CHANGE[change],
    actorType: 'customer',
    actorId: account.id,
    customerId: account.customer_id,
    accountId: account.id,
  });
  const now = clock();
  await mailer.send(
    twoStepChangedMail(
      mailBrandOf(config),
      recipientOf(account),
      change,
      now,
      await notMeLink(db, config.publicWebUrl, account.id, 'two_step_changed', now),
    ),
  );
}

export interface TotpEnrolment {
  otpauthUrl: string;
  qrSvg: string;
  /** For typing in by hand when the QR code cannot be scanned. */
  secret: string;
}

/** Starts TOTP set-up: a new secret, kept pending (encrypted) until a code from the app confirms it. */
export async function startTotp(ctx: SignedInContext): Promise<TotpEnrolment> {
  const { db, config, clock } = ctx.deps;
  const account = await signedInAccount(ctx);
  if (await hasConfirmedTotp(db, account.id)) {
    throw new TRPCError({ code: 'CONFLICT', message: 'Two-step verification is already on.' });
  }
  const secret = newTotpSecret();
  await storeTotpSecret(db, secondFactorKeys(config.secretKey), account.id, secret, clock(), {
    confirmed: false,
  });
  const otpauthUrl = totpUri(config.brandName, account.username, secret);
  return { otpauthUrl, qrSvg: await qrSvg(otpauthUrl), secret };
}

/** Confirms TOTP with a first code and returns ten recovery codes, shown this once. */
export async function confirmTotp(
  ctx: SignedInContext,
  input: { code: string },
): Promise<{ recoveryCodes: string[] }> {
  const { db, config, clock } = ctx.deps;
  const now = clock();
  const keys = secondFactorKeys(config.secretKey, config.previousSecretKeys);
  const account = await signedInAccount(ctx);
  const totp = await loadTotp(db, keys, account.id);
  if (totp === null || totp.confirmed) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        totp === null
          ? 'Please start setting up two-step verification first.'
          : 'Two-step verification is already on.',
    });
  }
  const check = await verifyTotp(totp.secret, input.code.replace(/\s/g, ''), now, null);
  if (!check.ok || !(await acceptTimeStep(db, account.id, check.timeStep, now))) {
    throw fieldError({
      code: 'That code is not right. Check the time on your phone and try the newest code.',
    });
  }
  const recoveryCodes = await replaceRecoveryCodes(db, keys, account.id, now);
  await announce(ctx, account, 'enabled');
  return { recoveryCodes };
}

/** Turns two-step verification off (the procedure requires a recent password). */
export async function disableTotp(ctx: SignedInContext): Promise<{ status: 'disabled' }> {
  const account = await signedInAccount(ctx);
  if (!(await hasConfirmedTotp(ctx.deps.db, account.id))) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Two-step verification is not on.' });
  }
  await removeSecondFactor(ctx.deps.db, account.id);
  await announce(ctx, account, 'disabled');
  return { status: 'disabled' };
}

/** Replaces every recovery code with ten new ones (the procedure requires a recent password). */
export async function regenerateRecoveryCodes(
  ctx: SignedInContext,
): Promise<{ recoveryCodes: string[] }> {
  const { db, config, clock } = ctx.deps;
  const account = await signedInAccount(ctx);
  if (!(await hasConfirmedTotp(db, account.id))) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Turn on two-step verification first.' });
  }
  const recoveryCodes = await replaceRecoveryCodes(
    db,
    secondFactorKeys(config.secretKey),
    account.id,
    clock(),
  );
  await announce(ctx, account, 'recovery_codes_replaced');
  return { recoveryCodes };
}
