import { SkipLink, useRouteFocus } from '@marque/ui';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { ConsoleHeader } from './console-header.js';
import { ConsoleNav } from './console-nav.js';

export const MAIN_ID = 'main';

/** The frame of every console page: skip link, header, navigation, the page, announcements. */
export function ConsoleShell() {
  const announcement = useRouteFocus(MAIN_ID, useLocation().pathname);
  const navigation = useNavigation();
  return (
    <div className="console">
      <SkipLink target={MAIN_ID} />
      <ConsoleHeader />
      <div className="console__body">
        <ConsoleNav />
        <main
          id={MAIN_ID}
          tabIndex={-1}
          className="console__main"
          aria-busy={navigation.state !== 'idle'}
        >
          <Outlet />
        </main>
      </div>
      <p className="mq-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
