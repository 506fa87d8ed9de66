import { describe, expect, it } from 'vitest';
import { contactChanges, contactFormValues } from './contact-changes.js';
import { testProfile as profile } from './test-profile.js';

describe('contactChanges', () => {
  it('is nothing when the form still holds the details on file', () => {
    expect(contactChanges(profile, contactFormValues(profile))).toBeNull();
  });

  it('ignores spaces typed around a value', () => {
    const values = contactFormValues(profile);
    expect(contactChanges(profile, { ...values, phone: ' 07700 900101 ' })).toBeNull();
  });

  it('sends only the phone when only the phone changed', () => {
    const values = { ...contactFormValues(profile), phone: '07700 900999' };
    expect(contactChanges(profile, values)).toEqual({ phone: '07700 900999' });
  });

  it('sends the whole address when any line of it changed, leaving out an empty second line', () => {
    const values = contactFormValues(profile);
    values.address.postcode = 'LS6 3AB';
    expect(contactChanges(profile, values)).toEqual({
      address: { line1: '14 Larch Grove', town: 'Leeds', postcode: 'LS6 3AB' },
    });
  });

  it('sends a new e-mail address for verification', () => {
    const values = { ...contactFormValues(profile), email: 'olivia@example.org' };
    expect(contactChanges(profile, values)).toEqual({ email: 'olivia@example.org' });
  });
});
