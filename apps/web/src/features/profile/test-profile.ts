import type { Profile } from './contact-changes.js';

/** profile.get's answer for the customer testCustomer() signs in as, for component tests. */
export const testProfile: Profile = {
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
