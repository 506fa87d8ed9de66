import { isValidUkPostcode, maskEmail, normalisePostcode } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Context, SessionInfo } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { findAccountById, type AccountWithCustomer } from '../accounts/account-store.js';
import {
  consumeEmailVerification,
  createEmailVerification,
} from '../accounts/email-verification.js';
import { recipientOf } from '../accounts/personal-info.js';
import { normaliseEmail } from '../accounts/username.js';
import { auditRequest, type AuditDetails } from '../audit/index.js';
import { confirmEmailChangeMail, contactDetailsChangedMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { notMeLink } from '../not-me/not-me-link.js';
import { instant } from '../time/instant.js';

type SignedInContext = Context & { session: SessionInfo };

export interface PostalAddress {
  line1: string;
  line2: string | null;
  town: string;
  postcode: string;
  country: 'GB' | 'US';
}

export interface Profile {
  title: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string;
  /** A new address waiting for its confirmation link, if any. */
  pendingEmail: string | null;
  phone: string;
  address: PostalAddress;
}

/** The signed-in customer's own contact details. */
export async function getProfile(ctx: SignedInContext): Promise<Profile> {
  const { db, clock } = ctx.deps;
  const row = await db
    .selectFrom('customers')
    .innerJoin('accounts', 'accounts.customer_id', 'customers.id')
    .select([
      'customers.title',
      'customers.given_name',
      'customers.family_name',
      'customers.date_of_birth',
      'customers.phone',
      'customers.address_line1',
      'customers.address_line2',
      'customers.town',
      'customers.postcode',
      'customers.country',
      'accounts.email',
    ])
    .where('customers.id', '=', ctx.session.customerId)
    .where('accounts.id', '=', ctx.session.accountId)
    .executeTakeFirst();
  if (row === undefined)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find your details.' });
  const pending = await db
    .selectFrom('email_verifications')
    .select('email')
    .where('account_id', '=', ctx.session.accountId)
    .where('purpose', '=', 'email_change')
    .where('used_at', 'is', null)
    .where('expires_at', '>', instant(clock()))
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return {
    title: row.title,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    pendingEmail: pending?.email ?? null,
    phone: row.phone,
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      town: row.town,
      postcode: row.postcode,
      country: row.country,
    },
  };
}

export interface ContactUpdate {
  phone?: string | undefined;
  address?:
    { line1: string; line2?: string | undefined; town: string; postcode: string } | undefined;
  email?: string | undefined;
}

/** The stored form of a postcode or ZIP code for the deployment's market; null when it is not valid. */
function checkedPostcode(
  market: 'UK' | 'US',
  postcode: string,
): { display: string; normalised: string } | null {
  if (market === 'UK') {
    if (!isValidUkPostcode(postcode)) return null;
    const normalised = normalisePostcode(postcode);
    return { display: `${normalised.slice(0, -3)} ${normalised.slice(-3)}`, normalised };
  }
  const zip = postcode.trim();
  return /^\d{5}(-\d{4})?$/.test(zip) ? { display: zip, normalised: zip } : null;
}

/**
 * Changes address, phone or e-mail (the procedure requires a recent password). Address and phone
 * change at once; a new e-mail address takes effect only when its link is followed. The alert
 * goes to the address on file, so a takeover cannot silently redirect the customer's mail.
 */
export async function updateContact(
  ctx: SignedInContext,
  input: ContactUpdate,
): Promise<ContactChangeResult> {
  const account = await findAccountById(ctx.deps.db, ctx.session.accountId);
  if (account === undefined)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  return changeContactDetails(ctx, account, input, (event, details) =>
    auditRequest(ctx, {
      event,
      actorType: 'customer',
      actorId: account.id,
      customerId: account.customer_id,
      accountId: account.id,
      ...(details === undefined ? {} : { details }),
    }),
  );
}

export type ContactChangeResult = { status: 'updated'; emailChangePending: boolean };

/** Records a contact-change event as whoever made it: the customer, or staff on their behalf. */
export type ContactChangeAudit = (
  event: 'email.change_requested' | 'contact.updated',
  details?: AuditDetails,
) => Promise<void>;

