import { Alert, Spinner } from '@marque/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { apiProblem } from '../../api-problem.js';
import { Page } from '../../shell/page.js';

export interface WorkItemPageProps<T> {
  /** The page's title, with or without the item once it has loaded. */
  title: (item: T | undefined) => string;
  back: { to: string; label: string };
  /** The item's query, as react-query reports it. */
  found: { isError: boolean; error: unknown; data: T | undefined };
  loadingLabel: string;
  children: (item: T) => ReactNode;
}

/** One item of a work queue: a way back to the queue, then the item once it has loaded. */
export function WorkItemPage<T>({
  title,
  back,
  found,
  loadingLabel,
  children,
}: WorkItemPageProps<T>) {
  return (
    <Page title={title(found.data)}>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      {found.isError ? (
        <Alert tone="error">{apiProblem(found.error).message}</Alert>
      ) : found.data === undefined ? (
        <Spinner label={loadingLabel} />
      ) : (
        children(found.data)
      )}
    </Page>
  );
}
