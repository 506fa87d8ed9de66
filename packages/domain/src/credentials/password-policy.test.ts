import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  DEFAULT_PASSWORD_POLICY,
  PasswordPolicyError,
  type PasswordCheck,
  type PasswordProblemCode,
} from './password-policy.js';
import type { PersonalInfo } from './personal-info.js';

const NOBODY: PersonalInfo = {};
const JANE: PersonalInfo = {
  username: 'hp.demo',
  email: 'jane.doe@example.com',
  names: ['Jane', 'Doe'],
  dateOfBirth: '1985-03-14',
  postcode: 'SW1A 1AA',
};

function codes(check: PasswordCheck): PasswordProblemCode[] {
  return check.ok ? [] : check.problems.map((problem) => problem.code);
}

/** Best of several runs: the machine is shared, and only the fastest run measures our own cost. */
function fastestMs(run: () => void, times = 5): number {
  const durations = Array.from({ length: times }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return Math.min(...durations);
}

describe('checkPassword', () => {
  it('accepts a long passphrase of unrelated words, with a high score', () => {
    const check = checkPassword('mauve kettle drums at dawn', JANE);
    expect(check.ok).toBe(true);
    expect(check.score).toBeGreaterThanOrEqual(3);
  });

  it('sets no composition rules: lower-case letters and spaces alone are fine', () => {
    expect(checkPassword('purple otters juggle quietly', NOBODY).ok).toBe(true);
  });

  it('refuses 11 characters and accepts 12 by default', () => {
    expect(codes(checkPassword('vk7#pq2!zmw', NOBODY))).toEqual(['too_short']);
    expect(checkPassword('vk7#pq2!zmwr', NOBODY).ok).toBe(true);
  });

  it('counts code points after NFKC normalisation, not UTF-16 units', () => {
    // Each emoji is two UTF-16 units; 'e' + combining acute becomes one 'é'.
    expect(codes(checkPassword('🚗🐢🌵🎻🍋🧲🦉🪁🎲🧭🪴', NOBODY))).toEqual(['too_short']);
    expect(checkPassword('🚗🐢🌵🎻🍋🧲🦉🪁🎲🧭🪴🛶', NOBODY).ok).toBe(true);
    const decomposed = 'cafe\u0301 r7k!zq'; // 12 UTF-16 units, 11 characters once composed
    expect(decomposed.length).toBe(12);
    expect(codes(checkPassword(decomposed, NOBODY))).toEqual(['too_short']);
    expect(checkPassword(`${decomposed}w`, NOBODY).ok).toBe(true);
  });

  it('accepts 128 characters and refuses 129', () => {
    const password128 = Array.from({ length: 128 }, (_, i) =>
      String.fromCharCode(33 + ((i * 37) % 90)),
    ).join('');
    expect(checkPassword(password128, NOBODY).ok).toBe(true);
    expect(codes(checkPassword(`${password128}x`, NOBODY))).toEqual(['too_long']);
  });

  it('refuses a 1000-character input for length alone, quickly, and still scores it', () => {
    const long = 'kettle'.repeat(167).slice(0, 1000);
    checkPassword('warm up the estimator', NOBODY);
    const check = checkPassword(long, JANE);
    expect(codes(check)).toEqual(['too_long']);
    expect(check.score).toBeGreaterThanOrEqual(0);
    expect(fastestMs(() => checkPassword(long, JANE))).toBeLessThan(50);
  });

  it('takes well under 50 ms for a 128-character input of any kind', () => {
    checkPassword('warm up the estimator', NOBODY);
    const inputs = [
      Array.from({ length: 128 }, (_, i) => String.fromCharCode(33 + ((i * 37) % 90))).join(''),
      'p4$$w0rd'.repeat(16),
      '1|!0$5+7%2@4(<{[3&69'.repeat(7).slice(0, 128),
      'qwertyuiopasdfghjklzxcvbnm1234567890'.repeat(4).slice(0, 128),
      'correct horse battery staple '.repeat(5).slice(0, 128),
    ];
    for (const input of inputs) {
      expect(fastestMs(() => checkPassword(input, JANE))).toBeLessThan(50);
    }
  });

  it('refuses a common password, ignoring case and trailing digits and symbols', () => {
    for (const password of ['Password123!', 'password1234', 'ILOVEYOU2024!!', 'Sunshine 1987']) {
      expect(codes(checkPassword(password, NOBODY))).toContain('common');
    }
  });

  it('normalises full-width characters before the blocklist check', () => {
    expect(codes(checkPassword('ｐａｓｓｗｏｒｄ１２３４５', NOBODY))).toContain('common');
  });

  it('explains a common password in words a customer understands', () => {
    const check = checkPassword('Password123!', NOBODY);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.problems).toContainEqual({
      code: 'common',
      message:
        'This password is on a list of passwords that are commonly used or have appeared in data breaches. Choose something less predictable.',
    });
  });

  it('refuses a password containing the username, e-mail local part or a name, in any case', () => {
    for (const password of [
      'HP.DEMO and friends',
      'my handle is hp.demo',
      'jane.doe@ is my login',
      'zz JaneDoe forever zz',
      'plum doe-eyed lantern',
      'kettle JANE violet',
    ]) {
      expect(codes(checkPassword(password, JANE)), password).toEqual(['personal_info']);
    }
  });

  it('ignores names shorter than 3 characters', () => {
    expect(checkPassword('always alert otters', { names: ['Al', 'Jo'] }).ok).toBe(true);
  });

  it('matches names without their accents', () => {
    expect(codes(checkPassword('violet jose lantern', { names: ['José'] }))).toEqual([
      'personal_info',
    ]);
  });

  it('refuses a password containing the date of birth or the postcode, however written', () => {
    for (const password of [
      'born 14/03/1985 in york',
      'orchid 19850314 violet',
      'orchid 140385 lantern',
      'home is sw1a 1aa dear',
      'home-is-SW1A1AA-dear',
    ]) {
      expect(codes(checkPassword(password, JANE)), password).toEqual(['personal_info']);
    }
  });

  it('refuses repetitive passwords', () => {
    for (const password of ['aaaaaaaaaaaa', 'abcabcabcabc', 'XyZ!xyz!XYZ!', 'kettlekettle']) {
      expect(codes(checkPassword(password, NOBODY)), password).toContain('repetitive');
    }
  });

  it('refuses passwords that are mostly a run of letters, digits or keys', () => {
    for (const password of [
      '123456789012',
      'abcdefghijkl',
      'qwertyuiop12',
      'ZYXWVUTSRQPO',
      'asdfghjkl;#!',
      'abc123xyz789',
    ]) {
      expect(codes(checkPassword(password, NOBODY)), password).toContain('sequential');
    }
  });

  it('does not call a password sequential for a short run inside it', () => {
    expect(checkPassword('abc kettle violet harbour', NOBODY).ok).toBe(true);
  });

  it('reports every problem found, and still gives a score', () => {
    const check = checkPassword('hp.demo', JANE);
    expect(codes(check)).toEqual(['too_short', 'personal_info']);
    expect(check.score).toBe(0);
  });

  it('applies a stricter policy when given one', () => {
    const policy = { minLength: 15, maxLength: 64 };
    expect(codes(checkPassword('vk7#pq2!zmwr', NOBODY, policy))).toEqual(['too_short']);
    expect(codes(checkPassword('vk7#pq2!zmwr'.repeat(6), NOBODY, policy))).toEqual(['too_long']);
  });

  it('refuses a policy that breaks NIST floors or is inconsistent', () => {
    for (const policy of [
      { minLength: 6, maxLength: 128 },
      { minLength: 12, maxLength: 32 },
      { minLength: 80, maxLength: 64 },
      { minLength: 12.5, maxLength: 128 },
      { minLength: 12, maxLength: 1_000_000 },
    ]) {
      expect(() => checkPassword('vk7#pq2!zmwr', NOBODY, policy)).toThrow(PasswordPolicyError);
    }
  });

  it('defaults to 12 to 128 characters', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({ minLength: 12, maxLength: 128 });
  });
});

describe('checkPassword properties', () => {
  const printable = fc.noBias(
    fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
  );

  it('accepts any uniformly random password of 12 to 128 printable characters', () => {
    fc.assert(
      fc.property(fc.array(printable, { minLength: 12, maxLength: 128 }), (chars) => {
        expect(checkPassword(chars.join(''), JANE)).toMatchObject({ ok: true });
      }),
      { numRuns: 40 },
    );
  });

  it('never throws, for any string and any personal details', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 160 });
    const personal = fc.record(
      {
        username: anyText,
        email: anyText,
        names: fc.array(anyText, { maxLength: 3 }),
        dateOfBirth: fc.oneof(anyText, fc.constant('1985-03-14')),
        postcode: anyText,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyText, personal, (password, details) => {
        const check = checkPassword(password, details);
        expect([0, 1, 2, 3, 4]).toContain(check.score);
        if (!check.ok) expect(check.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses every password shorter than the minimum, whatever else it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 11 }), (password) => {
        expect(codes(checkPassword(password, NOBODY))).toContain('too_short');
      }),
      { numRuns: 60 },
    );
  });
});
