import type { Context } from '../../trpc/context.js';
import { auditRequest } from '../audit/index.js';
import { clearedSessionCookie } from '../sessions/session-cookie.js';

/** Signs out: the session is deleted on the server (not just forgotten by the browser). */
export async function logout(ctx: Context): Promise<{ status: 'signed_out' }> {
  ctx.resHeaders.append('set-cookie', clearedSessionCookie());
  if (ctx.session === null) return { status: 'signed_out' };
  await ctx.deps.db.deleteFrom('sessions').where('id', '=', ctx.session.id).execute();
  await auditRequest(ctx, {
    event: 'session.ended',
    actorType: 'customer',
    actorId: ctx.session.accountId,
    customerId: ctx.session.customerId,
    accountId: ctx.session.accountId,
    details: { reason: 'logout' },
  });
  return { status: 'signed_out' };
}
