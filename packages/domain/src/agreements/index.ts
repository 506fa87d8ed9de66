export * from './agreement.js';
export * from './allocate-payment.js';
export * from './lease-schedule.js';
export * from './voluntary-termination.js';
export * from './end-of-term.js';
