import { describe, expect, it } from 'vitest';
import { contactChanges, contactFormValues, type Profile } from './contact-changes.js';

const profile: Profile = {
  title: 'Ms',
  givenName: 'Olivia',
  familyName: 'Bennett',
  dateOfBirth: '1988-04-12',
  email: 'olivia.bennett@example.com',
  pendingEmail: null,
  phone: '07700 900101',
  address: {
    line1: '14 Larch Grove',
    line2: null,
    town: 'Leeds',
    postcode: 'LS6 2QT',
    country: 'GB',
  },
};

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
