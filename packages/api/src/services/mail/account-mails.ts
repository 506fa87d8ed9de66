import { composeMail, type MailBrand, type MailContent } from './compose-mail.js';
import type { OutgoingMail } from './mailer.js';

/** The customer a message is addressed to. */
export interface Recipient {
  email: string;
  givenName: string;
}

function link(brand: MailBrand, path: string, token?: string): string {
  return `${brand.publicWebUrl}${path}${token === undefined ? '' : `?token=${token}`}`;
}

function when(brand: MailBrand, at: Date): string {
  return (
    new Intl.DateTimeFormat(brand.locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(at) + ' UTC'
  );
}

const NOT_YOU =
  'If this was not you, reset your password straight away and call us: someone may know it.';

/**
 * Every alert about a change to the account carries a single-use "this wasn't me" link: one click
 * signs every device out, stops sign-in until a password reset and tells our staff.
 */
function notMeContent(
  brand: MailBrand,
  notMeUrl: string,
): Pick<MailContent, 'action' | 'afterAction'> {
  return {
    action: { label: "This wasn't me: secure my account", url: notMeUrl },
    afterAction: [
      'If this was not you, follow the link above: it signs out every device and stops anyone signing in until you reset your password. The link works once.',
      `If this was you, there is nothing to do. To change your password anyway: ${link(brand, '/forgot-password')}`,
    ],
  };
}

/** The link that proves a new registration's e-mail address (valid 24 hours). */
export function verifyEmailMail(brand: MailBrand, to: Recipient, token: string): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Confirm your e-mail address for ${brand.brandName}`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: ['Thank you for registering. Please confirm this is your e-mail address.'],
    action: { label: 'Confirm my e-mail address', url: link(brand, '/verify-email', token) },
    afterAction: [
      'The link works once and expires in 24 hours.',
      'If you did not register, you can ignore this e-mail.',
    ],
  });
}

/** Sent to the owner instead of revealing to a registrant that the agreement already has a login. */
export function alreadyRegisteredMail(brand: MailBrand, to: Recipient): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Someone tried to register your ${brand.brandName} agreement`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      'Someone tried to register for online account access using your agreement details, but you already have a login.',
      'If it was you, sign in with your username, or reset your password if you have forgotten it.',
    ],
    action: { label: 'Sign in', url: link(brand, '/sign-in') },
    afterAction: ['If it was not you, your account is safe: nothing has changed. ' + NOT_YOU],
  });
}

/** A password-reset link (single use, 30 minutes). */
export function passwordResetMail(brand: MailBrand, to: Recipient, token: string): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Reset your ${brand.brandName} password`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: ['We received a request to reset the password for your account.'],
    action: { label: 'Choose a new password', url: link(brand, '/reset-password', token) },
    afterAction: [
      'The link works once and expires in 30 minutes.',
      'If you did not ask for this, you can ignore this e-mail: your password has not changed.',
    ],
  });
}

/** Confirms a password change or reset, so a change the customer did not make is noticed. */
export function passwordChangedMail(
  brand: MailBrand,
  to: Recipient,
  at: Date,
  how: 'changed' | 'reset',
  notMeUrl: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Your ${brand.brandName} password was ${how}`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `Your password was ${how} on ${when(brand, at)}. ${
        how === 'reset' ? 'Every device was signed out.' : 'Your other devices were signed out.'
      }`,
    ],
    ...notMeContent(brand, notMeUrl),
  });
}

/**
 * Tells the customer sign-in is paused after repeated failures and how to get back in: after wrong
 * passwords, or after wrong second-factor codes (which means someone knows the password).
 */
export function accountLockedMail(
  brand: MailBrand,
  to: Recipient,
  until: Date | null,
  after: 'passwords' | 'codes',
): OutgoingMail {
  const wait =
    until === null
      ? 'Sign-in stays paused until you reset your password or call us.'
      : `You can try again after ${when(brand, until)}, or reset your password now.`;
  const paragraphs =
    after === 'passwords'
      ? [
          'There were several unsuccessful attempts to sign in to your account, so we have paused sign-in to protect it.',
          wait,
          'Devices you have signed in on before can still sign in as usual.',
        ]
      : [
          'Someone entered your password correctly but then several wrong two-step verification codes, so we have paused two-step sign-in.',
          wait,
          'If this was not you, someone knows your password: please reset it now.',
        ];
  return composeMail(brand, to.email, {
    subject: `Sign-in to your ${brand.brandName} account is paused`,
    greeting: `Hello ${to.givenName},`,
    paragraphs,
    action: { label: 'Reset my password', url: link(brand, '/forgot-password') },
  });
}

