export * from './mandate-state.js';
export * from './bacs-reason-codes.js';
