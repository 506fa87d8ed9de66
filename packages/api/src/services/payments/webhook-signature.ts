import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a payment provider signs its webhooks with: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'Marque-Signature';

/** A signature older (or newer) than this is refused, so a captured webhook cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' | 'stale' };

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret)
    .update(`${String(timestamp)}.${body}`, 'utf8')
    .digest('hex');
}

/** Signs a webhook body as the provider does: the timestamp is part of what is signed. */
export function signatureHeader(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${String(timestamp)},v1=${hmacHex(secret, timestamp, body)}`;
}

/**
 * Verifies a webhook's signature (HMAC-SHA256 over `${t}.${body}`, compared in constant time) and
 * that it was signed within the replay window around `now`.
 */
export function verifySignatureHeader(
  secret: string,
  header: string | undefined,
  body: string,
  now: Date,
): SignatureCheck {
  if (header === undefined || header === '') return { ok: false, reason: 'missing' };
  const parts = new Map(
    header.split(',').map((part) => {
      const separator = part.indexOf('=');
      return [part.slice(0, separator).trim(), part.slice(separator + 1).trim()] as const;
    }),
  );
  const timestampText = parts.get('t') ?? '';
  const signatureText = parts.get('v1') ?? '';
  if (!/^\d{1,12}$/.test(timestampText) || !/^[0-9a-f]{64}$/.test(signatureText)) {
    return { ok: false, reason: 'malformed' };
  }
  const timestamp = Number(timestampText);
  const expected = Buffer.from(hmacHex(secret, timestamp, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signatureText, 'hex'))) {
    return { ok: false, reason: 'mismatch' };
  }
  const ageSeconds = Math.abs(now.getTime() / 1000 - timestamp);
  return ageSeconds <= SIGNATURE_TOLERANCE_SECONDS ? { ok: true } : { ok: false, reason: 'stale' };
}
