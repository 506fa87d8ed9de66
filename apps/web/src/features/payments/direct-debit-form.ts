import type { Market } from '@marque/domain';

/** What the set-up form holds, as typed. */
export interface DirectDebitFormValues {
  accountHolderName: string;
  bankCode: string;
  accountNumber: string;
  collectionDay: string;
  guaranteeAccepted: boolean;
}

export const EMPTY_DIRECT_DEBIT_FORM: DirectDebitFormValues = {
  accountHolderName: '',
  bankCode: '',
  accountNumber: '',
  collectionDay: '',
  guaranteeAccepted: false,
};

/** The form's fields in page order: the error summary lists problems in this order. */
export const DIRECT_DEBIT_FIELDS = [
  'accountHolderName',
  'bankCode',
  'accountNumber',
  'collectionDay',
  'guaranteeAccepted',
] as const;

export type DirectDebitField = (typeof DIRECT_DEBIT_FIELDS)[number];

/**
 * The API's field for the bank code: a sort code in the UK (Bacs), a routing number in the US
 * (ACH), so the API's field errors land on the one box the customer sees.
 */
export function bankCodeField(market: Market): 'sortCode' | 'routingNumber' {
  return market === 'UK' ? 'sortCode' : 'routingNumber';
}

/** Collection day 1–28 (Bacs and ACH both avoid month ends that some months lack); null otherwise. */
export function collectionDayOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const day = Number(trimmed);
  return day >= 1 && day <= 28 ? day : null;
}

/** The form's own field names for the API's field errors (sortCode or routingNumber become bankCode). */
export function formFieldErrors(
  fieldErrors: Readonly<Record<string, string>>,
  market: Market,
): Partial<Record<DirectDebitField, string>> {
  const errors: Partial<Record<DirectDebitField, string>> = {};
  for (const field of DIRECT_DEBIT_FIELDS) {
    const apiField = field === 'bankCode' ? bankCodeField(market) : field;
    const message = fieldErrors[apiField];
    if (message !== undefined) errors[field] = message;
  }
  return errors;
}
