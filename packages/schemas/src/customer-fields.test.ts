import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  authenticatorCodeField,
  dateOfBirthField,
  emailField,
  identityClaimField,
  newUsernameField,
  phoneField,
  tokenField,
  usernameField,
} from './customer-fields.js';

/** The first message a schema gives for a value, or null when it accepts it. */
function messageFor(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}

const usernameCharacter = fc.constantFrom(
  ...Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-'),
);

describe('a new username', () => {
  it('accepts any 3 to 32 letters, numbers, dots, hyphens or underscores, trimmed', () => {
    fc.assert(
      fc.property(fc.string({ unit: usernameCharacter, minLength: 3, maxLength: 32 }), (name) => {
        expect(newUsernameField.parse(` ${name} `)).toBe(name);
      }),
    );
  });

  it('refuses fewer than 3 or more than 32 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: usernameCharacter, maxLength: 2 }),
          fc.string({ unit: usernameCharacter, minLength: 33, maxLength: 64 }),
        ),
        (name) => {
          expect(messageFor(newUsernameField, name)).toBe(
            'Use 3 to 32 letters, numbers, dots, hyphens or underscores.',
          );
        },
      ),
    );
  });

  it('refuses spaces, @ and letters outside ASCII', () => {
    for (const name of ['pat long', 'pat@example', 'zoë.smith']) {
      expect(messageFor(newUsernameField, name)).not.toBeNull();
    }
  });
});

describe('a username typed to sign in', () => {
  it('takes any text up to 64 characters, since an unknown one fails like a wrong password', () => {
    expect(usernameField.parse('  Not A Valid Name!  ')).toBe('Not A Valid Name!');
  });

  it('asks for the username when it is blank or absurdly long', () => {
    expect(messageFor(usernameField, '   ')).toBe('Enter your username.');
    expect(messageFor(usernameField, 'a'.repeat(65))).toBe('Enter your username.');
  });
});

describe('an e-mail address', () => {
  it('is trimmed and must look like one', () => {
    expect(emailField.parse(' pat@example.com ')).toBe('pat@example.com');
    expect(messageFor(emailField, 'pat.example.com')).toBe(
      'Enter an e-mail address like name@example.com.',
    );
  });

  it('is at most 254 characters', () => {
    expect(messageFor(emailField, `${'a'.repeat(64)}@${'b'.repeat(186)}.com`)).toBe(
      'Enter an e-mail address of at most 254 characters.',
    );
  });
});

describe('a date of birth', () => {
  it('is a real calendar date written YYYY-MM-DD', () => {
    expect(dateOfBirthField.parse('1985-03-27')).toBe('1985-03-27');
    expect(messageFor(dateOfBirthField, '1985-02-30')).toBe(
      'Enter your date of birth as YYYY-MM-DD.',
    );
    expect(messageFor(dateOfBirthField, '27/03/1985')).toBe(
      'Enter your date of birth as YYYY-MM-DD.',
    );
  });
});

describe('a token from an e-mailed link', () => {
  it('asks for the whole link when part of the token is missing', () => {
    expect(tokenField.parse('abcdefghijklmnop')).toBe('abcdefghijklmnop');
    expect(messageFor(tokenField, 'abcdefghijklmno')).toBe(
      'This link is not complete. Please copy the whole link from the e-mail.',
    );
  });
});

describe('a phone number', () => {
  it('is written as people write it, with spaces, hyphens, brackets or a + prefix', () => {
    for (const phone of ['07700 900123', '+44 7700 900123', '212-555-0100', '212 (555) 0100']) {
      expect(messageFor(phoneField, phone)).toBeNull();
    }
  });

  it('refuses letters and numbers too short to dial', () => {
    expect(messageFor(phoneField, '12345')).toBe(
      'Enter a phone number of 7 to 20 digits, e.g. 07700 900123.',
    );
    expect(messageFor(phoneField, '0770O 900123')).not.toBeNull();
  });
});

describe('an authenticator code', () => {
  it('is 6 digits, with or without the space in the middle that apps show', () => {
    expect(authenticatorCodeField.parse(' 123456 ')).toBe('123456');
    expect(authenticatorCodeField.parse('123 456')).toBe('123 456');
    expect(messageFor(authenticatorCodeField, '12345')).toBe(
      'Enter the 6-digit code your authenticator app shows.',
    );
  });
});

describe('the identity check', () => {
  it('takes agreement number, date of birth and postcode in the UK', () => {
    expect(
      identityClaimField.parse({
        market: 'UK',
        agreementNumber: ' MQ-100234 ',
        dateOfBirth: '1985-03-27',
        postcode: 'SW1A 1AA',
      }),
    ).toEqual({
      market: 'UK',
      agreementNumber: 'MQ-100234',
      dateOfBirth: '1985-03-27',
      postcode: 'SW1A 1AA',
    });
  });

  it('takes account number, last 4 of the SSN and date of birth in the US', () => {
    const claim = {
      market: 'US',
      accountNumber: '40012345',
      ssnLast4: '6789',
      dateOfBirth: '1979-11-02',
    };
    expect(identityClaimField.parse(claim)).toEqual(claim);
    expect(messageFor(identityClaimField, { ...claim, ssnLast4: '678' })).toBe(
      'Enter the last 4 digits of your Social Security number.',
    );
  });

  it('names the number the market prints: agreement in the UK, account in the US', () => {
    expect(
      messageFor(identityClaimField, {
        market: 'UK',
        agreementNumber: 'MQ',
        dateOfBirth: '1985-03-27',
        postcode: 'SW1A 1AA',
      }),
    ).toBe('Enter your agreement number as it appears on your agreement.');
    expect(
      messageFor(identityClaimField, {
        market: 'US',
        accountNumber: '40',
        ssnLast4: '6789',
        dateOfBirth: '1979-11-02',
      }),
    ).toBe('Enter your account number as it appears on your statement.');
  });

  it('refuses the other market’s fields', () => {
    expect(
      messageFor(identityClaimField, {
        market: 'UK',
        accountNumber: '40012345',
        ssnLast4: '6789',
        dateOfBirth: '1979-11-02',
      }),
    ).not.toBeNull();
  });
});
