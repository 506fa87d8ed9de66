import { expect, it } from 'vitest';
import { signatureHeader, verifySignatureHeader } from './webhook-signature.js';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const BODY = '{"id":"evt_1"}';

it('accepts its own signature within five minutes either side', () => {
  const header = signatureHeader('secret', BODY, NOW);
  expect(verifySignatureHeader('secret', header, BODY, new Date(NOW.getTime() + 300_000))).toEqual({
    ok: true,
  });
  expect(verifySignatureHeader('secret', header, BODY, new Date(NOW.getTime() - 300_000))).toEqual({
    ok: true,
  });
});

it('refuses a stale signature, another secret, a changed body and a malformed header', () => {
  const header = signatureHeader('secret', BODY, NOW);
  expect(verifySignatureHeader('secret', header, BODY, new Date(NOW.getTime() + 301_000))).toEqual({
    ok: false,
    reason: 'stale',
  });
  expect(verifySignatureHeader('other', header, BODY, NOW)).toEqual({
    ok: false,
    reason: 'mismatch',
  });
  expect(verifySignatureHeader('secret', header, `${BODY} `, NOW)).toEqual({
    ok: false,
    reason: 'mismatch',
  });
  expect(verifySignatureHeader('secret', 't=abc,v1=zz', BODY, NOW)).toEqual({
    ok: false,
    reason: 'malformed',
  });
  expect(verifySignatureHeader('secret', undefined, BODY, NOW)).toEqual({
    ok: false,
    reason: 'missing',
  });
});

it('signs the timestamp with the body, so a new timestamp on an old signature fails', () => {
  const header = signatureHeader('secret', BODY, NOW);
  const moved = header.replace(/t=\d+/, `t=${String(Math.floor(NOW.getTime() / 1000) + 60)}`);
  expect(verifySignatureHeader('secret', moved, BODY, NOW)).toEqual({
    ok: false,
    reason: 'mismatch',
  });
});
