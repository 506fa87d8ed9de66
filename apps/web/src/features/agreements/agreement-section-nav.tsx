import type { AgreementType } from '@marque/domain';
import { NavLink } from 'react-router';
import { agreementPath, SECTION_TITLES, sectionsFor } from './agreement-sections.js';
import './agreements.css';

/** The agreement page's sections as links; the current one is marked for assistive technology. */
export function AgreementSectionNav({
  agreementId,
  type,
}: {
  agreementId: string;
  type: AgreementType;
}) {
  return (
    <nav aria-label="This agreement" className="section-nav">
      <ul className="section-nav__list">
        {sectionsFor(type).map((section) => (
          <li key={section}>
            <NavLink to={agreementPath(agreementId, section)} end className="section-nav__link">
              {SECTION_TITLES[section]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
