import { Button } from '@marque/ui';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { Page } from './page.js';

/**
 * Shown when a page fails to render or load. It never shows the error itself (no stack, no
 * internals, OWASP improper error handling): only what the customer can do next.
 */
export function ErrorPage() {
  const brand = useBrand();
  return (
    <Page title="Sorry, something went wrong">
      <p>This page could not be shown. Your account and payments are not affected.</p>
      <p>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          Try again
        </Button>
      </p>
      <p>
        You can also go to <Link to="/">your dashboard</Link>. If this keeps happening, call us on{' '}
        {brand.support.phone} ({brand.support.hours}).
      </p>
    </Page>
  );
}
