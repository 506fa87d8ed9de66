import type { PersonalInfo } from '@marque/domain';
import type { AccountWithCustomer } from './account-store.js';

/** What a new password must not contain, from the account and its customer (NIST SP 800-63B). */
export function personalInfoOf(account: AccountWithCustomer): PersonalInfo {
  return {
    username: account.username,
    email: account.email,
    names: [account.given_name, account.family_name],
    dateOfBirth: account.date_of_birth,
    postcode: account.postcode,
  };
}

/** The alert recipient for an account. */
export function recipientOf(account: AccountWithCustomer): { email: string; givenName: string } {
  return { email: account.email, givenName: account.given_name };
}
