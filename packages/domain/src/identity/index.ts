export type { Customer } from './customer.js';
export { identityMatches, type IdentityClaim, type IdentityRecord } from './identity-claim.js';
export { normaliseAgreementNumber } from './reference-text.js';
export { isValidUkPostcode, normalisePostcode } from './uk-postcode.js';
export { maskEmail, maskUsername } from './masking.js';
