import type { Agreement } from '@marque/domain';
import type { NewCustomerRow } from '../db/customer-agreement-tables.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An agreement's terms without the dates and number, which the seed sets relative to today. */
export type DemoTerms = DistributiveOmit<
  Agreement,
  'agreementNumber' | 'currency' | 'startDate' | 'firstPaymentDate'
>;

export interface DemoAgreement {
  agreementNumber: string;
  terms: DemoTerms;
  /** The agreement started about this many months before today (a few days less, so no payment falls due today). */
  startedMonthsAgo: number;
  /** The most recent instalments due that were not paid (arrears.demo). */
  missedPayments: number;
  vehicleDescription: string;
  vehicleRegistration: string;
  dealerName: string;
}

export interface DemoCustomer {
  /** The login; null for a customer who has not registered yet (to try registration with). */
  username: string | null;
  totp: boolean;
  customer: Omit<NewCustomerRow, 'id' | 'created_at' | 'postcode_normalised'>;
  agreements: DemoAgreement[];
}

/** Every demo login signs in with this password (it passes the domain's password rules). */
export const DEMO_PASSWORD = 'Drive-Safely-2026';

/**
 * mfa.demo's TOTP secret (base32), fixed so that a developer can add it to an authenticator once.
 * Printed at start in development only; never use it outside the demo data.
 */
export const DEMO_TOTP_SECRET = 'MARQUEDEMOMFASECRETFORDEVONLYXYZ';

const hpTerms = (
  cashPrice: number,
  deposit: number,
  annualRatePercent: number,
  termMonths: number,
) =>
  ({
    type: 'HP',
    cashPrice,
    deposit,
    amountOfCredit: cashPrice - deposit,
    annualRatePercent,
    termMonths,
    optionToPurchaseFee: 1_000,
  }) as const;

const pcpTerms = (
  cashPrice: number,
  deposit: number,
  annualRatePercent: number,
  termMonths: number,
  optionalFinalPayment: number,
  annualMileageAllowance: number,
) =>
  ({
    ...hpTerms(cashPrice, deposit, annualRatePercent, termMonths),
    type: 'PCP',
    optionalFinalPayment,
    annualMileageAllowance,
    excessMileageRate: 9,
  }) as const;

const address = (address_line1: string, town: string, postcode: string) => ({
  address_line1,
  address_line2: null,
  town,
  postcode,
  country: 'GB' as const,
  ssn_last4: null,
});

