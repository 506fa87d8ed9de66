/**
 * @marque/domain — pure vehicle-finance rules. No I/O, no clock, no environment:
 * the current time, configuration and randomness always come in as arguments.
 */
export * from './money/index.js';
export * from './calendar/index.js';
export * from './markets.js';
export * from './agreements/index.js';
export * from './payments/index.js';
export * from './direct-debit/index.js';
export * from './ach/index.js';
export * from './credentials/index.js';
export * from './identity/index.js';
