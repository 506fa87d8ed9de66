import { Alert, Button, Spinner } from '@marque/ui';
import { Navigate, Outlet, useLocation } from 'react-router';
import { signInPath } from './next-path.js';
import { useSession } from './use-session.js';

/** The signed-in part of the site: anyone else goes to sign in and comes back here afterwards. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  switch (session.status) {
    case 'loading':
      return <Spinner label="Checking you are signed in…" />;
    case 'unavailable':
      return (
        <Alert tone="error" title="We could not check that you are signed in">
          <p>Check your internet connection, then try again.</p>
          <Button onClick={session.retry}>Try again</Button>
        </Alert>
      );
    case 'signed_out':
      return <Navigate replace to={signInPath(location)} />;
    case 'signed_in':
      return <Outlet />;
  }
}
