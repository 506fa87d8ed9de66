/**
 * Where a Direct Debit Instruction (UK) or ACH authorisation (US) stands: created here, lodged with
 * the scheme, accepted by the payer's bank, or ended. A tuple, so that validators can enumerate it.
 */
export const MANDATE_STATES = [
  'pending_submission',
  'submitted',
  'active',
  'failed',
  'cancelled',
  'expired',
] as const;
export type MandateState = (typeof MANDATE_STATES)[number];

/**
 * What can happen to a mandate: we lodge it (`submit`), the payer's bank accepts it (`activate`) or
 * rejects it (`fail`), the payer, their bank or we end it (`cancel`), it lapses through dormancy
 * (`expire`), or the paying bank reinstates an instruction it cancelled (`reinstate`, ADDACS code R).
 */
export const MANDATE_EVENTS = [
  'submit',
  'activate',
  'fail',
  'cancel',
  'expire',
  'reinstate',
] as const;
export type MandateEvent = (typeof MANDATE_EVENTS)[number];

/**
 * Every allowed transition, and only those. `failed` and `expired` are terminal: collecting again
 * needs a new instruction. `cancelled` is final for us but not for the paying bank, which may
 * reinstate an instruction it cancelled (Bacs allows this for a limited time after cancellation).
 */
export const MANDATE_TRANSITIONS: Readonly<
  Record<MandateState, Readonly<Partial<Record<MandateEvent, MandateState>>>>
> = {
  pending_submission: { submit: 'submitted', fail: 'failed', cancel: 'cancelled' },
  submitted: { activate: 'active', fail: 'failed', cancel: 'cancelled' },
  active: { cancel: 'cancelled', expire: 'expired' },
  cancelled: { reinstate: 'active' },
  failed: {},
  expired: {},
};

/** The refusal of a transition the mandate state machine does not allow, naming state and event. */
export interface IllegalMandateTransition {
  readonly code: 'illegal_mandate_transition';
  readonly from: MandateState;
  readonly event: MandateEvent;
  readonly message: string;
}

export type MandateTransitionResult =
  | { readonly ok: true; readonly state: MandateState }
  | { readonly ok: false; readonly error: IllegalMandateTransition };

/** Applies `event` to a mandate in `state` by the MANDATE_TRANSITIONS table, or says why it cannot. */
export function transitionMandate(
  state: MandateState,
  event: MandateEvent,
): MandateTransitionResult {
  const next = MANDATE_TRANSITIONS[state][event];
  if (next === undefined) {
    return {
      ok: false,
      error: {
        code: 'illegal_mandate_transition',
        from: state,
        event,
        message: `cannot ${event} a mandate that is ${state}`,
      },
    };
  }
  return { ok: true, state: next };
}

/** True for a state no event leads out of: a new mandate is needed to collect again. */
export function isTerminalMandateState(state: MandateState): boolean {
  return Object.keys(MANDATE_TRANSITIONS[state]).length === 0;
}
