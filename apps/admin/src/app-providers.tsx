import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BrandProvider } from './brand.js';
import { TRPCProvider, type ApiClient } from './trpc.js';

export interface AppProvidersProps {
  queryClient: QueryClient;
  apiClient: ApiClient;
  children: ReactNode;
}

/** The cache, the staff API client and the brand, which every page below relies on. */
export function AppProviders({ queryClient, apiClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        <BrandProvider>{children}</BrandProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
