import type { ServiceUser } from './bacs-standard-18.js';

/**
 * The lender's Bacs identity for the sandbox: a service user number and the account collections
 * are paid into. A live deployment would take these from its sponsoring bank.
 */
export function sandboxServiceUser(brandName: string): ServiceUser {
  return {
    serviceUserNumber: '987654',
    name: brandName,
    sortCode: '401276',
    accountNumber: '41012345',
  };
}
