import type { RouterOutputs } from '@marque/api';
import { Alert, applyBrandColours, Button, Container, LocaleProvider, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useTRPC } from './trpc.js';

/** The brand from configuration: name, colours, support contact, market, currency and locale. */
export type Brand = RouterOutputs['brand']['get'];

const BrandContext = createContext<Brand | null>(null);

/** The brand the app runs under; only inside BrandProvider. */
export function useBrand(): Brand {
  const brand = useContext(BrandContext);
  if (brand === null) throw new Error('useBrand needs a BrandProvider above it');
  return brand;
}

/** Paints the page in the brand's colours and declares its language, e.g. 'en-US'. */
export function applyBrand(brand: Brand, root: HTMLElement): void {
  applyBrandColours(brand.colours, root);
  root.lang = brand.locale;
}

/** Loads the brand once at start (it never changes while the app runs) and provides it. */
export function BrandProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.brand.get.queryOptions(), staleTime: Infinity });
  const brand = query.data;

  useEffect(() => {
    if (brand !== undefined) applyBrand(brand, document.documentElement);
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
      <main id="main" className="brand-loading">
        {query.isError ? (
          <Alert tone="error" title="This page could not load">
            <p>Check your internet connection, then try again.</p>
            <Button onClick={() => void query.refetch()}>Try again</Button>
          </Alert>
        ) : (
          <Spinner />
        )}
      </main>
    </Container>
  );
}
