export { deriveKey, type KeyPurpose } from './derived-keys.js';
export { randomToken, sha256Hex } from './random-token.js';
export { open, seal, SecretBoxError } from './secret-box.js';
