export * from './iso-date.js';
