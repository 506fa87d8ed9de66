import type { RouterOutputs } from '@marque/api';
import { Button, OneTimeCodeField } from '@marque/ui';
import { useState, type SubmitEvent } from 'react';
import { manualKey } from './manual-key.js';
import './security.css';

export type TotpEnrolmentData = RouterOutputs['mfa']['startTotp'];

export interface TotpEnrolmentProps {
  enrolment: TotpEnrolmentData;
  busy: boolean;
  error: string | undefined;
  onConfirm: (code: string) => void;
  onCancel: () => void;
}

/**
 * Adding the account to an authenticator app: the QR code as an image (a data: URL, never markup
 * injected into the page), the key to type by hand, a link for this phone's own app, then a code.
 */
export function TotpEnrolment({ enrolment, busy, error, onConfirm, onCancel }: TotpEnrolmentProps) {
  const [code, setCode] = useState('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onConfirm(code);
  };
  return (
    <div className="enrolment">
      <ol className="enrolment__steps">
        <li>
          <p>Open an authenticator app on your phone and add an account by scanning this code:</p>
          <img
            className="enrolment__qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
            alt="QR code to scan with your authenticator app"
            width={200}
            height={200}
          />
          <p>
            Cannot scan it? Type in this key instead:{' '}
            <code className="enrolment__key">{manualKey(enrolment.secret)}</code>
          </p>
          <p>
            On this phone?{' '}
            <a href={enrolment.otpauthUrl}>Add the account to your authenticator app</a>.
          </p>
        </li>
        <li>
          <form noValidate onSubmit={submit}>
            <OneTimeCodeField
              label="Enter the 6-digit code the app shows"
              hint="It changes every 30 seconds: enter the one showing now."
              name="code"
              value={code}
              error={error}
              onChange={(event) => {
                setCode(event.target.value);
              }}
            />
            <div className="form-actions">
              <Button type="submit" busy={busy}>
                Turn on two-step verification
              </Button>
              <Button variant="secondary" onClick={onCancel}>
                Cancel
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
