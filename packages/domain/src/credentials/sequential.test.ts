import { describe, expect, it } from 'vitest';
import { isSequential } from './sequential.js';

describe('isSequential', () => {
  it('finds alphabet, digit and keyboard runs making up most of the password', () => {
    for (const password of [
      '123456789012',
      'abcdefghijkl',
      'qwertyuiop12',
      'QWERTYUIOP!x',
      'lkjhgfdsa987',
      '!@#$%^&*()ab',
      'abc123xyz789',
    ]) {
      expect(isSequential(password), password).toBe(true);
    }
  });

  it('does not count pairs or runs that make up half or less', () => {
    for (const password of ['ab12cd34ef56', 'abcdef kettle', 'mauve kettle drums', '']) {
      expect(isSequential(password), password).toBe(false);
    }
  });

  it('counts a run that turns back in the other direction as two runs', () => {
    expect(isSequential('abcdcbaxyzzz')).toBe(true);
  });
});
