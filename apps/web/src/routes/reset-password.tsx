import { Page } from '../shell/page.js';

/** Choose a new password. */
export function Component() {
  return <Page title="Choose a new password" />;
}
