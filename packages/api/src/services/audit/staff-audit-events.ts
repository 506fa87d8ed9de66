/** Events about staff and their actions, with how the staff console's audit log words them. */
export const STAFF_AUDIT_EVENT_DESCRIPTIONS = {
  'staff.signin.succeeded': 'Staff member signed in',
  'staff.signin.failed': 'Unsuccessful staff sign-in attempt',
  'staff.signin.code_failed': 'Incorrect staff authenticator code',
  'staff.locked': 'Staff sign-in paused after repeated unsuccessful attempts',
  'staff.signed_out': 'Staff member signed out',
  'staff.totp_enrolled': 'Staff member set up their authenticator app',
  'staff.invited': 'Staff member invited',
  'staff.invitation_accepted': 'Staff invitation accepted',
  'staff.role_changed': 'Staff role changed',
  'staff.disabled': 'Staff account disabled',
  'staff.two_factor_reset': "Staff member's two-step verification reset",
  'audit.exported': 'Audit log exported',
  'mailbox.message_read': 'Mailbox message read',
} as const;

export type StaffAuditEventName = keyof typeof STAFF_AUDIT_EVENT_DESCRIPTIONS;
