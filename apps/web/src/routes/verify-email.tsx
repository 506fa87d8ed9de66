import { Page } from '../shell/page.js';

/** Confirm your e-mail address. */
export function Component() {
  return <Page title="Confirm your e-mail address" />;
}
