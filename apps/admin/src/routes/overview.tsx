import { Card } from '@marque/ui';
import { Link } from 'react-router';
import { useSignedInStaff } from '../features/auth/require-staff.js';
import { ROLE_LABELS, sectionsFor } from '../features/navigation/console-sections.js';
import { Page } from '../shell/page.js';

const SECTION_HELP: Readonly<Record<string, string>> = {
  '/customers':
    'Find a customer, verify a caller, then unlock, reset two-step verification, send a reset link, sign them out or change contact details.',
  '/audit': 'Every security event and staff action, filterable and exportable as CSV.',
  '/staff': 'Invite colleagues, change roles, disable accounts and reset two-step verification.',
  '/mailbox': 'Every e-mail the system has sent, when no mail server is configured.',
};

/** Where a member lands after sign-in: who they are and what their role lets them do. */
export function Component() {
  const staff = useSignedInStaff();
  const sections = sectionsFor(staff.role).filter((section) => section.to !== '/');
  return (
    <Page title={`Hello, ${staff.displayName}`}>
      <p>
        You are signed in as <strong>{staff.username}</strong> with the{' '}
        <strong>{ROLE_LABELS[staff.role].toLowerCase()}</strong> role. Everything you do here is
        recorded in the audit log with your name.
      </p>
      {sections.length === 0 ? null : (
        <div className="section-cards">
          {sections.map((section) => (
            <Card key={section.to} title={<Link to={section.to}>{section.label}</Link>}>
              <p>{SECTION_HELP[section.to]}</p>
            </Card>
          ))}
        </div>
      )}
    </Page>
  );
}
