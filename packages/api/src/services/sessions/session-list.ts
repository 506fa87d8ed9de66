import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Context, SessionInfo } from '../../trpc/context.js';
import { auditRequest } from '../audit/index.js';
import { describeDevice } from './device-description.js';
import { clearedSessionCookie } from './session-cookie.js';
import { endSessions, isSessionAlive } from './session-store.js';

type SignedInContext = Context & { session: SessionInfo };

export interface SessionSummary {
  id: string;
  device: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** The customer's live sessions, newest first, the current one flagged. */
export function listSessions(ctx: SignedInContext): Promise<SessionSummary[]> {
  return liveSessions(ctx.deps.db, ctx.session.accountId, ctx.deps.clock(), ctx.session.id);
}

/** An account's live sessions, newest first; `currentSessionId` (null for staff) is flagged. */
export async function liveSessions(
  db: Kysely<Database>,
  accountId: string,
  now: Date,
  currentSessionId: string | null,
): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'user_agent', 'ip', 'created_at', 'last_seen_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows
    .filter((row) => isSessionAlive(row, now))
    .map((row) => ({
      id: row.id,
      device: describeDevice(row.user_agent),
      ip: row.ip,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      current: row.id === currentSessionId,
    }));
}

/** Ends one of the customer's sessions; another customer's id is NOT_FOUND like an unknown one. */
export async function revokeSession(
  ctx: SignedInContext,
  input: { sessionId: string },
): Promise<{ status: 'revoked' }> {
  const result = await ctx.deps.db
    .deleteFrom('sessions')
    .where('id', '=', input.sessionId)
    .where('account_id', '=', ctx.session.accountId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'That session has already ended.' });
  }
  if (input.sessionId === ctx.session.id)
    ctx.resHeaders.append('set-cookie', clearedSessionCookie());
  await auditRequest(ctx, {
    event: 'session.revoked',
    actorType: 'customer',
    actorId: ctx.session.accountId,
    customerId: ctx.session.customerId,
    accountId: ctx.session.accountId,
    details: { sessionId: input.sessionId, current: input.sessionId === ctx.session.id },
  });
  return { status: 'revoked' };
}

/** Ends every session but this one ("sign out everywhere else"). */
export async function revokeOtherSessions(ctx: SignedInContext): Promise<{ revoked: number }> {
  const revoked = await endSessions(ctx.deps.db, ctx.session.accountId, { except: ctx.session.id });
  await auditRequest(ctx, {
    event: 'sessions.revoked_others',
    actorType: 'customer',
    actorId: ctx.session.accountId,
    customerId: ctx.session.customerId,
    accountId: ctx.session.accountId,
    details: { revoked },
  });
  return { revoked };
}
