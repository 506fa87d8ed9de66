import '../features/onboarding/onboarding.css';
import { OnboardingForm } from '../features/onboarding/onboarding-form.js';
import { Page } from '../shell/page.js';

/** Onboard an agreement as the dealer submitted it. */
export function Component() {
  // The browser's day: a default for the form only; the API checks every date itself.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Page title="Onboard an agreement">
      <OnboardingForm today={today} />
    </Page>
  );
}
