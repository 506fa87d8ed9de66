import { Page } from '../shell/page.js';

/** Find your username. */
export function Component() {
  return <Page title="Find your username" />;
}
