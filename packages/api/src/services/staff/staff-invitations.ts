import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { auditRequest, auditStaffAction, type StaffActor } from '../audit/index.js';
import { assertAcceptablePassword } from '../credentials/acceptable-password.js';
import { hashPassword } from '../credentials/password-hash.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { instant, secondsAfter } from '../time/instant.js';
import type { StaffRole } from './staff-roles.js';
import { staffInvitationMail } from './staff-mails.js';
import { openSecondFactorStep, type StaffSignInStep } from './staff-sign-in.js';
import { findStaffById, insertStaff, staffIdentityTaken } from './staff-store.js';

/** How long an invitation link works. */
export const STAFF_INVITATION_SECONDS = 72 * 60 * 60;

type AdminContext = Context & { staff: StaffActor };

/** The path of the console's invitation page; the token follows as `?token=`. */
export const STAFF_INVITATION_PATH = '/invitation';

function invitationInvalid(): TRPCError {
  return new TRPCError({
    code: 'NOT_FOUND',
    message:
      'This invitation link is not valid or has expired. Please ask your administrator for a new one.',
  });
}

/**
 * An admin invites a staff member: the account is created without a password, and a single-use
 * link (only its SHA-256 stored) is e-mailed. A username or e-mail already used is a field error.
 */
export async function inviteStaff(
  ctx: AdminContext,
  input: { username: string; displayName: string; email: string; role: StaffRole },
): Promise<{ staffId: string }> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  const taken = await staffIdentityTaken(db, input.username, input.email);
  if (taken.username || taken.email) {
    throw fieldError({
      ...(taken.username ? { username: 'A staff member already has this username.' } : {}),
      ...(taken.email ? { email: 'A staff member already has this e-mail address.' } : {}),
    });
  }
  const token = randomToken(32);
  const staff = await db.transaction().execute(async (trx) => {
    const row = await insertStaff(
      trx,
      { ...input, passwordHash: null, createdBy: ctx.staff.id },
      now,
    );
    await trx
      .insertInto('staff_invitations')
      .values({
        id: crypto.randomUUID(),
        staff_id: row.id,
        token_hash: sha256Hex(token),
        expires_at: secondsAfter(now, STAFF_INVITATION_SECONDS),
        used_at: null,
        created_by: ctx.staff.id,
        created_at: instant(now),
      })
      .execute();
    return row;
  });
  await auditStaffAction(ctx, {
    event: 'staff.invited',
    details: { staffId: staff.id, username: staff.username, role: staff.role },
  });
  const inviter = await findStaffById(db, ctx.staff.id);
  await mailer.send(
    staffInvitationMail(
      mailBrandOf(config),
      {
        email: staff.email,
        displayName: staff.display_name,
        username: staff.username,
        role: staff.role,
      },
      inviter?.display_name ?? 'An administrator',
      `${config.staffPublicUrl}${STAFF_INVITATION_PATH}?token=${token}`,
    ),
  );
  return { staffId: staff.id };
}

/** The open invitation a token names, with the member it is for; null when none. */
async function openInvitation(ctx: Context, token: string) {
  return ctx.deps.db
    .selectFrom('staff_invitations')
    .innerJoin('staff', 'staff.id', 'staff_invitations.staff_id')
    .select([
      'staff_invitations.id as invitationId',
      'staff.id as staffId',
      'staff.username',
      'staff.display_name',
      'staff.email',
      'staff.role',
    ])
    .where('staff_invitations.token_hash', '=', sha256Hex(token))
    .where('staff_invitations.used_at', 'is', null)
    .where('staff_invitations.expires_at', '>', instant(ctx.deps.clock()))
    .where('staff.disabled_at', 'is', null)
    .where('staff.password_hash', 'is', null)
    .executeTakeFirst();
}

/** Who an invitation link is for, so the page can greet them; NOT_FOUND when it is not open. */
export async function describeInvitation(
  ctx: Context,
  input: { token: string },
): Promise<{ username: string; displayName: string; role: StaffRole }> {
  const invitation = await openInvitation(ctx, input.token);
  if (invitation === undefined) throw invitationInvalid();
  return {
    username: invitation.username,
    displayName: invitation.display_name,
    role: invitation.role,
  };
}

/**
 * Accepting an invitation: the member chooses a password (the customers' NIST rules, not built
 * from their own details), the link is spent (a conditional update, so it works once even when
 * sent twice at the same moment), and enrolment of the authenticator follows in a sign-in step.
 */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; password: string },
): Promise<StaffSignInStep> {
  const { db, clock } = ctx.deps;
  const invitation = await openInvitation(ctx, input.token);
  if (invitation === undefined) throw invitationInvalid();
  assertAcceptablePassword(input.password, {
    username: invitation.username,
    email: invitation.email,
    names: invitation.display_name.split(/\s+/),
  });
  const passwordHash = await hashPassword(input.password);
  const now = clock();
  const accepted = await db.transaction().execute(async (trx) => {
    const spent = await trx
      .updateTable('staff_invitations')
      .set({ used_at: instant(now) })
      .where('id', '=', invitation.invitationId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) return false;
    await trx
      .updateTable('staff')
      .set({ password_hash: passwordHash, password_changed_at: instant(now) })
      .where('id', '=', invitation.staffId)
      .execute();
    return true;
  });
  if (!accepted) throw invitationInvalid();
  await auditRequest(ctx, {
    event: 'staff.invitation_accepted',
    actorType: 'staff',
    actorId: invitation.staffId,
  });
  return openSecondFactorStep(ctx, { id: invitation.staffId, totp_confirmed_at: null });
}
