import { z } from 'zod';
import { tokenField } from './customer-fields.js';

// What a browser's WebAuthn call returns, as @simplewebauthn/browser encodes it: every binary field
// base64url, each bounded so that a hostile body cannot make the server decode megabytes.

const PASSKEY_NOT_READ = 'Your passkey answer could not be read. Please try again.';

function base64url(maxLength: number) {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, PASSKEY_NOT_READ)
    .max(maxLength, PASSKEY_NOT_READ);
}

const credentialId = base64url(1400);
const clientDataJSON = base64url(4096);

const clientExtensionResults = z.object({
  credProps: z.object({ rk: z.boolean().optional() }).optional(),
});

const authenticatorAttachment = z.enum(['platform', 'cross-platform']).optional();

/** navigator.credentials.create()'s answer when a passkey is added. */
export const registrationResponseField = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key', PASSKEY_NOT_READ),
  authenticatorAttachment,
  clientExtensionResults,
  response: z.object({
    clientDataJSON,
    attestationObject: base64url(16_384),
    authenticatorData: base64url(16_384).optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(4096).optional(),
  }),
});

/** navigator.credentials.get()'s answer when a passkey signs in or confirms it is the customer. */
export const authenticationResponseField = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key', PASSKEY_NOT_READ),
  authenticatorAttachment,
  clientExtensionResults,
  response: z.object({
    clientDataJSON,
    authenticatorData: base64url(4096),
    signature: base64url(1024),
    userHandle: base64url(256).optional(),
  }),
});

const PASSKEY_NAME = 'Give the passkey a name of up to 60 characters, like "Work laptop".';

/** The customer's name for a passkey, so they can tell them apart in the list. */
export const passkeyNameField = z
  .string()
  .trim()
  .min(1, PASSKEY_NAME)
  .max(60, PASSKEY_NAME)
  .regex(/^[^\p{Cc}]+$/u, PASSKEY_NAME);

const passkeyId = z.string().trim().min(1, 'Choose a passkey.').max(64, 'Choose a passkey.');

/** Adding a passkey: its name and the browser's answer to the registration options. */
export const registerPasskeyInput = z.object({
  name: passkeyNameField,
  response: registrationResponseField,
});

export const renamePasskeyInput = z.object({ passkeyId, name: passkeyNameField });

export const removePasskeyInput = z.object({ passkeyId });

/** Signing in, re-authenticating: the browser's answer to the options the API gave. */
export const passkeyAssertionInput = z.object({ response: authenticationResponseField });

/** The second sign-in step with a passkey, against the challenge the password opened. */
export const passkeySecondFactorOptionsInput = z.object({ challenge: tokenField });

export const verifyMfaPasskeyInput = z.object({
  challenge: tokenField,
  response: authenticationResponseField,
});

/** Following the "this wasn't me" link in a security alert. */
export const reportNotMeInput = z.object({ token: tokenField });