// Names and addresses are invented; phone numbers come from Ofcom's range reserved for fiction
// (07700 900000–900999) and e-mail addresses from example.com, so no real person is ever contacted.
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    username: 'hp.demo',
    totp: false,
    customer: {
      title: 'Ms',
      given_name: 'Olivia',
      family_name: 'Bennett',
      date_of_birth: '1988-04-12',
      email: 'olivia.bennett@example.com',
      phone: '07700 900101',
      ...address('14 Larch Grove', 'Leeds', 'LS6 2QT'),
    },
    agreements: [
      {
        agreementNumber: 'MQ20240101',
        terms: hpTerms(1_849_500, 200_000, 7.9, 48),
        startedMonthsAgo: 14,
        missedPayments: 0,
        vehicleDescription: '2024 hatchback, 1.5 petrol, manual, Moonstone Grey',
        vehicleRegistration: 'LD24 KXP',
        dealerName: 'Northgate Motors, Leeds',
      },
    ],
  },
  {
    username: 'pcp.demo',
    totp: false,
    customer: {
      title: 'Mr',
      given_name: 'James',
      family_name: 'Okafor',
      date_of_birth: '1991-09-30',
      email: 'james.okafor@example.com',
      phone: '07700 900102',
      ...address('7 Ashcombe Road', 'Bristol', 'BS7 8RN'),
    },
    agreements: [
      {
        agreementNumber: 'MQ20240102',
        terms: pcpTerms(3_299_500, 400_000, 8.9, 47, 1_325_000, 10_000),
        startedMonthsAgo: 10,
        missedPayments: 0,
        vehicleDescription: '2025 estate, 2.0 plug-in hybrid, automatic, Glacier White',
        vehicleRegistration: 'WA25 HVN',
        dealerName: 'Severnside Cars, Bristol',
      },
    ],
  },
  {
    username: 'lease.demo',
    totp: false,
    customer: {
      title: 'Dr',
      given_name: 'Priya',
      family_name: 'Sharma',
      date_of_birth: '1985-02-17',
      email: 'priya.sharma@example.com',
      phone: '07700 900103',
      ...address('22 Beaumont Street', 'Nottingham', 'NG5 1LR'),
    },
    agreements: [
      {
        agreementNumber: 'MQ20240103',
        terms: {
          type: 'LEASE',
          termMonths: 36,
          monthlyRental: 32_900,
          initialRentalMonths: 6,
          annualMileageAllowance: 8_000,
          excessMileageRate: 12,
        },
        startedMonthsAgo: 8,
        missedPayments: 0,
        vehicleDescription: '2025 compact SUV, electric 64 kWh, automatic, Deep Blue',
        vehicleRegistration: 'FT25 ZEV',
        dealerName: 'Trentside Vehicle Leasing, Nottingham',
      },
    ],
  },
  {
    username: 'multi.demo',
    totp: false,
    customer: {
      title: 'Mr',
      given_name: 'Thomas',
      family_name: 'Hughes',
      date_of_birth: '1979-11-03',
      email: 'thomas.hughes@example.com',
      phone: '07700 900104',
      ...address('3 Chapel Lane', 'Cardiff', 'CF14 3UX'),
    },
    agreements: [
      {
        agreementNumber: 'MQ20240104',
        terms: hpTerms(1_295_000, 150_000, 9.9, 36),
        startedMonthsAgo: 26,
        missedPayments: 0,
        vehicleDescription: '2022 city car, 1.0 petrol, manual, Flame Red',
        vehicleRegistration: 'CU22 MTR',
        dealerName: 'Bay Autos, Cardiff',
      },
      {
        agreementNumber: 'MQ20240105',
        terms: pcpTerms(2_745_000, 300_000, 7.4, 35, 1_290_000, 12_000),
        startedMonthsAgo: 4,
        missedPayments: 0,
        vehicleDescription: '2025 saloon, 2.0 diesel, automatic, Carbon Black',
        vehicleRegistration: 'CV25 SLN',
        dealerName: 'Bay Autos, Cardiff',
      },
    ],
  },
  {
    username: 'arrears.demo',
    totp: false,
    customer: {
      title: 'Miss',
      given_name: 'Chloe',
      family_name: 'Davies',
      date_of_birth: '1996-06-21',
      email: 'chloe.davies@example.com',
      phone: '07700 900105',
      ...address('41 Wellington Terrace', 'Swansea', 'SA1 6PF'),
    },
    agreements: [
      {
        agreementNumber: 'MQ20240106',
        terms: hpTerms(995_000, 100_000, 11.9, 48),
        startedMonthsAgo: 12,
        missedPayments: 2,
        vehicleDescription: '2021 hatchback, 1.2 petrol, manual, Polar Silver',
        vehicleRegistration: 'CP21 WNF',
        dealerName: 'Harbourside Motor Company, Swansea',
      },
    ],
  },
  {
    username: 'mfa.demo',
    totp: true,
    customer: {
      title: 'Mr',
      given_name: 'Ewan',
      family_name: 'MacLeod',
      date_of_birth: '1983-08-08',
      email: 'ewan.macleod@example.com',
      phone: '07700 900106',
      ...address('9 Marchmont Crescent', 'Edinburgh', 'EH9 1HE'),
    },
    agreements: [
      {
        agreementNumber: 'MQ20240107',
        terms: pcpTerms(3_850_000, 500_000, 6.9, 47, 1_720_000, 8_000),
        startedMonthsAgo: 20,
        missedPayments: 0,
        vehicleDescription: '2024 coupe, 2.0 petrol, automatic, Racing Green',
        vehicleRegistration: 'SY24 CPE',
        dealerName: 'Lothian Road Motors, Edinburgh',
      },
    ],
  },
  {
    username: null,
    totp: false,
    customer: {
      title: 'Mrs',
      given_name: 'Grace',
      family_name: 'Whitfield',
      date_of_birth: '1974-03-05',
      email: 'grace.whitfield@example.com',
      phone: '07700 900107',
      ...address('16 Orchard Close', 'York', 'YO24 1BP'),
    },
    agreements: [
      {
        agreementNumber: 'MQ20240108',
        terms: hpTerms(1_575_000, 250_000, 8.4, 42),
        startedMonthsAgo: 6,
        missedPayments: 0,
        vehicleDescription: '2023 crossover, 1.6 hybrid, automatic, Sand Beige',
        vehicleRegistration: 'YK23 HBD',
        dealerName: 'Minster Car Sales, York',
      },
    ],
  },
];
