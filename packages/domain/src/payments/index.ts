export { maskPan, CardNumberError } from './card-number.js';
export { luhnValid, luhnCheckDigit } from './luhn.js';
export { cardBrand, type CardBrand } from './card-brand.js';
