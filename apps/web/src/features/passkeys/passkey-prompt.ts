import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';

// The WebAuthn library loads only when a passkey is actually used: pages that merely offer one
// (sign-in, Security) stay as light as they were.
const webAuthn = () => import('@simplewebauthn/browser');

/** The customer closed the browser's passkey prompt (or it timed out): nothing happened. */
export class PasskeyPromptClosed extends Error {
  override readonly name = 'PasskeyPromptClosed';
  constructor() {
    super('passkey prompt closed');
  }
}

/** The browser could not use a passkey; `message` says what to do instead. */
export class PasskeyUnavailable extends Error {
  override readonly name = 'PasskeyUnavailable';
}

/** The library's WebAuthnError carries a `code` naming why the browser refused. */
function closedOrUnavailable(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') {
    return new PasskeyPromptClosed();
  }
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') {
    return new PasskeyUnavailable(
      'This device already holds a passkey for your account. You can rename it in the list.',
    );
  }
  return new PasskeyUnavailable(
    'Your browser could not use a passkey just now. Please try again, or use another way.',
  );
}

/** True when this browser can create and use passkeys at all (the WebAuthn API is there). */
export function passkeysSupported(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function';
}

/** Asks the browser to make a passkey for the options the API gave. */
export async function createPasskey(
  optionsJSON: PublicKeyCredentialCreationOptionsJSON,
): Promise<RegistrationResponseJSON> {
  const { startRegistration } = await webAuthn();
  try {
    return await startRegistration({ optionsJSON });
  } catch (error) {
    throw closedOrUnavailable(error);
  }
}

/**
 * Asks the browser to sign the API's challenge with a passkey. With `autofill`, the request waits
 * quietly for the customer to pick a passkey from the username field's suggestions (conditional
 * mediation) instead of opening a prompt.
 */
export async function signWithPasskey(
  optionsJSON: PublicKeyCredentialRequestOptionsJSON,
  autofill = false,
): Promise<AuthenticationResponseJSON> {
  const { startAuthentication } = await webAuthn();
  try {
    return await startAuthentication({ optionsJSON, useBrowserAutofill: autofill });
  } catch (error) {
    throw closedOrUnavailable(error);
  }
}

/** True when the browser offers passkeys among the username field's autofill suggestions. */
export async function passkeyAutofillSupported(): Promise<boolean> {
  if (!passkeysSupported()) return false;
  const { browserSupportsWebAuthnAutofill } = await webAuthn();
  return browserSupportsWebAuthnAutofill();
}

/** Ends a waiting autofill request, e.g. when the customer leaves the sign-in page. */
export function cancelPasskeyRequest(): void {
  if (!passkeysSupported()) return;
  void webAuthn().then(({ WebAuthnAbortService }) => {
    WebAuthnAbortService.cancelCeremony();
  });
}
