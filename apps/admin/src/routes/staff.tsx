import { Alert, Card, DateText, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInStaff } from '../features/auth/require-staff.js';
import { ROLE_LABELS } from '../features/navigation/console-sections.js';
import { InviteForm } from '../features/staff/invite-form.js';
import { StaffRowActions } from '../features/staff/staff-row-actions.js';
import { apiProblem } from '../api-problem.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

const STATUS_LABELS = { invited: 'Invited', active: 'Active', disabled: 'Disabled' } as const;

/** Admins manage staff accounts: invite, change role, disable, reset two-step verification. */
export function Component() {
  const trpc = useTRPC();
  const me = useSignedInStaff();
  const list = useQuery(trpc.staffAdmin.list.queryOptions());
  const [outcome, setOutcome] = useState<{ message: string; tone: 'success' | 'error' } | null>(
    null,
  );

  return (
    <Page title="Staff">
      {outcome === null ? null : <Alert tone={outcome.tone}>{outcome.message}</Alert>}
      <Card title="Staff accounts">
        {list.isError ? (
          <Alert tone="error">{apiProblem(list.error).message}</Alert>
        ) : list.data === undefined ? (
          <Spinner label="Loading staff…" />
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Staff accounts">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">2FA</th>
                  <th scope="col">Added</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">
                      {member.displayName}
                      <span className="member-contact">{member.username}</span>
                      <span className="member-contact">{member.email}</span>
                    </th>
                    <td>{ROLE_LABELS[member.role]}</td>
                    <td>
                      <span className={`status status--${member.status}`}>
                        {STATUS_LABELS[member.status]}
                      </span>
                      {member.locked ? (
                        <span className="status status--disabled">Locked</span>
                      ) : null}
                    </td>
                    <td>{member.twoFactorEnrolled ? 'Set up' : 'Not set up'}</td>
                    <td>
                      <DateText date={member.createdAt.slice(0, 10)} format="short" />
                    </td>
                    <td>
                      {member.id === me.id ? (
                        <span className="muted">You</span>
                      ) : (
                        <StaffRowActions
                          member={member}
                          onDone={(message, tone) => {
                            setOutcome({ message, tone });
                          }}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title="Invite a colleague">
        <InviteForm />
      </Card>
    </Page>
  );
}
