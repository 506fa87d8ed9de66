import { useCallback } from 'react';
import { apiProblem, type ApiProblem } from './api-problem.js';
import { useBrand } from './brand.js';

/** Reads a failed call into the customer's words, with retry times in the market's locale. */
export function useApiProblem(): (error: unknown) => ApiProblem {
  const { locale } = useBrand();
  return useCallback((error: unknown) => apiProblem(error, new Date(), locale), [locale]);
}
