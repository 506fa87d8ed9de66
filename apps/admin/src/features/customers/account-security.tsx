import type { StaffRouterOutputs } from '@marque/api';
import { Alert } from '@marque/ui';
import { InstantText } from '../audit/instant-text.js';

type Account = NonNullable<StaffRouterOutputs['customers']['get']['account']>;

const COUNTER_NAMES = { account: 'Password', mfa: 'Two-step code', device: 'Device' } as const;

/** The online account's security state: lockouts per counter, sessions and sign-in history. */
export function AccountSecurity({ account }: { account: Account }) {
  return (
    <section aria-labelledby="security-heading" className="customer-section">
      <h2 id="security-heading">Sign-in and security</h2>
      {account.flaggedAt === null ? null : (
        <Alert tone="warning" title="Flagged for follow-up">
          <p>
            {account.flagReason ?? 'Flagged for staff'} (<InstantText at={account.flaggedAt} />
            ).
          </p>
        </Alert>
      )}
      {account.signInBlockedAt === null ? null : (
        <Alert tone="warning" title="Sign-in stopped until a password reset">
          <p>
            The customer reported activity that was not them. They can sign in again once they reset
            their password: send them a reset link if they ask.
          </p>
        </Alert>
      )}
      <dl className="facts">
        <div>
          <dt>Username</dt>
          <dd>{account.username}</dd>
        </div>
        <div>
          <dt>Sign-in e-mail</dt>
          <dd>
            {account.email}{' '}
            {account.emailVerified ? '' : <span className="muted">(not confirmed)</span>}
          </dd>
        </div>
        <div>
          <dt>Sign-in</dt>
          <dd>
            {account.locked ? (
              <span className="status status--disabled">Locked</span>
            ) : (
              <span className="status status--active">Not locked</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Two-step verification</dt>
          <dd>{account.twoFactor ? 'On (authenticator app)' : 'Off'}</dd>
        </div>
        <div>
          <dt>Passkeys</dt>
          <dd>{account.passkeys}</dd>
        </div>
        <div>
          <dt>Password last changed</dt>
          <dd>
            <InstantText at={account.passwordChangedAt} />
          </dd>
        </div>
      </dl>

      <h3>Lockouts</h3>
      {account.lockouts.length === 0 ? (
        <p>No failed attempts on record.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Lockouts">
          <table className="data-table data-table--dense">
            <thead>
              <tr>
                <th scope="col">Counter</th>
                <th scope="col">Failed attempts</th>
                <th scope="col">Times locked</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {account.lockouts.map((lockout) => (
                <tr key={lockout.key}>
                  <th scope="row">
                    {COUNTER_NAMES[lockout.kind]}
                    {lockout.device === null ? null : (
                      <span className="member-contact">{lockout.device}</span>
                    )}
                  </th>
                  <td>{lockout.failures}</td>
                  <td>{lockout.temporaryLockouts}</td>
                  <td>
                    {!lockout.locked ? (
                      'Not locked'
                    ) : lockout.lockedUntil === null ? (
                      <strong>Locked until unlocked or the password is reset</strong>
                    ) : (
                      <>
                        <strong>Locked</strong> until <InstantText at={lockout.lockedUntil} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Signed-in sessions</h3>
      {account.sessions.length === 0 ? (
        <p>Not signed in anywhere.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Signed-in sessions">
          <table className="data-table data-table--dense">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">IP address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {account.sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">{session.device}</th>
                  <td>{session.ip ?? '—'}</td>
                  <td>
                    <InstantText at={session.createdAt} />
                  </td>
                  <td>
                    <InstantText at={session.lastSeenAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Recent sign-in activity</h3>
      {account.signInHistory.length === 0 ? (
        <p>No activity yet.</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Recent sign-in activity"
        >
          <table className="data-table data-table--dense">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Event</th>
                <th scope="col">Device</th>
                <th scope="col">IP address</th>
              </tr>
            </thead>
            <tbody>
              {account.signInHistory.map((item) => (
                <tr key={item.id}>
                  <td className="nowrap">
                    <InstantText at={item.at} />
                  </td>
                  <td>
                    {item.success === false ? (
                      <strong>{item.description}</strong>
                    ) : (
                      item.description
                    )}
                  </td>
                  <td>{item.device ?? '—'}</td>
                  <td>{item.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
