import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords.js';

describe('isCommonPassword', () => {
  it('finds passwords on the shipped list of common and breached passwords', () => {
    for (const password of [
      '123456',
      'password',
      'qwertyuiop',
      'iloveyou',
      'trustno1',
      'p@ssw0rd',
    ]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('ignores case and trailing digits and symbols', () => {
    for (const password of ['Password123!', 'PASSWORD', 'Dragon2024!!', 'monkey 99', 'sunshine!']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('does not strip leading digits or anything in the middle', () => {
    expect(isCommonPassword('123password')).toBe(false);
    expect(isCommonPassword('pass-word')).toBe(false);
  });

  it('does not judge a stem shorter than 4 characters on its own', () => {
    expect(isCommonPassword('cat839204716')).toBe(false);
    expect(isCommonPassword('cat')).toBe(true);
  });

  it('passes an uncommon passphrase', () => {
    expect(isCommonPassword('mauve kettle drums at dawn')).toBe(false);
  });

  it('compares after NFKC normalisation', () => {
    expect(isCommonPassword('ｐａｓｓｗｏｒｄ')).toBe(true);
  });
});
