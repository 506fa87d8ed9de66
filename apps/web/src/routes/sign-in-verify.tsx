import { Page } from '../shell/page.js';

/** Enter your security code. */
export function Component() {
  return <Page title="Enter your security code" />;
}
