import type { Brand } from '../brand.js';

/** The brand tests run under: the demo brand's figures, so pages read as they do in the demo. */
export const TEST_BRAND: Brand = {
  name: 'Marque Motor Finance',
  logoText: 'Marque',
  colours: { primary: '#0b3d6b', onPrimary: '#ffffff', accent: '#0f766e', onAccent: '#ffffff' },
  support: {
    phone: '0330 123 4567',
    email: 'help@marque.example',
    hours: 'Mon–Fri 8am–8pm, Sat 9am–1pm',
  },
  legalNotice: 'A demonstration service, not a real lender.',
  market: 'UK',
  currency: 'GBP',
  locale: 'en-GB',
};
