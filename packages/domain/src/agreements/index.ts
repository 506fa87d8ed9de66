export * from './agreement.js';
export * from './allocate-payment.js';
