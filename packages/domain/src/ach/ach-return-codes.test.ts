import { describe, expect, it } from 'vitest';
import { ACH_RETURN_CODES, achReturnCode, mandateAfterAchReturn } from './ach-return-codes.js';

function known(code: string) {
  const row = achReturnCode(code);
  if (row === undefined) throw new Error(`no ACH return code ${code}`);
  return row;
}

describe('ACH return codes', () => {
  it('lists each code once, and reads codes whatever their case or spacing', () => {
    const codes = ACH_RETURN_CODES.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(achReturnCode(' r01 ')).toBe(known('R01'));
    expect(achReturnCode('R99')).toBeUndefined();
  });

  it('allows presenting again only for insufficient or uncollected funds', () => {
    const retried = ACH_RETURN_CODES.filter(
      (row) => row.effect.collection === 'failed_retry_allowed',
    ).map((row) => row.code);
    expect(retried).toEqual(['R01', 'R09']);
  });

  it('leaves the authorization active after insufficient funds', () => {
    expect(mandateAfterAchReturn('active', known('R01'))).toEqual({ ok: true, state: 'active' });
  });

  it('fails an authorization whose prenote comes back for a missing account, and cancels an active one whose account closed', () => {
    expect(mandateAfterAchReturn('submitted', known('R03'))).toEqual({
      ok: true,
      state: 'failed',
    });
    expect(mandateAfterAchReturn('active', known('R02'))).toEqual({
      ok: true,
      state: 'cancelled',
    });
  });

  it('cancels the authorization when the customer says a debit was not authorized or revokes it', () => {
    for (const code of ['R05', 'R07', 'R10', 'R29']) {
      expect(mandateAfterAchReturn('active', known(code))).toEqual({
        ok: true,
        state: 'cancelled',
      });
    }
  });

  it('holds collections after a stop payment without ending the authorization', () => {
    expect(known('R08').effect).toEqual({
      mandate: 'none',
      collection: 'failed_no_retry',
      holdCollections: true,
    });
  });

  it('refuses to move an authorization that has already failed', () => {
    expect(mandateAfterAchReturn('failed', known('R10')).ok).toBe(false);
  });
});
