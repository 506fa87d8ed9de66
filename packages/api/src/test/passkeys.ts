import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { PasskeyView } from '../services/passkeys/passkey-store.js';
import type { TestClient } from './app.js';
import { SoftwareAuthenticator, type CeremonyOverrides } from './software-authenticator.js';

/** Adds a passkey from a signed-in (recently authenticated) browser, as the Security page does. */
export async function addPasskey(
  browser: TestClient,
  authenticator: SoftwareAuthenticator,
  name = 'My phone',
  overrides: CeremonyOverrides = {},
): Promise<PasskeyView> {
  const started = await browser.mutation<{ options: PublicKeyCredentialCreationOptionsJSON }>(
    'passkeys.registrationOptions',
  );
  if (started.data === undefined) {
    throw new Error(`registration options refused: ${JSON.stringify(started.body)}`);
  }
  const added = await browser.mutation<{ passkey: PasskeyView }>('passkeys.register', {
    name,
    response: authenticator.register(started.data.options, overrides),
  });
  if (added.data === undefined) throw new Error(`passkey refused: ${JSON.stringify(added.body)}`);
  return added.data.passkey;
}

/** Options from the API for a passkey prompt (`path` names the procedure). */
export async function requestOptions(
  browser: TestClient,
  path: string,
  input?: unknown,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const result = await browser.mutation<{ options: PublicKeyCredentialRequestOptionsJSON }>(
    path,
    input,
  );
  if (result.data === undefined) {
    throw new Error(`${path} refused: ${JSON.stringify(result.body)}`);
  }
  return result.data.options;
}

/** Signs in with a passkey alone: options, the authenticator's answer, auth.loginWithPasskey. */
export async function signInWithPasskey(
  browser: TestClient,
  authenticator: SoftwareAuthenticator,
  overrides: CeremonyOverrides = {},
) {
  const options = await requestOptions(browser, 'auth.passkeyOptions');
  return browser.mutation('auth.loginWithPasskey', {
    response: authenticator.authenticate(options, overrides),
  });
}

export { SoftwareAuthenticator };
