import { describe, expect, it } from 'vitest';
import { maskEmail, maskUsername } from './masking.js';

describe('maskUsername', () => {
  it('keeps the first and last characters behind five stars', () => {
    expect(maskUsername('hp.demo')).toBe('h*****o');
    expect(maskUsername('a-much-longer-username')).toBe('a*****e');
  });

  it('shows less of a short username, and nothing of a single character', () => {
    expect(maskUsername('abcd')).toBe('a*****d');
    expect(maskUsername('abc')).toBe('a*****');
    expect(maskUsername('x')).toBe('*****');
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(maskUsername('🚗driver🚗')).toBe('🚗*****🚗');
  });
});

describe('maskEmail', () => {
  it('masks the local part and the domain, keeping the top-level domain', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j*****e@e*****e.com');
    expect(maskEmail('jd@mail.example.co.uk')).toBe('j*****@m*****o.uk');
  });

  it('masks a domain without a dot as a whole', () => {
    expect(maskEmail('admin@localhost')).toBe('a*****n@l*****t');
  });

  it('masks a value without an @ as one piece', () => {
    expect(maskEmail('not-an-email')).toBe('n*****l');
  });
});
