import { useEffect, type ReactNode } from 'react';
import { useBrand } from '../brand.js';

export interface PageProps {
  /** The page's h1 and, with the console's name, the document title. */
  title: string;
  /** Controls beside the heading (e.g. an export button). */
  actions?: ReactNode;
  children?: ReactNode;
}

/** Every page starts here: one h1 that route changes move focus to, and a document title. */
export function Page({ title, actions, children }: PageProps) {
  const brand = useBrand();
  useEffect(() => {
    document.title = `${title} – ${brand.name} staff console`;
  }, [title, brand.name]);
  return (
    <>
      <div className="page-heading">
        <h1 tabIndex={-1}>{title}</h1>
        {actions === undefined ? null : <div className="page-heading__actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}
