import { isIsoDate } from '@marque/domain';
import { z } from 'zod';
import {
  authenticatorCodeField,
  emailField,
  newPasswordField,
  newUsernameField,
  tokenField,
} from './customer-fields.js';

// The staff console's inputs. Staff sign in with the customers' sign-in input (signInInput).

/** The roles, least to most: each may do everything the ones before it may. */
export const STAFF_ROLE_NAMES = ['agent', 'supervisor', 'admin'] as const;

export type StaffRoleName = (typeof STAFF_ROLE_NAMES)[number];

/** True when `role` may do what `minimum` may: the one rule the API enforces and the console shows. */
export function staffRoleAtLeast(role: StaffRoleName, minimum: StaffRoleName): boolean {
  return STAFF_ROLE_NAMES.indexOf(role) >= STAFF_ROLE_NAMES.indexOf(minimum);
}

export const staffRoleField = z.enum(STAFF_ROLE_NAMES, {
  error: 'Choose agent, supervisor or admin.',
});

/** A staff member named by the id the staff list gave. */
const staffIdField = z
  .string()
  .trim()
  .min(1, 'Choose a staff member.')
  .max(64, 'Choose a staff member.');

/** The authenticator code at sign-in, or the first one while setting the app up. */
export const staffCodeInput = z.object({ code: authenticatorCodeField });

/** An admin inviting a staff member: the link goes to `email`. */
export const inviteStaffInput = z.object({
  username: newUsernameField,
  displayName: z
    .string()
    .trim()
    .min(1, 'Enter their name as colleagues know it.')
    .max(80, 'Use at most 80 characters.'),
  email: emailField,
  role: staffRoleField,
});

export const changeStaffRoleInput = z.object({ staffId: staffIdField, role: staffRoleField });

/** Disabling a member or resetting their two-step verification. */
export const staffMemberInput = z.object({ staffId: staffIdField });

/** Opening an invitation link. */
export const staffInvitationInput = z.object({ token: tokenField });

/** Accepting an invitation: the password the member chooses (the domain's NIST rules apply). */
export const acceptStaffInvitationInput = z.object({
  token: tokenField,
  password: newPasswordField,
});

/** An optional text filter: a blank form field means "any". */
function optionalFilter(max: number, message: string) {
  return z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value === '' ? undefined : value));
}

const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value))
  .refine((value) => value === undefined || isIsoDate(value), 'Enter a date like 2026-11-23.');

/** The audit log's filters, shared by the search and the CSV export. */
export const auditFilterInput = z
  .object({
    actor: optionalFilter(64, 'Enter a staff username or an id.'),
    customerId: optionalFilter(64, 'Enter a customer id.'),
    event: optionalFilter(64, 'Choose an event type.'),
    from: optionalDay,
    to: optionalDay,
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: 'The end date must not be before the start date.',
    path: ['to'],
  });

/** A page of a newest-first list: the entries before a cursor (the last page's `nextCursor`). */
export const pageInput = z.object({
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const auditSearchInput = z.object({
  filter: auditFilterInput,
  page: pageInput.default({ limit: 50 }),
});

/** Reading one message of the mailbox by its id. */
export const mailboxMessageInput = z.object({
  id: z.string().trim().min(1, 'Choose a message.').max(64, 'Choose a message.'),
});
