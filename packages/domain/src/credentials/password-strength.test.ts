import { describe, expect, it } from 'vitest';
import { passwordScore, SCORED_PREFIX_LENGTH } from './password-strength.js';

describe('passwordScore', () => {
  it('rates a common password 0 and a long random-looking one 4', () => {
    expect(passwordScore('password', [])).toBe(0);
    expect(passwordScore('vk7#pq2!zmwR-83hd', [])).toBe(4);
  });

  it("rates the customer's own details as guessable", () => {
    const withoutHints = passwordScore('hp.demo.marque', []);
    const withHints = passwordScore('hp.demo.marque', ['hp.demo', 'marque']);
    expect(withHints).toBeLessThan(withoutHints);
  });

  it('scores only the first characters, so whatever follows them cannot change the score', () => {
    const prefix = 'x'.repeat(SCORED_PREFIX_LENGTH);
    expect(passwordScore(`${prefix}vk7#pq2!zmwR-83hd`, [])).toBe(passwordScore(prefix, []));
  });
});
