import type { IsoDate } from '../calendar/iso-date.js';

/** A customer of the lender as the testing factories build one; one login can hold several agreements. */
export interface Customer {
  id: string;
  title?: string;
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  email: string;
  phone: string;
  address: {
    line1: string;
    line2?: string;
    town: string;
    postcode: string;
    country: 'GB' | 'US';
  };
}
