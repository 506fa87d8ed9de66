import type { StaffRouterOutputs } from '@marque/api';
import { Alert, Button, Spinner } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { InstantText } from '../audit/instant-text.js';
import { KIND_LABELS, resultCounts, RUN_STATUS_LABELS, RUN_STATUS_TONES } from './run-labels.js';

type Run = StaffRouterOutputs['runs']['list'][number];

/** While a run goes, the list is read again this often to show its progress. */
const POLL_MS = 2000;

/** The latest runs, watched while one is running, with a retry for one that stopped. */
export function RunList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const runs = useQuery(
    trpc.runs.list.queryOptions(
      {},
      {
        refetchInterval: (query) =>
          query.state.data?.some((run) => run.status === 'running') === true ? POLL_MS : false,
      },
    ),
  );
  const start = useMutation(trpc.runs.start.mutationOptions());

  const retry = async (run: Run) => {
    setRefusal(null);
    try {
      await start.mutateAsync(
        run.kind === 'statement'
          ? { kind: 'statement', period: run.runKey }
          : { kind: run.kind, runDate: run.runKey },
      );
    } catch (error) {
      setRefusal(apiProblem(error).message);
    } finally {
      await queryClient.invalidateQueries(trpc.runs.list.queryFilter());
    }
  };

  if (runs.isError) return <Alert tone="error">{apiProblem(runs.error).message}</Alert>;
  if (runs.data === undefined) return <Spinner label="Loading runs…" />;
  if (runs.data.length === 0) return <p className="muted">No runs started from the console yet.</p>;
  return (
    <>
      {refusal === null ? null : <Alert tone="warning">{refusal}</Alert>}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Runs">
        <table className="data-table data-table--dense">
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Status</th>
              <th scope="col">Started</th>
              <th scope="col">Result</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {runs.data.map((run) => (
              <tr key={run.id}>
                <th scope="row">
                  {KIND_LABELS[run.kind]}
                  <span className="member-contact">for {run.runKey}</span>
                </th>
                <td>
                  <span className={`status status--${RUN_STATUS_TONES[run.status]}`}>
                    {RUN_STATUS_LABELS[run.status]}
                  </span>
                  {run.status === 'running' ? (
                    <span className="member-contact">{run.progress} done so far</span>
                  ) : null}
                </td>
                <td>
                  <InstantText at={run.startedAt} />
                  <span className="member-contact">by {run.startedBy}</span>
                </td>
                <td className="details-cell">
                  {run.error === null ? null : <span className="run-error">{run.error}</span>}
                  {typeof run.result?.outcome === 'string' && run.result.outcome !== 'finished' ? (
                    <span className="member-contact">
                      {run.result.outcome === 'already_finished'
                        ? 'Already done: nothing repeated.'
                        : 'Not a working day: nothing to do.'}
                    </span>
                  ) : null}
                  {resultCounts(run.result).filter(([, value]) => value > 0).length === 0 &&
                  run.status === 'finished' ? (
                    <span className="member-contact">Nothing to do.</span>
                  ) : (
                    <ul className="run-counts">
                      {resultCounts(run.result)
                        .filter(([, value]) => value > 0)
                        .map(([label, value]) => (
                          <li key={label}>
                            {label}: {value}
                          </li>
                        ))}
                    </ul>
                  )}
                </td>
                <td>
                  {run.status === 'failed' || run.status === 'interrupted' ? (
                    <Button
                      variant="secondary"
                      busy={start.isPending}
                      onClick={() => void retry(run)}
                    >
                      Retry
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
