import { Alert, Button, formatDate, useLocale } from '@marque/ui';
import { downloadFile } from '../agreements/download-file.js';
import { recoveryCodesFile, recoveryCodesFileName } from './recovery-codes-file.js';
import './security.css';

export interface RecoveryCodesProps {
  codes: readonly string[];
  brandName: string;
  username: string;
  /** Today's date, to write in the file. */
  today: string;
  onDone: () => void;
}

/** The recovery codes, shown this once (only their hashes are kept), with a download. */
export function RecoveryCodes({ codes, brandName, username, today, onDone }: RecoveryCodesProps) {
  const locale = useLocale();
  return (
    <div className="recovery-codes">
      <Alert tone="warning" title="Save your recovery codes now">
        <p>If you lose your phone, each code lets you sign in once. We will not show them again.</p>
      </Alert>
      <ol className="recovery-codes__list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <Button
          variant="secondary"
          onClick={() => {
            downloadFile(
              recoveryCodesFileName(brandName),
              recoveryCodesFile(codes, brandName, username, formatDate(today, locale)),
              'text/plain;charset=utf-8',
            );
          }}
        >
          Download the codes
        </Button>
        <Button onClick={onDone}>I have saved my codes</Button>
      </div>
    </div>
  );
}
