import { TRPCError } from '@trpc/server';
import type { NotMeAlert } from '../../db/passkey-tables.js';
import type { Context } from '../../trpc/context.js';
import { auditRequest } from '../audit/index.js';
import { sha256Hex } from '../crypto/index.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { clearedSessionCookie } from '../sessions/session-cookie.js';
import { instant } from '../time/instant.js';

const ALERT_NAMES: Readonly<Record<NotMeAlert, string>> = {
  new_device: 'a new-device sign-in',
  password_changed: 'a password change',
  password_reset: 'a password reset',
  two_step_changed: 'a two-step verification change',
  contact_changed: 'a contact details change',
  passkey_changed: 'a passkey change',
};

function linkNotValid(): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message:
      'This link has expired or has already been used. If you are worried about your account, reset your password now or call us.',
  });
}

export interface NotMeReport {
  status: 'secured';
  sessionsEnded: number;
  passkeysRemoved: number;
}

/**
 * "This wasn't me", from a security alert's single-use link. In one transaction: every session
 * ends, sign-in is refused until a password reset (which also e-mails a link only the mailbox's
 * owner can follow), the account's passkeys and trusted devices are forgotten (an intruder may have
 * added one), pending sign-in steps are void, and the account is flagged for staff to call the
 * customer. Following the link again, or any other alert's link, does nothing more.
 */
export async function reportNotMe(ctx: Context, input: { token: string }): Promise<NotMeReport> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const at = instant(now);
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `not-me:ip:${ctx.req.ip}`,
    config.rateLimits.resetPerIp,
    now,
  );
  const report = await db.transaction().execute(async (trx) => {
    const spent = await trx
      .updateTable('not_me_tokens')
      .set({ used_at: at })
      .where('token_hash', '=', sha256Hex(input.token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .returning(['account_id', 'alert'])
      .executeTakeFirst();
    if (spent === undefined) return null;
    const accountId = spent.account_id;
    await trx
      .updateTable('not_me_tokens')
      .set({ used_at: at })
      .where('account_id', '=', accountId)
      .where('used_at', 'is', null)
      .execute();
    const account = await trx
      .updateTable('accounts')
      .set({
        signin_blocked_at: at,
        staff_flagged_at: at,
        staff_flag_reason: `The customer reported ${ALERT_NAMES[spent.alert]} as not them`,
      })
      .where('id', '=', accountId)
      .returning(['id', 'customer_id'])
      .executeTakeFirstOrThrow();
    const sessions = await trx
      .deleteFrom('sessions')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    const passkeys = await trx
      .deleteFrom('passkeys')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    await trx.deleteFrom('devices').where('account_id', '=', accountId).execute();
    await trx.deleteFrom('mfa_challenges').where('account_id', '=', accountId).execute();
    await trx.deleteFrom('webauthn_challenges').where('account_id', '=', accountId).execute();
    return {
      account,
      alert: spent.alert,
      sessionsEnded: Number(sessions.numDeletedRows),
      passkeysRemoved: Number(passkeys.numDeletedRows),
    };
  });
  if (report === null) throw linkNotValid();

  ctx.resHeaders.append('set-cookie', clearedSessionCookie());
  await auditRequest(ctx, {
    event: 'account.reported_not_me',
    actorType: 'customer',
    actorId: report.account.id,
    customerId: report.account.customer_id,
    accountId: report.account.id,
    details: {
      alert: report.alert,
      sessionsEnded: report.sessionsEnded,
      passkeysRemoved: report.passkeysRemoved,
    },
  });
  return {
    status: 'secured',
    sessionsEnded: report.sessionsEnded,
    passkeysRemoved: report.passkeysRemoved,
  };
}
