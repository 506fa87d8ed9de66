import { Page } from '../shell/page.js';

/** Sign in. */
export function Component() {
  return <Page title="Sign in" />;
}
