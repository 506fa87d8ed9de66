import { describe, expect, it } from 'vitest';
import { containsPersonalInfo, strengthHints, type PersonalInfo } from './personal-info.js';

const JANE: PersonalInfo = {
  username: 'hp.demo',
  email: 'jane.doe@example.com',
  names: ['Mary-Jane', 'Doe'],
  dateOfBirth: '1985-03-14',
  postcode: 'SW1A 1AA',
};

describe('containsPersonalInfo', () => {
  it('finds each detail, however it is cased or punctuated', () => {
    for (const password of [
      'HP-DEMO rules',
      'jane.doe!!',
      'maryjane',
      'I am MARY',
      'doe a deer',
      '14.03.85',
      '1985/03/14',
      '03-14-1985',
      'sw1a-1aa',
    ]) {
      expect(containsPersonalInfo(password, JANE), password).toBe(true);
    }
  });

  it('ignores what is not there, and details shorter than 3 characters', () => {
    expect(containsPersonalInfo('violet kettle lantern', JANE)).toBe(false);
    expect(containsPersonalInfo('always alert', { names: ['Al'] })).toBe(false);
  });

  it('ignores a date of birth that is not a real ISO date', () => {
    expect(containsPersonalInfo('born 19850230', { dateOfBirth: '1985-02-30' })).toBe(false);
  });

  it('takes the whole e-mail as the local part when it has no @', () => {
    expect(containsPersonalInfo('my janedoe pass', { email: 'janedoe' })).toBe(true);
  });

  it('finds nothing when there are no details', () => {
    expect(containsPersonalInfo('anything at all', {})).toBe(false);
  });
});

describe('strengthHints', () => {
  it('gives the estimator the details as typed and folded, once each', () => {
    const hints = strengthHints({ username: ' HP.Demo ', names: ['Jane', 'jane'] });
    expect(hints).toEqual(['hp.demo', 'jane', 'hpdemo']);
  });
});
