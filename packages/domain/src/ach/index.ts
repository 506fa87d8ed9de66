export * from './nacha-file.js';
export * from './ach-return-codes.js';
