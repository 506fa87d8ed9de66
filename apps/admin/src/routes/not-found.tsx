import { Link } from 'react-router';
import { Page } from '../shell/page.js';

/** Any address the console does not have. */
export function Component() {
  return (
    <Page title="Page not found">
      <p>
        There is no page at this address. Go to the <Link to="/">overview</Link>.
      </p>
    </Page>
  );
}
