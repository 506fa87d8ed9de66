import type { StaffRouterOutputs } from '@marque/api';
import { Alert, applyBrandColours, Button, Container, LocaleProvider, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useTRPC } from './trpc.js';

/** The brand from configuration: its name, colours and locale dress the console too. */
export type Brand = StaffRouterOutputs['brand']['get'];

const BrandContext = createContext<Brand | null>(null);

export function useBrand(): Brand {
  const brand = useContext(BrandContext);
  if (brand === null) throw new Error('useBrand needs a BrandProvider above it');
  return brand;
}

/** Loads the brand once at start and provides it, with its colours and language on the page. */
export function BrandProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.brand.get.queryOptions(), staleTime: Infinity });
  const brand = query.data;
  useEffect(() => {
    if (brand === undefined) return;
    applyBrandColours(brand.colours, document.documentElement);
    document.documentElement.lang = brand.locale;
  }, [brand]);

  if (brand !== undefined) {
    return (
      <BrandContext value={brand}>
        <LocaleProvider locale={brand.locale}>{children}</LocaleProvider>
      </BrandContext>
    );
  }
  return (
    <Container>
      <main id="main" className="console-loading">
        {query.isError ? (
          <Alert tone="error" title="The console could not load">
            <p>Check your connection, then try again.</p>
            <Button onClick={() => void query.refetch()}>Try again</Button>
          </Alert>
        ) : (
          <Spinner />
        )}
      </main>
    </Container>
  );
}
