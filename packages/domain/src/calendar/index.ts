export * from './iso-date.js';
export * from './easter.js';
export * from './weekday-of-month.js';
export * from './bank-holidays.js';
export * from './working-days.js';
