import type { StaffRouterOutputs } from '@marque/api';
import { STAFF_ROLE_NAMES, type StaffRoleName } from '@marque/schemas';
import { Button } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { ROLE_LABELS } from '../navigation/console-sections.js';

type Member = StaffRouterOutputs['staffAdmin']['list'][number];
type Pending = 'disable' | 'reset' | null;

const CONFIRMATIONS: Readonly<Record<'disable' | 'reset', (name: string) => string>> = {
  disable: (name) => `Disable ${name}? They are signed out now and cannot sign in again.`,
  reset: (name) =>
    `Reset two-step verification for ${name}? They are signed out and set up a new authenticator app at their next sign-in.`,
};

/** What an admin can do to one colleague: change role, disable, reset 2FA (each confirmed). */
export function StaffRowActions({
  member,
  onDone,
}: {
  member: Member;
  onDone: (message: string, tone: 'success' | 'error') => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roleId = useId();
  const [role, setRole] = useState<StaffRoleName>(member.role);
  const [pending, setPending] = useState<Pending>(null);
  const changeRole = useMutation(trpc.staffAdmin.changeRole.mutationOptions());
  const disable = useMutation(trpc.staffAdmin.disable.mutationOptions());
  const reset = useMutation(trpc.staffAdmin.resetTwoFactor.mutationOptions());
  const unlock = useMutation(trpc.staffAdmin.unlock.mutationOptions());

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      onDone(success, 'success');
    } catch (error) {
      onDone(apiProblem(error).message, 'error');
    } finally {
      setPending(null);
      await queryClient.invalidateQueries(trpc.staffAdmin.list.queryFilter());
    }
  };

  if (member.status === 'disabled') return <span className="muted">No actions</span>;
  if (pending !== null) {
    return (
      <div className="row-confirm" role="group" aria-label={`Confirm for ${member.displayName}`}>
        <p>{CONFIRMATIONS[pending](member.displayName)}</p>
        <Button
          variant="danger"
          busy={disable.isPending || reset.isPending}
          onClick={() =>
            void (pending === 'disable'
              ? run(
                  () => disable.mutateAsync({ staffId: member.id }),
                  `${member.displayName} is disabled.`,
                )
              : run(
                  () => reset.mutateAsync({ staffId: member.id }),
                  `Two-step verification reset for ${member.displayName}.`,
                ))
          }
        >
          {pending === 'disable' ? 'Disable' : 'Reset'}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setPending(null);
          }}
        >
          Cancel
        </Button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <span className="row-actions__role">
        <label htmlFor={roleId} className="mq-visually-hidden">
          Role for {member.displayName}
        </label>
        <select
          id={roleId}
          className="mq-select mq-select--compact"
          value={role}
          onChange={(event) => {
            setRole(event.target.value as StaffRoleName);
          }}
        >
          {STAFF_ROLE_NAMES.map((name) => (
            <option key={name} value={name}>
              {ROLE_LABELS[name]}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          disabled={role === member.role}
          busy={changeRole.isPending}
          onClick={() =>
            void run(
              () => changeRole.mutateAsync({ staffId: member.id, role }),
              `${member.displayName} is now ${ROLE_LABELS[role].toLowerCase()}.`,
            )
          }
        >
          Change role<span className="mq-visually-hidden"> for {member.displayName}</span>
        </Button>
      </span>
      <span className="row-actions__buttons">
        {member.locked ? (
          <Button
            variant="secondary"
            busy={unlock.isPending}
            onClick={() =>
              void run(
                () => unlock.mutateAsync({ staffId: member.id }),
                `${member.displayName} can sign in again.`,
              )
            }
          >
            Unlock<span className="mq-visually-hidden"> {member.displayName}</span>
          </Button>
        ) : null}
        <Button
          variant="secondary"
          onClick={() => {
            setPending('reset');
          }}
        >
          Reset 2FA<span className="mq-visually-hidden"> for {member.displayName}</span>
        </Button>
        <Button
          variant="danger"
          onClick={() => {
            setPending('disable');
          }}
        >
          Disable<span className="mq-visually-hidden"> {member.displayName}</span>
        </Button>
      </span>
    </div>
  );
}
