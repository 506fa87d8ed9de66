import { Button } from '@marque/ui';
import type { ReactNode } from 'react';

export interface MoreButtonProps<C> {
  /** The last page shown, as react-query reports it; its cursor leads to the next. */
  last: { isFetching: boolean; data?: { nextCursor: C | null } } | undefined;
  onMore: (cursor: C) => void;
  children: ReactNode;
}

/** Asks for the next page of a list while there is one, busy while the last page loads. */
export function MoreButton<C>({ last, onMore, children }: MoreButtonProps<C>) {
  const next = last?.data?.nextCursor ?? null;
  if (next === null) return null;
  return (
    <Button
      variant="secondary"
      busy={last?.isFetching}
      onClick={() => {
        onMore(next);
      }}
    >
      {children}
    </Button>
  );
}
