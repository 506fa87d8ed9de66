import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** RFC 6238 as every authenticator app implements it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/** ±1 step of clock drift between the phone and the server. */
const TOLERANCE_SECONDS = 30;

/** A new 160-bit secret, Base32 as authenticator apps expect (RFC 4226 recommends 160 bits). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(issuer: string, label: string, secret: string): string {
  return generateURI({ issuer, label, secret, period: TOTP_PERIOD_SECONDS, digits: 6 });
}

/** The QR code of `uri` as an SVG document (no inline script; safe under our CSP as an image). */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export type TotpCheck = { ok: true; timeStep: number } | { ok: false };

/**
 * RFC 6238 verification at `now` within ±1 step. Only steps after `afterTimeStep` count, so a code
 * is accepted once: the caller stores the returned step (otplib keeps no state).
 */
export async function verifyTotp(
  secret: string,
  code: string,
  now: Date,
  afterTimeStep: number | null,
): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) return { ok: false };
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  // The functional API also covers HOTP, whose result has no time step.
  return result.valid && 'timeStep' in result
    ? { ok: true, timeStep: result.timeStep }
    : { ok: false };
}
