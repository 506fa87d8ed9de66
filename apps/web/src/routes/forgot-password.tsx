import { Page } from '../shell/page.js';

/** Reset your password. */
export function Component() {
  return <Page title="Reset your password" />;
}
