import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';

// The options travel to the browser as JSON. The library's types allow binary extension inputs
// (PRF), which tRPC's inferred JSON type cannot express; we send none but credProps (a flag), so
// the procedures declare exactly that and the browser library accepts the result as it is.

/** navigator.credentials.create() options as the API sends them. */
export type PasskeyCreationOptions = Omit<PublicKeyCredentialCreationOptionsJSON, 'extensions'> & {
  extensions?: { credProps?: boolean };
};

/** navigator.credentials.get() options as the API sends them: no extensions. */
export type PasskeyRequestOptions = Omit<PublicKeyCredentialRequestOptionsJSON, 'extensions'>;
