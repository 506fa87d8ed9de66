import { Container, SkipLink, useRouteFocus } from '@marque/ui';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

export const MAIN_ID = 'main';

/** The frame of every page: skip link, header, the page, footer, and route-change announcements. */
export function AppShell() {
  const announcement = useRouteFocus(MAIN_ID, useLocation().pathname);
  const navigation = useNavigation();
  return (
    <div className="app">
      <SkipLink target={MAIN_ID} />
      <SiteHeader />
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className="app__main"
        aria-busy={navigation.state !== 'idle'}
      >
        <Container>
          <Outlet />
        </Container>
      </main>
      <SiteFooter />
      <p className="mq-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
