import { NavLink } from 'react-router';
import { sectionsFor } from '../features/navigation/console-sections.js';
import { useStaffSession } from '../features/auth/use-staff-session.js';

/** The sections the signed-in member's role may open; nothing before sign-in. */
export function ConsoleNav() {
  const session = useStaffSession();
  if (session.status !== 'signed_in') return null;
  return (
    <nav aria-label="Console" className="console-nav">
      <ul className="console-nav__list">
        {sectionsFor(session.staff.role).map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end={section.to === '/'} className="console-nav__link">
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
