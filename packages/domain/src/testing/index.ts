/** Test factories for `@marque/domain/testing`: realistic, valid domain objects with overrides. */
export { resetFactories } from './sequence.js';
export * from './agreement-factories.js';
export * from './customer-factory.js';
