import type { PersonalInfo } from '@marque/domain';
import { PasswordField, type PasswordFieldProps } from '@marque/ui';
import { useDeferredValue, useId } from 'react';
import { usePasswordRules } from './password-rules.js';

export interface NewPasswordFieldProps extends Omit<PasswordFieldProps, 'autoComplete'> {
  /** The password as typed so far, to judge it live. */
  password: string;
  /** The customer's own details, which the password must not contain. */
  personal: PersonalInfo;
}

/**
 * A new password (autocomplete="new-password", so managers offer to generate one) with a strength
 * meter and, as the customer types, every reason the domain's NIST SP 800-63B rules would refuse
 * it — the same rules the API applies.
 */
export function NewPasswordField({ password, personal, error, ...field }: NewPasswordFieldProps) {
  const rules = usePasswordRules();
  const judged = useDeferredValue(password);
  const meterId = useId();
  const reasonsId = useId();
  const check = judged === '' || rules === null ? null : rules.checkPassword(judged, personal);
  const problems = check !== null && !check.ok ? check.problems : [];
  // After a refused submission the error lists the reasons and updates as they type; before it,
  // the list below does.
  const showReasons = error === undefined && problems.length > 0;

  return (
    <PasswordField
      {...field}
      autoComplete="new-password"
      error={error}
      describedBy={[check !== null && meterId, showReasons && reasonsId]}
    >
      {check === null || rules === null ? null : (
        <div className="strength" id={meterId}>
          <div className={`strength__bar strength__bar--${check.score}`} aria-hidden="true">
            {[0, 1, 2, 3].map((step) => (
              <span key={step} className={step < Math.max(1, check.score) ? 'is-on' : ''} />
            ))}
          </div>
          <p className="strength__label">
            Password strength: <strong>{rules.STRENGTH_LABELS[check.score]}</strong>
            {check.ok ? '' : ' — this password cannot be used yet'}
          </p>
        </div>
      )}
      {showReasons ? (
        <ul className="strength__reasons" id={reasonsId}>
          {problems.map((problem) => (
            <li key={problem.code}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
    </PasswordField>
  );
}
