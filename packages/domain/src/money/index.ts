export * from './minor.js';
export * from './format.js';
