import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useBrand } from '../brand.js';
import { NotificationPreferences } from '../features/notifications/notification-preferences.js';
import { ContactDetailsForm } from '../features/profile/contact-details-form.js';
import { PersonalDetails } from '../features/profile/personal-details.js';
import { useReauthentication } from '../features/security/reauthentication.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

/** Profile: personal details to read, contact details to change. */
export function Component() {
  const trpc = useTRPC();
  const brand = useBrand();
  const profile = useQuery(trpc.profile.get.queryOptions());
  const reauthentication = useReauthentication();
  return (
    <Page title="Your details">
      {profile.isPending ? <Spinner label="Loading your details" /> : null}
      {profile.isError ? <Alert tone="error">{profile.error.message}</Alert> : null}
      {profile.data === undefined ? null : (
        <div className="mq-stack mq-stack--medium">
          <PersonalDetails profile={profile.data} supportPhone={brand.support.phone} />
          <ContactDetailsForm
            profile={profile.data}
            market={brand.market}
            reauthentication={reauthentication}
          />
          <NotificationPreferences />
        </div>
      )}
      {reauthentication.prompt}
    </Page>
  );
}
