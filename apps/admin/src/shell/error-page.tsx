import { Button } from '@marque/ui';
import { Link } from 'react-router';
import { Page } from './page.js';

/** Shown when a page fails to render or load; never the error itself, only what to do next. */
export function ErrorPage() {
  return (
    <Page title="Sorry, something went wrong">
      <p>This page could not be shown. Nothing has been changed.</p>
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
        Or go to the <Link to="/">overview</Link>.
      </p>
    </Page>
  );
}
