import { Alert } from '@marque/ui';

/** The warning shown wherever credentials are typed: a real message from us never asks for them. */
export function PhishingWarning() {
  return (
    <Alert tone="info" title="Stay safe">
      <p>
        We will never ask for your password or a code by e-mail, text or phone. If anyone does, do
        not give it to them.
      </p>
    </Alert>
  );
}
