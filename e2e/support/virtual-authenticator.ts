import type { CDPSession } from 'playwright-core';
import type { CustomerPage } from './browser.js';

/** A platform authenticator Chromium simulates (DevTools protocol WebAuthn domain). */
export interface VirtualAuthenticator {
  cdp: CDPSession;
  authenticatorId: string;
  /** How many credentials it holds, and each one's signature counter. */
  credentials: () => Promise<{ credentialId: string; signCount: number; rpId?: string }[]>;
}

/**
 * Gives the page's browser a passkey authenticator like a laptop's fingerprint reader: CTAP2,
 * internal transport, resident (discoverable) keys, user verification that always succeeds, and
 * presence confirmed without a prompt.
 */
export async function addVirtualAuthenticator({
  context,
  page,
}: CustomerPage): Promise<VirtualAuthenticator> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    cdp,
    authenticatorId,
    credentials: async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

/**
 * Makes the context's pages a browser without passkey autofill (conditional mediation), where
 * "Sign in with a passkey" is the way in. Chromium's virtual authenticator answers an autofill
 * request at once, as if the customer had picked the suggestion, so a test of the button needs
 * this; the autofill test runs in a context without it.
 */
export async function withoutPasskeyAutofill({ context }: CustomerPage): Promise<void> {
  await context.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);
  });
}

/**
 * Puts `from`'s passkeys on `to` as they are now, counters included: the same passkey synced to
 * another device. A credential `to` already holds is replaced.
 */
export async function syncCredentials(
  from: VirtualAuthenticator,
  to: VirtualAuthenticator,
): Promise<void> {
  const { credentials } = await from.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: from.authenticatorId,
  });
  const held = new Set((await to.credentials()).map((credential) => credential.credentialId));
  for (const credential of credentials) {
    if (held.has(credential.credentialId)) {
      await to.cdp.send('WebAuthn.removeCredential', {
        authenticatorId: to.authenticatorId,
        credentialId: credential.credentialId,
      });
    }
    await to.cdp.send('WebAuthn.addCredential', {
      authenticatorId: to.authenticatorId,
      credential,
    });
  }
}
