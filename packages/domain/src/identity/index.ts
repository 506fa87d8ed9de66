export { identityMatches, type IdentityClaim, type IdentityRecord } from './identity-claim.js';
export { normaliseAgreementNumber } from './reference-text.js';
export { isValidUkPostcode, normalisePostcode } from './uk-postcode.js';
