import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { Page } from '../shell/page.js';

/** Any address the site does not have. */
export function Component() {
  const brand = useBrand();
  return (
    <Page title="Page not found">
      <p>If you typed the web address, check it is correct.</p>
      <p>If you followed a link from an e-mail, it may be out of date or have expired.</p>
      <p>
        Go to <Link to="/">your dashboard</Link> or <Link to="/help">get help</Link>. You can also
        call us on {brand.support.phone}.
      </p>
    </Page>
  );
}
