import { staffRoleAtLeast, type StaffRoleName } from '@marque/schemas';
import { Alert, Button, Spinner } from '@marque/ui';
import { useRef } from 'react';
import { Navigate, Outlet, useOutletContext } from 'react-router';
import { Page } from '../../shell/page.js';
import { useStaffSession, type SignedInStaff } from './use-staff-session.js';

/**
 * The signed-in part of the console: anyone else goes to sign in, told so when their session has
 * just ended (15 minutes idle, or disabled or reset by an administrator).
 */
export function RequireStaff() {
  const session = useStaffSession();
  const wasSignedIn = useRef(false);
  if (session.status === 'signed_in') wasSignedIn.current = true;
  switch (session.status) {
    case 'loading':
      return <Spinner label="Checking you are signed in…" />;
    case 'unavailable':
      return (
        <Alert tone="error" title="We could not check that you are signed in">
          <p>Check your connection, then try again.</p>
          <Button onClick={session.retry}>Try again</Button>
        </Alert>
      );
    case 'signed_out':
      return (
        <Navigate
          replace
          to="/sign-in"
          state={wasSignedIn.current ? { sessionEnded: true } : undefined}
        />
      );
    case 'signed_in':
      return <Outlet context={session.staff} />;
  }
}

/** The signed-in staff member, inside RequireStaff. */
export function useSignedInStaff(): SignedInStaff {
  return useOutletContext<SignedInStaff>();
}

const WHO_MAY: Readonly<Record<StaffRoleName, string>> = {
  agent: 'staff',
  supervisor: 'supervisors and admins',
  admin: 'admins',
};

/** A section only `minRole` and above may open; others read why instead of a broken page. */
export function RequireRole({ minRole }: { minRole: StaffRoleName }) {
  const staff = useSignedInStaff();
  if (!staffRoleAtLeast(staff.role, minRole)) {
    return (
      <Page title="Not available to your role">
        <Alert tone="warning">
          This section is for {WHO_MAY[minRole]} only. Ask an administrator if you need it.
        </Alert>
      </Page>
    );
  }
  return <Outlet context={staff} />;
}
