import { Page } from '../shell/page.js';

/** Register for online account access. */
export function Component() {
  return <Page title="Register for online account access" />;
}
