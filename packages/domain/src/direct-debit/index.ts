export * from './mandate-state.js';
export * from './bacs-reason-codes.js';
export * from './submission-date.js';
export * from './earliest-collection-date.js';
export * from './collection-day.js';
