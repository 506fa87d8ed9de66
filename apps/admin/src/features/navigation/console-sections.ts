import { staffRoleAtLeast, type StaffRoleName } from '@marque/schemas';

/** A section of the console: its address, its name in the navigation, and who may open it. */
export interface ConsoleSection {
  to: string;
  label: string;
  minRole: StaffRoleName;
}

/**
 * Every section, in navigation order. A section is listed only for roles the API would let
 * through: hiding is a courtesy, the server still refuses everyone else.
 */
export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { to: '/', label: 'Overview', minRole: 'agent' },
  { to: '/customers', label: 'Customers', minRole: 'agent' },
  { to: '/messages', label: 'Messages', minRole: 'agent' },
  { to: '/chats', label: 'Live chat', minRole: 'agent' },
  { to: '/contact-cases', label: 'Contact form', minRole: 'agent' },
  { to: '/cases', label: 'Reported problems', minRole: 'agent' },
  { to: '/payments', label: 'Payments', minRole: 'agent' },
  { to: '/onboarding', label: 'Onboarding', minRole: 'agent' },
  { to: '/refunds', label: 'Refunds', minRole: 'supervisor' },
  { to: '/runs', label: 'Runs', minRole: 'supervisor' },
  { to: '/audit', label: 'Audit log', minRole: 'supervisor' },
  { to: '/staff', label: 'Staff', minRole: 'admin' },
  { to: '/mailbox', label: 'Mailbox', minRole: 'admin' },
];

/** The sections a role may open. */
export function sectionsFor(role: StaffRoleName): ConsoleSection[] {
  return CONSOLE_SECTIONS.filter((section) => staffRoleAtLeast(role, section.minRole));
}

/** How a role is written for people. */
export const ROLE_LABELS: Readonly<Record<StaffRoleName, string>> = {
  agent: 'Agent',
  supervisor: 'Supervisor',
  admin: 'Admin',
};
