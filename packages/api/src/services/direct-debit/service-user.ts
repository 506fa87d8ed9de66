import type { AchOriginator } from '@marque/domain';
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

/**
 * The lender's ACH identity for the sandbox: the originating bank (ODFI) its files go to and its
 * company identification. A live deployment would take these from its ODFI agreement.
 */
export function sandboxOriginator(brandName: string): AchOriginator {
  return {
    odfiRoutingNumber: '011000015',
    odfiName: 'Sandbox ODFI',
    companyId: '1987654321',
    companyName: brandName,
  };
}
