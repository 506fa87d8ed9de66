import type { StaffRouterOutputs } from '@marque/api';
import { staffRoleAtLeast, type StaffRoleName } from '@marque/schemas';
import { Alert, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../trpc.js';
import { ActionDialog } from './action-dialog.js';

type View = StaffRouterOutputs['customers']['get'];

const NO_CHANGE = { phone: '', email: '', line1: '', line2: '', town: '', postcode: '' };

/** The contact change as the API takes it: only the details filled in, an address only whole. */
function contactChange(fields: typeof NO_CHANGE) {
  const value = (text: string) => text.trim();
  const address =
    value(fields.line1) === '' && value(fields.town) === '' && value(fields.postcode) === ''
      ? {}
      : {
          address: {
            line1: value(fields.line1),
            ...(value(fields.line2) === '' ? {} : { line2: value(fields.line2) }),
            town: value(fields.town),
            postcode: value(fields.postcode),
          },
        };
  return {
    ...(value(fields.phone) === '' ? {} : { phone: value(fields.phone) }),
    ...(value(fields.email) === '' ? {} : { email: value(fields.email) }),
    ...address,
  };
}

/**
 * The sensitive actions on a customer's sign-in and contact details. They need the member's own
 * passed identity check (the server checks it too, within 15 minutes) and a reason; unlocking and
 * resetting two-step verification are for supervisors and admins, so agents do not see them.
 */
export function SupportActions({ view, role }: { view: View; role: StaffRoleName }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [contact, setContact] = useState(NO_CHANGE);
  const unlock = useMutation(trpc.customers.unlock.mutationOptions());
  const resetTwoFactor = useMutation(trpc.customers.resetTwoFactor.mutationOptions());
  const sendReset = useMutation(trpc.customers.sendPasswordReset.mutationOptions());
  const endSessions = useMutation(trpc.customers.endSessions.mutationOptions());
  const changeContact = useMutation(trpc.customers.changeContact.mutationOptions());
  const account = view.account;
  const customerId = view.id;
  const supervisor = staffRoleAtLeast(role, 'supervisor');

  const finish = (message: string) => {
    setDone(message);
    void queryClient.invalidateQueries(trpc.customers.pathFilter());
  };

  if (account === null) {
    return (
      <section aria-labelledby="actions-heading" className="customer-section">
        <h2 id="actions-heading">Actions</h2>
        <p>
          This customer has not registered for online access, so there is no sign-in to help with.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="actions-heading" className="customer-section">
      <h2 id="actions-heading">Actions</h2>
      {done === null ? null : <Alert tone="success">{done}</Alert>}
      {view.verification.current === null ? (
        <p className="muted">Complete the identity check first: every action here needs it.</p>
      ) : (
        <div className="support-actions">
          {supervisor && account.locked ? (
            <ActionDialog
              title="Unlock sign-in"
              confirmLabel="Unlock"
              description={
                <p>
                  Clears every sign-in lockout on this account (password, two-step and each device).
                  Nothing else on the account changes.
                </p>
              }
              onConfirm={async (reason) => {
                const result = await unlock.mutateAsync({ customerId, reason });
                return `Sign-in unlocked (${result.countersCleared} ${result.countersCleared === 1 ? 'lockout' : 'lockouts'} cleared). The customer can sign in now.`;
              }}
              onDone={finish}
            />
          ) : null}
          {supervisor && account.twoFactor ? (
            <ActionDialog
              title="Reset two-step verification"
              confirmLabel="Reset two-step verification"
              variant="danger"
              description={
                <p>
                  The authenticator app and recovery codes stop working. The customer signs in with
                  their password and can set up a new app. We e-mail them about the change.
                </p>
              }
              onConfirm={async (reason) => {
                await resetTwoFactor.mutateAsync({ customerId, reason });
                return 'Two-step verification reset. The customer has been e-mailed.';
              }}
              onDone={finish}
            />
          ) : null}
          <ActionDialog
            title="Send a password-reset link"
            confirmLabel="Send the link"
            description={
              <p>
                We e-mail a single-use link, valid for 30 minutes, to {account.email}. You never see
                or set the password.
              </p>
            }
            onConfirm={async (reason) => {
              await sendReset.mutateAsync({ customerId, reason });
              return `Password-reset link sent to ${account.email}.`;
            }}
            onDone={finish}
          />
          <ActionDialog
            title="Sign out everywhere"
            confirmLabel="Sign out every device"
            variant="danger"
            description={
              <p>
                Ends all {account.sessions.length} signed-in{' '}
                {account.sessions.length === 1 ? 'session' : 'sessions'} of this customer.
              </p>
            }
            onConfirm={async (reason) => {
              const result = await endSessions.mutateAsync({ customerId, reason });
              return `${result.sessionsEnded} ${result.sessionsEnded === 1 ? 'session' : 'sessions'} ended.`;
            }}
            onDone={finish}
          />
          <ActionDialog
            title="Change contact details"
            confirmLabel="Save the change"
            description={
              <p>
                Fill in only what changes. A new e-mail address takes effect when the customer
                follows the link we send to it; we tell the current address about every change.
              </p>
            }
            onConfirm={async (reason) => {
              const result = await changeContact.mutateAsync({
                customerId,
                reason,
                ...contactChange(contact),
              });
              setContact(NO_CHANGE);
              return result.emailChangePending
                ? 'Contact details changed. The new e-mail address waits for its confirmation link.'
                : 'Contact details changed.';
            }}
            onDone={finish}
          >
            <TextField
              id="new-phone"
              label="New phone number"
              type="tel"
              autoComplete="off"
              value={contact.phone}
              onChange={(event) => {
                setContact({ ...contact, phone: event.target.value });
              }}
            />
            <TextField
              id="new-email"
              label="New e-mail address"
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={contact.email}
              onChange={(event) => {
                setContact({ ...contact, email: event.target.value });
              }}
            />
            <fieldset className="address-change">
              <legend>New postal address</legend>
              {(
                [
                  ['line1', 'Address line 1'],
                  ['line2', 'Address line 2 (optional)'],
                  ['town', 'Town or city'],
                  ['postcode', 'Postcode'],
                ] as const
              ).map(([field, label]) => (
                <TextField
                  key={field}
                  id={`new-${field}`}
                  label={label}
                  autoComplete="off"
                  value={contact[field]}
                  onChange={(event) => {
                    setContact({ ...contact, [field]: event.target.value });
                  }}
                />
              ))}
            </fieldset>
          </ActionDialog>
        </div>
      )}
    </section>
  );
}
