import type { RouterInputs, RouterOutputs } from '@marque/api';

export type Profile = RouterOutputs['profile']['get'];
export type ContactUpdate = RouterInputs['profile']['updateContact'];

/** What the contact form holds: every field as typed. */
export interface ContactFormValues {
  email: string;
  phone: string;
  address: { line1: string; line2: string; town: string; postcode: string };
}

/** The form's starting values: the details on file. */
export function contactFormValues(profile: Profile): ContactFormValues {
  return {
    email: profile.email,
    phone: profile.phone,
    address: {
      line1: profile.address.line1,
      line2: profile.address.line2 ?? '',
      town: profile.address.town,
      postcode: profile.address.postcode,
    },
  };
}

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * Only what the customer changed, so the alert e-mail and the audit trail name just that (an
 * address counts as changed when any line does); null when nothing changed.
 */
export function contactChanges(profile: Profile, values: ContactFormValues): ContactUpdate | null {
  const before = contactFormValues(profile);
  const update: ContactUpdate = {};
  if (!same(values.email, before.email)) update.email = values.email.trim();
  if (!same(values.phone, before.phone)) update.phone = values.phone.trim();
  const addressChanged = (['line1', 'line2', 'town', 'postcode'] as const).some(
    (line) => !same(values.address[line], before.address[line]),
  );
  if (addressChanged) {
    const line2 = values.address.line2.trim();
    update.address = {
      line1: values.address.line1.trim(),
      town: values.address.town.trim(),
      postcode: values.address.postcode.trim(),
      ...(line2 === '' ? {} : { line2 }),
    };
  }
  return Object.keys(update).length === 0 ? null : update;
}
