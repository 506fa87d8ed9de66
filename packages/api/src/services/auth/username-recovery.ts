import type { IdentityClaim } from '@marque/domain';
import type { Context } from '../../trpc/context.js';
import { findAccountById } from '../accounts/account-store.js';
import { claimedAgreementNumber, customerMatchingIdentity } from '../accounts/identity-check.js';
import { recipientOf } from '../accounts/personal-info.js';
import { auditRequest } from '../audit/index.js';
import { usernameReminderMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';

export const USERNAME_RECOVERY_MESSAGE =
  'If your details match a registered account, we have e-mailed its username to the address we hold for it.';

/** Forgot username: after the identity check, the username goes by e-mail; the answer never varies. */
export async function recoverUsername(
  ctx: Context,
  identity: IdentityClaim,
): Promise<{ status: 'sent'; message: string }> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `recover:ip:${ctx.req.ip}`,
    config.rateLimits.recoverPerIp,
    now,
  );
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `identity:agreement:${claimedAgreementNumber(identity)}`,
    config.rateLimits.identityPerAgreement,
    now,
  );
  const customerId = await customerMatchingIdentity(db, config.market, identity);
  const accountId =
    customerId === null
      ? undefined
      : (
          await db
            .selectFrom('accounts')
            .select('id')
            .where('customer_id', '=', customerId)
            .executeTakeFirst()
        )?.id;
  const account = accountId === undefined ? undefined : await findAccountById(db, accountId);
  if (account !== undefined) {
    await mailer.send(
      usernameReminderMail(mailBrandOf(config), recipientOf(account), account.username),
    );
    await auditRequest(ctx, {
      event: 'username.reminder_sent',
      actorType: 'anonymous',
      customerId: account.customer_id,
      accountId: account.id,
    });
  }
  return { status: 'sent', message: USERNAME_RECOVERY_MESSAGE };
}
