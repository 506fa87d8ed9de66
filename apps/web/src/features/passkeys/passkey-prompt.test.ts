import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createPasskey,
  PasskeyPromptClosed,
  PasskeyUnavailable,
  passkeysSupported,
  signWithPasskey,
} from './passkey-prompt.js';

// The browser's WebAuthn API is the boundary: happy-dom has none, so each test gives the page a
// navigator.credentials that answers as a browser does when the customer cancels or the device
// already holds a passkey; the real @simplewebauthn/browser runs in between.

const CREATION = {
  challenge: 'Y2hhbGxlbmdlLWNoYWxsZW5nZQ',
  rp: { id: 'localhost', name: 'Marque Motor Finance' },
  user: { id: 'dXNlci1pZA', name: 'hp.demo', displayName: 'Olivia Bennett' },
  pubKeyCredParams: [{ type: 'public-key' as const, alg: -7 }],
  excludeCredentials: [{ id: 'AAAA', type: 'public-key' as const }],
  authenticatorSelection: {
    residentKey: 'required' as const,
    userVerification: 'required' as const,
  },
};

const REQUEST = { challenge: 'Y2hhbGxlbmdlLWNoYWxsZW5nZQ', rpId: 'localhost' };

function browserAnswering(error: DOMException): void {
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  Object.defineProperty(navigator, 'credentials', {
    configurable: true,
    value: { create: () => Promise.reject(error), get: () => Promise.reject(error) },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'credentials');
});

describe('the browser passkey prompt', () => {
  it('is not offered in a browser without WebAuthn', () => {
    expect(passkeysSupported()).toBe(false);
  });

  it('counts a prompt the customer closed (or that timed out) as nothing happening', async () => {
    browserAnswering(
      new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
    );
    await expect(createPasskey(CREATION)).rejects.toBeInstanceOf(PasskeyPromptClosed);
    await expect(signWithPasskey(REQUEST)).rejects.toBeInstanceOf(PasskeyPromptClosed);
  });

  it('says so when this device already holds a passkey for the account', async () => {
    browserAnswering(new DOMException('already registered', 'InvalidStateError'));
    await expect(createPasskey(CREATION)).rejects.toEqual(
      new PasskeyUnavailable(
        'This device already holds a passkey for your account. You can rename it in the list.',
      ),
    );
  });

  it('offers another way when the browser fails for any other reason', async () => {
    browserAnswering(new DOMException('unknown', 'UnknownError'));
    await expect(signWithPasskey(REQUEST)).rejects.toEqual(
      new PasskeyUnavailable(
        'Your browser could not use a passkey just now. Please try again, or use another way.',
      ),
    );
  });
});
