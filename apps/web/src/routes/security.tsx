import { Spinner } from '@marque/ui';
import { useBrand } from '../brand.js';
import { useSession } from '../features/auth/use-session.js';
import { PasskeysSection } from '../features/passkeys/passkeys-section.js';
import { ActivityList } from '../features/security/activity-list.js';
import { ChangePasswordForm } from '../features/security/change-password-form.js';
import { useReauthentication } from '../features/security/reauthentication.js';
import { SessionsList } from '../features/security/sessions-list.js';
import { TwoStepVerification } from '../features/security/two-step-verification.js';
import { Page } from '../shell/page.js';

/** Security: password, two-step verification, passkeys, devices signed in and recent activity. */
export function Component() {
  const session = useSession();
  const brand = useBrand();
  const reauthentication = useReauthentication();
  return (
    <Page title="Security">
      {session.status === 'signed_in' ? (
        <div className="mq-stack mq-stack--medium">
          <ChangePasswordForm customer={session.customer} />
          <TwoStepVerification
            customer={session.customer}
            brandName={brand.name}
            reauthentication={reauthentication}
          />
          <PasskeysSection reauthentication={reauthentication} />
          <SessionsList />
          <ActivityList />
        </div>
      ) : (
        <Spinner />
      )}
      {reauthentication.prompt}
    </Page>
  );
}
