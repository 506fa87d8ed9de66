import { isIsoDate } from '@marque/domain';
import { z } from 'zod';
import { emailField, phoneField } from './customer-fields.js';
import { moneyTextField } from './money-text.js';

// An agreement as a dealer submits it: the customer, the vehicle, the product and its terms. One
// flat form whose product-specific fields are checked for the product chosen, so the console's
// form and the procedure give the same message under the same field.

function text(label: string, max: number) {
  return z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Use at most ${String(max)} characters.`);
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${String(max)} characters.`)
    .optional()
    .transform((value) => (value === '' || value === undefined ? null : value));

const dayField = (label: string) =>
  z.string().trim().refine(isIsoDate, `Enter the ${label} like 2026-11-23.`);

/** A whole number typed into a form field (term, mileage), checked against a range. */
function wholeNumberText(label: string, min: number, max: number) {
  return z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .transform((value, context) => {
      const digits = value.replaceAll(',', '');
      const number = /^\d{1,7}$/.test(digits) ? Number(digits) : Number.NaN;
      if (!Number.isInteger(number) || number < min || number > max) {
        context.addIssue({
          code: 'custom',
          message: `Enter a ${label} from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}.`,
        });
        return z.NEVER;
      }
      return number;
    });
}

/** A percentage typed into a form: up to two decimal places. */
const ratePercentText = z
  .string({ error: 'Enter the rate.' })
  .trim()
  .min(1, 'Enter the rate.')
  .transform((value, context) => {
    const rate = /^\d{1,2}(\.\d{1,2})?$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(rate) || rate > 50) {
      context.addIssue({ code: 'custom', message: 'Enter a rate from 0 to 50, like 6.9.' });
      return z.NEVER;
    }
    return rate;
  });

export const PRODUCTS = ['HP', 'PCP', 'LEASE'] as const;
export type Product = (typeof PRODUCTS)[number];

/** Fields only some products have: blank on the form for the others. */
const productFields = z.object({
  cashPrice: z.string().optional(),
  deposit: z.string().optional(),
  ratePercent: z.string().optional(),
  /** Whether `ratePercent` is the nominal annual rate or the APR to disclose. */
  rateBasis: z.enum(['rate', 'apr']).default('rate'),
  optionToPurchaseFee: z.string().optional(),
  optionalFinalPayment: z.string().optional(),
  annualMileageAllowance: z.string().optional(),
  excessMileageRate: z.string().optional(),
  monthlyRental: z.string().optional(),
  initialRentalMonths: z.string().optional(),
});

type ProductFieldName = Exclude<keyof z.infer<typeof productFields>, 'rateBasis'>;

/** Which product-specific fields each product needs, and how each is read. */
const NEEDED: Record<Product, readonly ProductFieldName[]> = {
  HP: ['cashPrice', 'deposit', 'ratePercent', 'optionToPurchaseFee'],
  PCP: [
    'cashPrice',
    'deposit',
    'ratePercent',
    'optionToPurchaseFee',
    'optionalFinalPayment',
    'annualMileageAllowance',
    'excessMileageRate',
  ],
  LEASE: ['monthlyRental', 'initialRentalMonths', 'annualMileageAllowance', 'excessMileageRate'],
};

const READERS: Record<ProductFieldName, z.ZodType<number, string>> = {
  cashPrice: moneyTextField('cash price'),
  deposit: moneyTextField('deposit', { allowZero: true }),
  ratePercent: ratePercentText,
  optionToPurchaseFee: moneyTextField('option-to-purchase fee', { allowZero: true }),
  optionalFinalPayment: moneyTextField('optional final payment'),
  annualMileageAllowance: wholeNumberText('mileage allowance', 1000, 100_000),
  excessMileageRate: moneyTextField('excess mileage charge', { allowZero: true }),
  monthlyRental: moneyTextField('monthly rental'),
  initialRentalMonths: wholeNumberText('initial rental (months)', 1, 12),
};

const onboardingFields = z
  .object({
    title: optionalText(20),
    givenName: text('first name', 80),
    familyName: text('last name', 80),
    dateOfBirth: dayField('date of birth'),
    email: emailField,
    phone: phoneField,
    addressLine1: text('first line of the address', 120),
    addressLine2: optionalText(120),
    town: text('town', 80),
    postcode: text('postcode', 10),
    /** US market only: the identity check the customer registers with. */
    ssnLast4: z
      .string()
      .trim()
      .regex(/^(\d{4})?$/, 'Enter the last 4 digits of their Social Security number.')
      .optional()
      .transform((value) => (value === '' || value === undefined ? null : value)),
    vehicleDescription: text('vehicle (make, model, trim)', 120),
    vehicleRegistration: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9 -]{2,10}$/, 'Enter the registration, like AB12 CDE.'),
    dealerName: text('dealer', 120),
  })
  .extend(productFields.shape);

/** The product and its terms: what the live preview needs before the customer's details are in. */
const termsFields = z
  .object({
    product: z.enum(PRODUCTS, { error: 'Choose hire purchase, PCP or lease.' }),
    startDate: dayField('start date'),
    firstPaymentDate: dayField('first payment date'),
    termMonths: wholeNumberText('term in months', 1, 120),
  })
  .extend(productFields.shape);

/** The terms the console previews and the procedure creates: money in minor units. */
export interface OnboardingTerms {
  product: Product;
  termMonths: number;
  startDate: string;
  firstPaymentDate: string;
  cashPrice?: number;
  deposit?: number;
  ratePercent?: number;
  rateBasis: 'rate' | 'apr';
  optionToPurchaseFee?: number;
  optionalFinalPayment?: number;
  annualMileageAllowance?: number;
  excessMileageRate?: number;
  monthlyRental?: number;
  initialRentalMonths?: number;
}

/**
 * Reads the product's own fields (money to minor units) and checks the rules between terms; the
 * rules that need the finance maths (a balloon the credit cannot carry) are the domain's, checked
 * when the schedule is built (onboardingPreview).
 */
function readTerms<T extends z.output<typeof termsFields>>(form: T, context: z.RefinementCtx) {
  const terms: Partial<Record<ProductFieldName, number>> = {};
  for (const name of NEEDED[form.product]) {
    const parsed = READERS[name].safeParse(form[name] ?? '');
    if (parsed.success) terms[name] = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        context.addIssue({ code: 'custom', message: issue.message, path: [name] });
      }
    }
  }
  if (form.firstPaymentDate <= form.startDate) {
    context.addIssue({
      code: 'custom',
      message: 'The first payment must fall after the start date.',
      path: ['firstPaymentDate'],
    });
  }
  if (
    terms.cashPrice !== undefined &&
    terms.deposit !== undefined &&
    terms.deposit >= terms.cashPrice
  ) {
    context.addIssue({
      code: 'custom',
      message: 'The deposit must be less than the cash price.',
      path: ['deposit'],
    });
  }
  // The typed text of every product field gives way to the numbers read from it.
  const details = Object.fromEntries(
    Object.entries(form).filter(([name]) => !(name in READERS)),
  ) as Omit<T, ProductFieldName>;
  return { ...details, ...terms };
}

/** The terms alone, as the console's live preview reads them while the form is filled in. */
export const onboardingTermsInput = termsFields.transform(readTerms);

/**
 * The onboarding form: customer, vehicle, dealer and the product's terms, each product's own
 * fields required and read only for that product.
 */
export const onboardAgreementInput = onboardingFields
  .extend(termsFields.shape)
  .transform(readTerms);

export type OnboardAgreementForm = z.input<typeof onboardAgreementInput>;
export type OnboardAgreement = z.output<typeof onboardAgreementInput>;
