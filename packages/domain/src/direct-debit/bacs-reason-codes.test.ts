import { describe, expect, it } from 'vitest';
import {
  BACS_REASON_CODES,
  bacsReasonCode,
  mandateAfterBacsReason,
  type BacsReasonCode,
  type BacsReport,
} from './bacs-reason-codes.js';
import { isTerminalMandateState, MANDATE_STATES, transitionMandate } from './mandate-state.js';

function known(scheme: BacsReport, code: string): BacsReasonCode {
  const row = bacsReasonCode(scheme, code);
  if (row === undefined) throw new Error(`${scheme} has no code ${code}`);
  return row;
}

function codesOf(scheme: BacsReport): string[] {
  return BACS_REASON_CODES.filter((row) => row.scheme === scheme).map((row) => row.code);
}

describe('BACS_REASON_CODES', () => {
  it('lists every code of each report, each once', () => {
    expect(codesOf('AUDDIS')).toEqual([
      '1',
      '2',
      '3',
      '5',
      '6',
      '7',
      'B',
      'C',
      'F',
      'G',
      'H',
      'I',
      'K',
      'L',
      'M',
      'N',
      'O',
      'P',
      'Q',
    ]);
    expect(codesOf('ADDACS')).toEqual(['0', '1', '2', '3', 'B', 'C', 'D', 'E', 'R']);
    expect(codesOf('ARUDD')).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B']);
    const keys = BACS_REASON_CODES.map((row) => `${row.scheme}:${row.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every unpaid (ARUDD) code a failed collection, and no other report any collection', () => {
    for (const row of BACS_REASON_CODES) {
      if (row.scheme === 'ARUDD') expect(row.effect.collection).not.toBe('none');
      else expect(row.effect.collection).toBe('none');
    }
  });

  it('allows re-presentation for “refer to payer” only', () => {
    const retryable = BACS_REASON_CODES.filter(
      (row) => row.effect.collection === 'failed_retry_allowed',
    );
    expect(retryable.map((row) => `${row.scheme} ${row.code}`)).toEqual(['ARUDD 0']);
  });

  it('names only mandate events the state machine can apply from some live state', () => {
    const live = MANDATE_STATES.filter((state) => !isTerminalMandateState(state));
    for (const { effect } of BACS_REASON_CODES) {
      const { mandate } = effect;
      if (mandate === 'none' || mandate === 'update_details') continue;
      expect(live.some((state) => transitionMandate(state, mandate).ok)).toBe(true);
    }
  });

  it('holds further collections after a disputed advance notice or a moved account', () => {
    const held = BACS_REASON_CODES.filter((row) => row.effect.holdCollections);
    expect(held.map((row) => `${row.scheme} ${row.code}`)).toEqual([
      'ADDACS D',
      'ARUDD 3',
      'ARUDD 4',
    ]);
  });
});

describe('bacsReasonCode', () => {
  it('reads the same code differently on each report', () => {
    expect(bacsReasonCode('ADDACS', '3')?.effect.mandate).toBe('update_details');
    expect(bacsReasonCode('AUDDIS', '3')?.effect.mandate).toBe('fail');
    expect(bacsReasonCode('ARUDD', '3')?.effect).toEqual({
      mandate: 'none',
      collection: 'failed_no_retry',
      holdCollections: true,
    });
  });

  it('fails a lodged mandate the payer’s bank rejects for bad details (AUDDIS 5)', () => {
    expect(mandateAfterBacsReason('submitted', known('AUDDIS', '5'))).toEqual({
      ok: true,
      state: 'failed',
    });
  });

  it('cancels a lodged mandate the payer cancelled before it was set up (AUDDIS 1)', () => {
    expect(mandateAfterBacsReason('submitted', known('AUDDIS', '1'))).toEqual({
      ok: true,
      state: 'cancelled',
    });
  });

  it('cancels an active mandate when the payer cancels it at their bank (ADDACS 1)', () => {
    expect(mandateAfterBacsReason('active', known('ADDACS', '1'))).toEqual({
      ok: true,
      state: 'cancelled',
    });
  });

  it('keeps a mandate active when its account moves and new details arrive (ADDACS 3)', () => {
    expect(mandateAfterBacsReason('active', known('ADDACS', '3'))).toEqual({
      ok: true,
      state: 'active',
    });
  });

  it('reactivates a cancelled mandate the paying bank reinstates (ADDACS R)', () => {
    expect(mandateAfterBacsReason('cancelled', known('ADDACS', 'R'))).toEqual({
      ok: true,
      state: 'active',
    });
  });

  it('reports a second cancellation (ARUDD 1 after ADDACS 1) as an illegal transition', () => {
    const result = mandateAfterBacsReason('cancelled', known('ARUDD', '1'));
    expect(result.ok ? undefined : result.error).toMatchObject({
      from: 'cancelled',
      event: 'cancel',
    });
  });

  it('leaves the mandate alone when a payment bounces for lack of funds (ARUDD 0)', () => {
    expect(bacsReasonCode('ARUDD', '0')).toEqual({
      code: '0',
      scheme: 'ARUDD',
      description: 'Refer to payer (usually insufficient funds)',
      effect: { mandate: 'none', collection: 'failed_retry_allowed', holdCollections: false },
    });
  });

  it('fails the collection and cancels the mandate when the account is closed (ARUDD B)', () => {
    expect(known('ARUDD', 'B').effect).toEqual({
      mandate: 'cancel',
      collection: 'failed_no_retry',
      holdCollections: false,
    });
  });

  it('accepts codes as report files write them (lower case, padded)', () => {
    expect(bacsReasonCode('ADDACS', ' r ')?.code).toBe('R');
  });

  it('knows nothing of codes a report does not use', () => {
    expect(bacsReasonCode('ARUDD', 'R')).toBeUndefined();
    expect(bacsReasonCode('AUDDIS', '4')).toBeUndefined();
    expect(bacsReasonCode('ADDACS', 'Z')).toBeUndefined();
  });
});
