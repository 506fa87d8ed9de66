export { deriveKey, deriveKeys, type KeyPurpose } from './derived-keys.js';
export { randomToken, sha256Hex } from './random-token.js';
export { open, openWithAnyKey, seal, SecretBoxError } from './secret-box.js';
