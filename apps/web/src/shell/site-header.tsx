import { Button, Container } from '@marque/ui';
import { Link, NavLink } from 'react-router';
import { useBrand } from '../brand.js';
import { useSession } from '../features/auth/use-session.js';
import { useSignOut } from '../features/auth/use-sign-out.js';
import { ChatEntryLink } from '../features/chat/chat-entry-link.js';
import { MessagesNavLabel } from '../features/messages/messages-nav-label.js';
import { useUnreadCount } from '../features/messages/use-unread-count.js';

const SIGNED_IN_LINKS = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/documents', label: 'Documents', end: false },
  { to: '/messages', label: 'Messages', end: false },
  { to: '/security', label: 'Security', end: false },
  { to: '/profile', label: 'Profile', end: false },
  { to: '/help', label: 'Help', end: false },
] as const;

/** The brand and, for a signed-in customer, the main navigation and sign out. */
export function SiteHeader() {
  const brand = useBrand();
  const session = useSession();
  const signOut = useSignOut();
  const signedIn = session.status === 'signed_in';
  const unread = useUnreadCount(signedIn);

  return (
    <header className="site-header">
      <Container className="site-header__inner">
        <Link to="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            {brand.logoText}
          </span>
          <span className="site-header__name">{brand.name}</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul className="site-nav__list">
            {signedIn ? (
              <>
                {SIGNED_IN_LINKS.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.end} className="site-nav__link">
                      {link.to === '/messages' ? <MessagesNavLabel unread={unread} /> : link.label}
                    </NavLink>
                  </li>
                ))}
                <li>
                  <ChatEntryLink className="site-nav__link" />
                </li>
                <li>
                  <Button
                    variant="link"
                    className="site-nav__sign-out"
                    busy={signOut.isPending}
                    onClick={() => {
                      signOut.mutate();
                    }}
                  >
                    Sign out
                  </Button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/help" className="site-nav__link">
                    Help
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/sign-in" className="site-nav__link">
                    Sign in
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </Container>
    </header>
  );
}
