import { useEffect, useRef } from 'react';
import { focusPageHeading } from './focus-page-heading.js';

/**
 * For pages that change step without changing address (a form, then its confirmation): when
 * `step` changes, focus moves to the new heading, so that keyboard and screen reader users start
 * at the top of what replaced the form rather than nowhere.
 */
export function useStepFocus(step: unknown): void {
  const first = useRef(step);
  useEffect(() => {
    if (Object.is(step, first.current)) return;
    first.current = Symbol('changed');
    focusPageHeading(document);
  }, [step]);
}
