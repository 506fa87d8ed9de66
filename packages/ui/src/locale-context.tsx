import { createContext, useContext, type ReactNode } from 'react';

const LocaleContext = createContext('en-GB');

/** Sets the market's locale (e.g. 'en-GB', 'en-US') for the dates below it. */
export function LocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

/** The market's locale, 'en-GB' unless a LocaleProvider says otherwise. */
export function useLocale(): string {
  return useContext(LocaleContext);
}
