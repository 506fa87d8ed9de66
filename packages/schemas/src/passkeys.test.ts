import { describe, expect, it } from 'vitest';
import { passkeyAssertionInput, passkeyNameField, renamePasskeyInput } from './passkeys.js';

const ASSERTION = {
  id: 'AbC-_1',
  rawId: 'AbC-_1',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'eyJ9', authenticatorData: 'AAAA', signature: 'MEUC' },
};

describe('passkey names', () => {
  it('are trimmed and kept as typed, letters of any language included', () => {
    expect(passkeyNameField.parse('  Téléphone de Zoë ')).toBe('Téléphone de Zoë');
  });

  it('must be 1 to 60 characters without control characters', () => {
    for (const bad of ['', '   ', 'x'.repeat(61), 'line\nbreak']) {
      expect(renamePasskeyInput.safeParse({ passkeyId: 'p1', name: bad }).error?.issues[0]).toEqual(
        expect.objectContaining({
          message: 'Give the passkey a name of up to 60 characters, like "Work laptop".',
        }),
      );
    }
  });
});

describe("a browser's passkey answer", () => {
  it('is accepted as base64url fields, and unknown extension outputs are dropped', () => {
    const parsed = passkeyAssertionInput.parse({
      response: { ...ASSERTION, clientExtensionResults: { surprise: 'x'.repeat(10) } },
    });
    expect(parsed.response.clientExtensionResults).toEqual({});
  });

  it('is refused when a field is not base64url or is larger than any authenticator sends', () => {
    for (const response of [
      { ...ASSERTION, id: 'has spaces' },
      { ...ASSERTION, response: { ...ASSERTION.response, signature: 'A'.repeat(1025) } },
      { ...ASSERTION, type: 'password' },
    ]) {
      expect(passkeyAssertionInput.safeParse({ response }).success).toBe(false);
    }
  });
});
