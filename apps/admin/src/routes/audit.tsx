import { Alert, Button, Card, Spinner } from '@marque/ui';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../api-problem.js';
import { AuditFilters, type AuditFilter } from '../features/audit/audit-filters.js';
import { AuditTable } from '../features/audit/audit-table.js';
import { downloadText } from '../features/audit/download-text.js';
import { Page } from '../shell/page.js';
import { useTRPC, useTRPCClient } from '../trpc.js';

const PAGE_SIZE = 50;

/** The audit log: filter by actor, customer, event type and days; page back; export as CSV. */
export function Component() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [filter, setFilter] = useState<AuditFilter>({});
  // The cursor of each page shown; the first page has none.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const [exporting, setExporting] = useState(false);
  const [exportNote, setExportNote] = useState<{
    text: string;
    tone: 'success' | 'error' | 'warning';
  } | null>(null);
  const pages = useQueries({
    queries: cursors.map((before) =>
      trpc.audit.search.queryOptions({
        filter,
        page: before === undefined ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, before },
      }),
    ),
  });
  const entries = pages.flatMap((page) => page.data?.entries ?? []);
  const last = pages.at(-1);
  const failed = pages.find((page) => page.isError);

  const apply = (next: AuditFilter) => {
    setFilter(next);
    setCursors([undefined]);
    setExportNote(null);
  };

  const exportCsv = async () => {
    setExporting(true);
    setExportNote(null);
    try {
      const file = await client.audit.exportCsv.query(filter);
      downloadText(file.filename, file.csv, 'text/csv;charset=utf-8');
      setExportNote(
        file.truncated
          ? {
              text: `Exported the newest ${file.rows} events only. Narrow the dates to export the rest.`,
              tone: 'warning',
            }
          : {
              text: `Exported ${file.rows} ${file.rows === 1 ? 'event' : 'events'}.`,
              tone: 'success',
            },
      );
    } catch (error) {
      setExportNote({ text: apiProblem(error).message, tone: 'error' });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Page
      title="Audit log"
      actions={
        <Button variant="secondary" busy={exporting} onClick={() => void exportCsv()}>
          Export CSV
        </Button>
      }
    >
      {exportNote === null ? null : <Alert tone={exportNote.tone}>{exportNote.text}</Alert>}
      <Card title="Filters">
        <AuditFilters onApply={apply} />
      </Card>
      <section aria-labelledby="audit-results" className="results">
        <h2 id="audit-results">
          Events{' '}
          <span className="muted">
            ({entries.length}
            {last?.data?.nextCursor == null ? '' : '+'} shown, newest first)
          </span>
        </h2>
        {failed === undefined ? null : (
          <Alert tone="error">{apiProblem(failed.error).message}</Alert>
        )}
        {pages[0]?.data === undefined && failed === undefined ? (
          <Spinner label="Loading events…" />
        ) : entries.length === 0 ? (
          <p>No events match these filters.</p>
        ) : (
          <AuditTable entries={entries} />
        )}
        {last?.data?.nextCursor == null ? null : (
          <Button
            variant="secondary"
            busy={last.isFetching}
            onClick={() => {
              setCursors([...cursors, last.data?.nextCursor ?? undefined]);
            }}
          >
            Show older events
          </Button>
        )}
      </section>
    </Page>
  );
}
