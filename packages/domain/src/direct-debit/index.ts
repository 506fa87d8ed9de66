export * from './mandate-state.js';
