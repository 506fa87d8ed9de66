import { describe, expect, it } from 'vitest';
import {
  changePasswordInput,
  passwordResetRequestInput,
  registerInput,
  signInInput,
  verifyMfaInput,
} from './auth.js';

const CHALLENGE = 'c'.repeat(32);

describe('signing in', () => {
  it('asks for each field left blank', () => {
    const result = signInInput.safeParse({ username: ' ', password: '' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['username', 'Enter your username.'],
      ['password', 'Enter your password.'],
    ]);
  });

  it('keeps the password exactly as typed, spaces included', () => {
    expect(signInInput.parse({ username: ' pat ', password: ' secret ' })).toEqual({
      username: 'pat',
      password: ' secret ',
    });
  });

  it('refuses a password over 1024 characters before anything hashes it', () => {
    expect(
      signInInput.safeParse({ username: 'pat', password: 'x'.repeat(1025) }).error?.issues[0]
        ?.message,
    ).toBe('That password is too long.');
  });
});

describe('the second sign-in step', () => {
  it('takes a 6-digit code or a recovery code of up to 20 characters', () => {
    expect(verifyMfaInput.parse({ challenge: CHALLENGE, code: ' 123456 ' }).code).toBe('123456');
    expect(verifyMfaInput.parse({ challenge: CHALLENGE, code: 'abcd-efgh-jk' }).code).toBe(
      'abcd-efgh-jk',
    );
  });

  it('refuses codes too short or too long to be either', () => {
    for (const code of ['12345', 'x'.repeat(21)]) {
      expect(
        verifyMfaInput.safeParse({ challenge: CHALLENGE, code }).error?.issues[0]?.message,
      ).toBe('Enter the 6-digit code from your app, or a recovery code.');
    }
  });
});

describe('registering', () => {
  it('reports a problem in the identity check under identity', () => {
    const result = registerInput.safeParse({
      identity: {
        market: 'UK',
        agreementNumber: 'MQ-100234',
        dateOfBirth: '1985-03-27',
        postcode: 'X',
      },
      username: 'pat.long',
      email: 'pat@example.com',
      password: 'correct horse battery staple',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'identity.postcode',
    ]);
  });

  it('asks the customer to choose a password, not to enter an existing one', () => {
    const result = registerInput.safeParse({
      identity: {
        market: 'US',
        accountNumber: '40012345',
        ssnLast4: '6789',
        dateOfBirth: '1979-11-02',
      },
      username: 'pat.long',
      email: 'pat@example.com',
      password: '',
    });
    expect(result.error?.issues[0]?.message).toBe('Choose a new password.');
  });
});

describe('asking for a password reset', () => {
  it('takes a username or an e-mail address of up to 254 characters', () => {
    expect(passwordResetRequestInput.parse({ usernameOrEmail: ' pat ' }).usernameOrEmail).toBe(
      'pat',
    );
    expect(
      passwordResetRequestInput.safeParse({ usernameOrEmail: 'a'.repeat(255) }).error?.issues[0]
        ?.message,
    ).toBe('Enter your username or e-mail address.');
  });
});

describe('changing the password', () => {
  it('asks for the current one and for a new one in their own words', () => {
    const result = changePasswordInput.safeParse({ currentPassword: '', newPassword: '' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Enter your password.',
      'Choose a new password.',
    ]);
  });
});
