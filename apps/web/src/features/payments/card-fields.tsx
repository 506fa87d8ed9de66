import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../trpc.js';

/** What the provider's hosted fields hand back: a one-use token, never the card number. */
export interface CardToken {
  token: string;
  brand: string;
  last4: string;
}

/** The hosted fields' message, checked field by field: any other window may post to ours. */
export function cardTokenOf(data: unknown): CardToken | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  const { type, token, brand, last4 } = message;
  if (type !== 'marque-payment-token') return null;
  if (typeof token !== 'string' || typeof brand !== 'string' || typeof last4 !== 'string') {
    return null;
  }
  return { token, brand, last4 };
}

export interface CardFieldsProps {
  onToken: (card: CardToken) => void;
}

/**
 * The provider's card form in a frame (PCI SAQ-A: the card number never touches our page); only a
 * message from the provider's own origin is believed.
 */
export function CardFields({ onToken }: CardFieldsProps) {
  const trpc = useTRPC();
  const fields = useQuery(trpc.brand.cardFields.queryOptions(undefined, { staleTime: Infinity }));
  const origin = fields.data?.origin;

  useEffect(() => {
    if (origin === undefined) return undefined;
    const listener = (event: MessageEvent) => {
      if (event.origin !== origin) return;
      const card = cardTokenOf(event.data);
      if (card !== null) onToken(card);
    };
    window.addEventListener('message', listener);
    return () => {
      window.removeEventListener('message', listener);
    };
  }, [origin, onToken]);

  if (fields.isError) {
    return (
      <Alert tone="error" title="We could not load the card form">
        <p>{fields.error.message}</p>
      </Alert>
    );
  }
  if (fields.data === undefined) return <Spinner label="Loading the card form" />;
  return <iframe className="card-fields" title="Card details" src={fields.data.url} />;
}
