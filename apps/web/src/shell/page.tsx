import { useEffect, type ReactNode } from 'react';
import { useBrand } from '../brand.js';

export interface PageProps {
  /** The page's h1 and, with the brand's name, the document title. */
  title: string;
  children?: ReactNode;
}

/**
 * Every page starts here: one h1 that route changes move focus to (it takes focus from script
 * only), and a document title that names the page first (WCAG 2.4.2 page titled).
 */
export function Page({ title, children }: PageProps) {
  const brand = useBrand();
  useEffect(() => {
    document.title = `${title} – ${brand.name}`;
  }, [title, brand.name]);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </>
  );
}
