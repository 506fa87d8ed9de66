import { Card, Stack } from '@marque/ui';
import '../features/runs/runs.css';
import { PrintQueue } from '../features/runs/print-queue.js';
import { RunList } from '../features/runs/run-list.js';
import { StartRun } from '../features/runs/start-run.js';
import { Page } from '../shell/page.js';

function lastMonth(today: Date): string {
  const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
}

/** Start the collection, statement and reminders runs, watch them, retry one that stopped. */
export function Component() {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  return (
    <Page title="Runs">
      <Stack>
        <Card title="Start a run">
          <p className="narrow muted">
            One run of each kind goes at a time. Starting a day or month again finishes what is left
            and repeats nothing, so it is also how to retry.
          </p>
          <div className="start-runs">
            <StartRun kind="collection" defaultKey={today} />
            <StartRun kind="statement" defaultKey={lastMonth(now)} />
            <StartRun kind="reminders" defaultKey={today} />
          </div>
        </Card>
        <Card title="Latest runs">
          <RunList />
        </Card>
        <Card title="Print queue">
          <PrintQueue />
        </Card>
      </Stack>
    </Page>
  );
}