/** Alerts the customer to a sign-in from a browser the account has not used before. */
export function newDeviceSignInMail(
  brand: MailBrand,
  to: Recipient,
  signIn: { at: Date; device: string; ip: string },
  notMeUrl: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `New sign-in to your ${brand.brandName} account`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `Your account was signed in to from a new device on ${when(brand, signIn.at)}.`,
      `Device: ${signIn.device}. Network address: ${signIn.ip}.`,
    ],
    ...notMeContent(brand, notMeUrl),
  });
}

/** The username, to the address on the account, after a matching identity check. */
export function usernameReminderMail(
  brand: MailBrand,
  to: Recipient,
  username: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Your ${brand.brandName} username`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [`You asked us to remind you of your username. It is: ${username}`],
    action: { label: 'Sign in', url: link(brand, '/sign-in') },
    afterAction: ['If you did not ask for this, you can ignore this e-mail.'],
  });
}

/** The link that proves a new contact e-mail address before it replaces the old one. */
export function confirmEmailChangeMail(
  brand: MailBrand,
  to: Recipient,
  token: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Confirm your new e-mail address for ${brand.brandName}`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      'You asked us to use this e-mail address for your account. Please confirm it is yours.',
    ],
    action: { label: 'Confirm my new e-mail address', url: link(brand, '/confirm-email', token) },
    afterAction: [
      'The link works once and expires in 24 hours. Until then we keep using your old address.',
    ],
  });
}

/** Tells the old address about a change of contact details, so a takeover is noticed. */
export function contactDetailsChangedMail(
  brand: MailBrand,
  to: Recipient,
  changes: string[],
  at: Date,
  notMeUrl: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Your ${brand.brandName} contact details were changed`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `On ${when(brand, at)} the following change was made to your account: ${changes.join('; ')}.`,
    ],
    ...notMeContent(brand, notMeUrl),
  });
}

export type TwoStepChange = 'enabled' | 'disabled' | 'recovery_codes_replaced';

const TWO_STEP_TEXT: Readonly<Record<TwoStepChange, string>> = {
  enabled: 'Two-step verification was turned on for your account',
  disabled: 'Two-step verification was turned off for your account',
  recovery_codes_replaced:
    'New recovery codes were created for your account; the old ones no longer work',
};

/** Alerts the customer to any change of their second factor. */
export function twoStepChangedMail(
  brand: MailBrand,
  to: Recipient,
  change: TwoStepChange,
  at: Date,
  notMeUrl: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `Two-step verification changed on your ${brand.brandName} account`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [`${TWO_STEP_TEXT[change]} on ${when(brand, at)}.`],
    ...notMeContent(brand, notMeUrl),
  });
}

export type PasskeyChange = 'added' | 'renamed' | 'removed' | 'refused_copy';

const PASSKEY_TEXT: Readonly<Record<PasskeyChange, (name: string) => string>> = {
  added: (name) => `A passkey named "${name}" was added to your account`,
  renamed: (name) => `A passkey on your account was renamed "${name}"`,
  removed: (name) => `The passkey named "${name}" was removed from your account`,
  refused_copy: (name) =>
    `We refused a sign-in with your passkey "${name}" because it looked like a copy of it was used`,
};

/** Alerts the customer to any change of their passkeys, and to a passkey that looked copied. */
export function passkeyChangedMail(
  brand: MailBrand,
  to: Recipient,
  change: PasskeyChange,
  passkeyName: string,
  at: Date,
  notMeUrl: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject:
      change === 'refused_copy'
        ? `We refused a passkey sign-in to your ${brand.brandName} account`
        : `Passkeys changed on your ${brand.brandName} account`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `${PASSKEY_TEXT[change](passkeyName)} on ${when(brand, at)}.`,
      ...(change === 'refused_copy'
        ? ['If you did not just try to sign in with it, remove that passkey in Security settings.']
        : []),
    ],
    ...notMeContent(brand, notMeUrl),
  });
}
