import { Button } from '@marque/ui';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { ROLE_LABELS } from '../features/navigation/console-sections.js';
import { useSignOut } from '../features/auth/use-sign-out.js';
import { useStaffSession } from '../features/auth/use-staff-session.js';

/** The console's bar: the brand, marked as the staff console, and who is signed in with which role. */
export function ConsoleHeader() {
  const brand = useBrand();
  const session = useStaffSession();
  const signOut = useSignOut();
  return (
    <header className="console-header">
      <Link to="/" className="console-header__brand">
        <span className="console-header__logo" aria-hidden="true">
          {brand.logoText}
        </span>
        <span>
          {brand.name} <span className="console-header__product">Staff console</span>
        </span>
      </Link>
      {session.status === 'signed_in' ? (
        <div className="console-header__who">
          <span>
            <span className="mq-visually-hidden">Signed in as </span>
            <strong>{session.staff.displayName}</strong>{' '}
            <span className="role-badge">{ROLE_LABELS[session.staff.role]}</span>
          </span>
          <Button
            variant="secondary"
            className="console-header__sign-out"
            busy={signOut.isPending}
            onClick={() => {
              signOut.mutate();
            }}
          >
            Sign out
          </Button>
        </div>
      ) : null}
    </header>
  );
}
