export * from './activity.js';
export * from './agreements.js';
export * from './auth.js';
export * from './customer-fields.js';
export * from './mfa.js';
export * from './profile.js';
export * from './sessions.js';
