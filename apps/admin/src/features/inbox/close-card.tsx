import { Alert, Button, Card } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { apiProblem } from '../../api-problem.js';

export interface CloseCardProps {
  /** The button's text, e.g. "Close case". */
  label: string;
  /** What closing means, when it needs saying. */
  children?: ReactNode;
  onClose: () => Promise<unknown>;
}

/** "Finished?": closes an open item, showing why when the API refuses. */
export function CloseCard({ label, children, onClose }: CloseCardProps) {
  const close = useMutation({ mutationFn: onClose });
  return (
    <Card>
      <h2>Finished?</h2>
      {children}
      {close.isError ? <Alert tone="error">{apiProblem(close.error).message}</Alert> : null}
      <Button
        variant="secondary"
        busy={close.isPending}
        onClick={() => {
          close.mutate();
        }}
      >
        {label}
      </Button>
    </Card>
  );
}
