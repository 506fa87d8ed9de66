import type { StaffRouterOutputs } from '@marque/api';

export type ContactEvent = StaffRouterOutputs['contactRecord']['timeline'][number];

/** Where staff open the rest of a timeline entry in the console, if anywhere. */
export function contactEventPath(link: ContactEvent['link']): string | null {
  if (link === null) return null;
  if (link.type === 'thread') return `/messages/${link.id}`;
  if (link.type === 'chat') return `/chats/${link.id}`;
  if (link.type === 'transaction_case') return `/cases/${link.id}`;
  return `/contact-cases/${link.id}`;
}

/** A short label of the kind of contact, for the timeline's marker. */
export const KIND_LABELS: Readonly<Record<ContactEvent['kind'], string>> = {
  message: 'Secure message',
  chat: 'Live chat',
  transaction_case: 'Reported problem',
  transaction_case_update: 'Case update',
  contact_form: 'Contact form',
  contact_form_reply: 'Contact form reply',
  phone: 'Phone call',
  letter: 'Letter',
};
