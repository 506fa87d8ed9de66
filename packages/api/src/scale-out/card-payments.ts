/** The sandbox provider's test card that approves without a challenge. */
const APPROVED_CARD = '4242424242424242';

/** A single-use card token from the sandbox provider at `providerUrl`, as its hosted fields get one. */
export async function approvedCardToken(providerUrl: string): Promise<string> {
  const response = await fetch(`${providerUrl}/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number: APPROVED_CARD, expMonth: 12, expYear: 2040, cvc: '123' }),
  });
  if (!response.ok) throw new Error(`the provider refused a token: ${String(response.status)}`);
  return ((await response.json()) as { id: string }).id;
}

/** A fresh idempotency key, as the payment page makes one per payment it starts. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
