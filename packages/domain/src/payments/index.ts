export { maskPan, CardNumberError } from './card-number.js';
export { isCardNumber, luhnValid, luhnCheckDigit } from './luhn.js';
export { cardBrand, type CardBrand } from './card-brand.js';
export { normaliseSortCode, formatSortCode, SortCodeError } from './sort-code.js';
export { validateUkBankAccount, type UkBankAccountCheck } from './uk-bank-account.js';
export {
  UK_MODULUS_TABLE_VERSION,
  UK_MODULUS_TABLE_VALID_FROM,
} from './uk-modulus-weights.data.js';
export { validateAbaRoutingNumber } from './aba-routing-number.js';
export { validateUsBankAccountNumber } from './us-bank-account-number.js';
