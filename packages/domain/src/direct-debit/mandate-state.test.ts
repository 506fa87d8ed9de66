import { describe, expect, it } from 'vitest';
import {
  isTerminalMandateState,
  MANDATE_EVENTS,
  MANDATE_STATES,
  MANDATE_TRANSITIONS,
  transitionMandate,
} from './mandate-state.js';

describe('transitionMandate', () => {
  it('takes a new mandate through submission to active', () => {
    expect(transitionMandate('pending_submission', 'submit')).toEqual({
      ok: true,
      state: 'submitted',
    });
    expect(transitionMandate('submitted', 'activate')).toEqual({ ok: true, state: 'active' });
  });

  it('fails a mandate the payer’s bank rejects, before or after lodgement', () => {
    expect(transitionMandate('pending_submission', 'fail')).toEqual({ ok: true, state: 'failed' });
    expect(transitionMandate('submitted', 'fail')).toEqual({ ok: true, state: 'failed' });
  });

  it('cancels a mandate at any stage before it has ended', () => {
    for (const state of ['pending_submission', 'submitted', 'active'] as const) {
      expect(transitionMandate(state, 'cancel')).toEqual({ ok: true, state: 'cancelled' });
    }
  });

  it('lets an active mandate expire through dormancy', () => {
    expect(transitionMandate('active', 'expire')).toEqual({ ok: true, state: 'expired' });
  });

  it('reactivates a cancelled mandate the paying bank reinstates (ADDACS R)', () => {
    expect(transitionMandate('cancelled', 'reinstate')).toEqual({ ok: true, state: 'active' });
  });

  it('refuses to activate a mandate that was never lodged, naming state and event', () => {
    expect(transitionMandate('pending_submission', 'activate')).toEqual({
      ok: false,
      error: {
        code: 'illegal_mandate_transition',
        from: 'pending_submission',
        event: 'activate',
        message: 'cannot activate a mandate that is pending_submission',
      },
    });
  });

  it('refuses to fail a mandate that is already active: its problems cancel it instead', () => {
    const result = transitionMandate('active', 'fail');
    expect(result.ok).toBe(false);
  });

  it('refuses to reinstate an expired or failed mandate: a new one is needed', () => {
    expect(transitionMandate('expired', 'reinstate').ok).toBe(false);
    expect(transitionMandate('failed', 'reinstate').ok).toBe(false);
  });

  it('refuses every event on a terminal state', () => {
    for (const state of ['failed', 'expired'] as const) {
      for (const event of MANDATE_EVENTS) {
        const result = transitionMandate(state, event);
        expect(result).toEqual({
          ok: false,
          error: expect.objectContaining({ from: state, event }) as unknown,
        });
      }
    }
  });

  it('does exactly what the transition table says, for every state and event', () => {
    for (const state of MANDATE_STATES) {
      for (const event of MANDATE_EVENTS) {
        const result = transitionMandate(state, event);
        expect(result.ok ? result.state : undefined).toBe(MANDATE_TRANSITIONS[state][event]);
      }
    }
  });
});

describe('isTerminalMandateState', () => {
  it('is true only for failed and expired', () => {
    expect(MANDATE_STATES.filter(isTerminalMandateState)).toEqual(['failed', 'expired']);
  });
});

describe('MANDATE_TRANSITIONS', () => {
  it('never enters pending_submission again and reaches every other state', () => {
    const targets = new Set(
      Object.values(MANDATE_TRANSITIONS).flatMap((events) => Object.values(events)),
    );
    expect(targets.has('pending_submission')).toBe(false);
    expect([...targets].sort()).toEqual(['active', 'cancelled', 'expired', 'failed', 'submitted']);
  });
});
