/** What the sandbox does with a card, as a real provider's test mode documents its test numbers. */
export type CardOutcome = 'approve' | 'decline' | 'challenge';

/** The published test numbers; any other valid card number is approved. */
export const TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  '4242424242424242': 'approve',
  '4000000000000002': 'decline',
  '4000002500003155': 'challenge',
};

/** The sandbox's behaviour for a card number given as digits only. */
export function cardOutcome(digits: string): CardOutcome {
  return TEST_CARDS[digits] ?? 'approve';
}
