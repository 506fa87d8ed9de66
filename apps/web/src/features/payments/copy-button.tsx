import { Button } from '@marque/ui';
import { useState } from 'react';

/** Copies a value for pasting into a banking app, and says so where a screen reader hears it. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy">
      <Button
        variant="secondary"
        className="copy__button"
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => {
              setState('copied');
            },
            () => {
              setState('failed');
            },
          );
        }}
      >
        Copy<span className="mq-visually-hidden"> {label}</span>
      </Button>
      <span role="status" className="copy__status">
        {state === 'copied' ? `${label} copied` : state === 'failed' ? 'Could not copy' : ''}
      </span>
    </span>
  );
}
