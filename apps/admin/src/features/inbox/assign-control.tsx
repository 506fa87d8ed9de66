import { Alert, Button, Field } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useStaffSession } from '../auth/use-staff-session.js';
import { useTRPC } from '../../trpc.js';
import './inbox.css';

export interface AssignControlProps {
  assignedStaffId: string | null;
  assignedStaffName: string | null;
  /** Gives the item to a colleague, or back to the queue with null. */
  onAssign: (staffId: string | null) => Promise<unknown>;
}

/** Who holds this: take it, give it to a colleague, or put it back in the unassigned queue. */
export function AssignControl({
  assignedStaffId,
  assignedStaffName,
  onAssign,
}: AssignControlProps) {
  const trpc = useTRPC();
  const session = useStaffSession();
  const colleagues = useQuery(trpc.colleagues.list.queryOptions());
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const me = session.status === 'signed_in' ? session.staff.id : null;

  const assign = async (staffId: string | null) => {
    setBusy(true);
    setFailure(null);
    try {
      await onAssign(staffId);
      setChoice('');
    } catch (error) {
      setFailure(apiProblem(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="assign" aria-labelledby="assign-heading">
      <h2 id="assign-heading">Assigned to</h2>
      <p>{assignedStaffName ?? 'Nobody yet: it is in the unassigned queue.'}</p>
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <div className="assign__buttons">
        {me !== null && assignedStaffId !== me ? (
          <Button variant="secondary" busy={busy} onClick={() => void assign(me)}>
            Assign to me
          </Button>
        ) : null}
        {assignedStaffId === null ? null : (
          <Button variant="secondary" busy={busy} onClick={() => void assign(null)}>
            Put back in the queue
          </Button>
        )}
      </div>
      <form
        className="assign__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (choice !== '') void assign(choice);
        }}
      >
        <Field label="Give it to a colleague">
          {(control) => (
            <select
              className="mq-select"
              {...control}
              value={choice}
              onChange={(event) => {
                setChoice(event.target.value);
              }}
            >
              <option value="">Choose a colleague</option>
              {(colleagues.data ?? [])
                .filter((colleague) => colleague.id !== assignedStaffId)
                .map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {colleague.displayName}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Button type="submit" variant="secondary" busy={busy} disabled={choice === ''}>
          Assign
        </Button>
      </form>
    </section>
  );
}