/**
 * The change itself, for the customer's own request and for staff acting on the customer's: the
 * same validation, the same re-verification of a new e-mail address and the same alert.
 */
export async function changeContactDetails(
  ctx: Pick<Context, 'deps'>,
  account: AccountWithCustomer,
  input: ContactUpdate,
  audit: ContactChangeAudit,
): Promise<ContactChangeResult> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  const postcode = input.address
    ? checkedPostcode(config.market, input.address.postcode)
    : undefined;
  if (postcode === null) {
    throw fieldError({
      'address.postcode':
        config.market === 'UK'
          ? 'Enter a real UK postcode, e.g. SW1A 1AA.'
          : 'Enter a ZIP code, e.g. 10001 or 10001-1234.',
    });
  }
  const newEmail = input.email === undefined ? undefined : normaliseEmail(input.email);
  const emailChanges = newEmail !== undefined && newEmail !== account.email;

  const changes: string[] = [];
  const fields: string[] = [];
  if (input.address && postcode) {
    changes.push('your postal address was changed');
    fields.push('address');
  }
  if (input.phone !== undefined) {
    changes.push('your phone number was changed');
    fields.push('phone');
  }
  if (emailChanges) {
    changes.push(`a change of e-mail address to ${maskEmail(newEmail)} was requested`);
    fields.push('email');
  }
  if (changes.length === 0) return { status: 'updated', emailChangePending: false };

  const token = await db.transaction().execute(async (trx) => {
    if (input.address && postcode) {
      await trx
        .updateTable('customers')
        .set({
          address_line1: input.address.line1,
          address_line2: input.address.line2 ?? null,
          town: input.address.town,
          postcode: postcode.display,
          postcode_normalised: postcode.normalised,
        })
        .where('id', '=', account.customer_id)
        .execute();
    }
    if (input.phone !== undefined) {
      await trx
        .updateTable('customers')
        .set({ phone: input.phone })
        .where('id', '=', account.customer_id)
        .execute();
    }
    return emailChanges
      ? createEmailVerification(trx, account.id, 'email_change', newEmail, now)
      : null;
  });

  const brand = mailBrandOf(config);
  if (token !== null && newEmail !== undefined) {
    await mailer.send(
      confirmEmailChangeMail(brand, { email: newEmail, givenName: account.given_name }, token),
    );
    await audit('email.change_requested');
  }
  if (fields.some((field) => field !== 'email')) {
    await audit('contact.updated', {
      fields: fields.filter((field) => field !== 'email').join(','),
    });
  }
  await mailer.send(
    contactDetailsChangedMail(
      brand,
      recipientOf(account),
      changes,
      now,
      await notMeLink(db, config.publicWebUrl, account.id, 'contact_changed', now),
    ),
  );
  return { status: 'updated', emailChangePending: token !== null };
}

/** Makes a new e-mail address the account's, once its confirmation link is followed. */
export async function confirmEmailChange(
  ctx: Context,
  input: { token: string },
): Promise<{ status: 'email_changed'; email: string }> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  const proof = await consumeEmailVerification(db, input.token, 'email_change', now);
  const account = proof === null ? undefined : await findAccountById(db, proof.accountId);
  if (proof === null || account === undefined) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        'This link has expired or has already been used. Please change your e-mail address again.',
    });
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ email: proof.email, email_verified_at: instant(now) })
      .where('id', '=', account.id)
      .execute();
    await trx
      .updateTable('customers')
      .set({ email: proof.email })
      .where('id', '=', account.customer_id)
      .execute();
  });
  await auditRequest(ctx, {
    event: 'email.changed',
    actorType: 'customer',
    actorId: account.id,
    customerId: account.customer_id,
    accountId: account.id,
  });
  await mailer.send(
    contactDetailsChangedMail(
      mailBrandOf(config),
      recipientOf(account),
      [`your e-mail address was changed to ${maskEmail(proof.email)}`],
      now,
      await notMeLink(db, config.publicWebUrl, account.id, 'contact_changed', now),
    ),
  );
  return { status: 'email_changed', email: proof.email };
}
