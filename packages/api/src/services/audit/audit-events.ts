import type { StaffAuditEventName } from './staff-audit-events.js';

/** Every security-relevant event the API records, with how the customer's activity page words it. */
export const AUDIT_EVENT_DESCRIPTIONS = {
  'account.registered': 'Registered for online access',
  'account.registration_repeated': 'Someone tried to register again with your agreement details',
  'account.registration_unmatched': 'Registration attempt that matched no agreement',
  'email.verified': 'E-mail address confirmed',
  'signin.succeeded': 'Signed in',
  'signin.failed': 'Unsuccessful sign-in attempt',
  'signin.mfa_failed': 'Incorrect two-step verification code',
  'account.locked': 'Sign-in paused after repeated unsuccessful attempts',
  'account.unlocked': 'Sign-in unpaused',
  'mfa.reset_by_staff': 'Two-step verification reset by our team at your request',
  'sessions.ended_by_staff': 'Every device signed out by our team at your request',
  'password.reset_requested': 'Password reset requested',
  'password.reset': 'Password reset',
  'password.changed': 'Password changed',
  'password.reauthenticated': 'Password confirmed for a sensitive change',
  'password.reauthentication_failed': 'Incorrect password entered for a sensitive change',
  'username.reminder_sent': 'Username reminder sent',
  'mfa.enabled': 'Two-step verification turned on',
  'mfa.disabled': 'Two-step verification turned off',
  'mfa.recovery_codes_replaced': 'New recovery codes created',
  'mfa.recovery_code_used': 'Recovery code used to sign in',
  'passkey.added': 'Passkey added',
  'passkey.renamed': 'Passkey renamed',
  'passkey.removed': 'Passkey removed',
  'passkey.failed': 'Passkey not accepted',
  'passkey.copy_refused': 'Passkey refused: it looked like a copy',
  'passkey.reauthenticated': 'Passkey used to confirm a sensitive change',
  'account.reported_not_me': 'You reported activity that was not you: every device was signed out',
  'session.ended': 'Signed out',
  'session.revoked': 'A signed-in device was signed out',
  'sessions.revoked_others': 'All other devices were signed out',
  'contact.updated': 'Contact details changed',
  'email.change_requested': 'Change of e-mail address requested',
  'email.changed': 'E-mail address changed',
  'direct_debit.set_up': 'Direct Debit set up',
  'direct_debit.day_changed': 'Direct Debit collection day changed',
  'direct_debit.bank_changed': 'Direct Debit bank details changed',
  'direct_debit.cancelled': 'Direct Debit cancelled',
  'direct_debit.ended_by_bank': 'Direct Debit ended by the bank',
  'payment.bank_transfer_recorded': 'Bank transfer received',
  'payment.webhook_refused': 'Payment provider message refused (signature not valid)',
  'document.downloaded': 'Document downloaded',
  'documents.paperless_changed': 'Paperless preference changed',
  'message.attachment_refused': 'A file sent with a message was refused',
  'message.thread_assigned': 'A conversation was given to a member of our team',
  'message.staff_replied': 'We replied to your message',
  'message.thread_closed': 'A conversation was closed',
  'notifications.updated': 'Notification preferences changed',
  'contact.submitted': 'Contact form message received',
  'contact.case_assigned': 'Contact form message given to a member of our team',
  'contact.case_replied': 'Contact form message answered',
  'contact.case_closed': 'Contact form message closed',
  'transaction_case.reported': 'You reported a problem with a transaction',
  'transaction_case.assigned': 'Your reported problem was given to a member of our team',
  'transaction_case.updated': 'We updated the problem you reported',
  'chat.started': 'You started a live chat',
  'chat.accepted': 'A member of our team joined your live chat',
  'chat.transferred': 'Your live chat was passed to a colleague',
  'chat.ended': 'A live chat ended',
} as const;

/** Every event name: the customers' above and the staff console's own. */
export type AuditEventName = keyof typeof AUDIT_EVENT_DESCRIPTIONS | StaffAuditEventName;

/** The customer-facing wording of an event name (unknown names are shown as they are). */
export function describeAuditEvent(event: string): string {
  return event in AUDIT_EVENT_DESCRIPTIONS
    ? AUDIT_EVENT_DESCRIPTIONS[event as keyof typeof AUDIT_EVENT_DESCRIPTIONS]
    : event;
}
