import { isMarket, MARKETS, type Market } from '@marque/domain';
import { z } from 'zod';
import { contrastRatio, HEX_COLOUR } from './contrast-ratio.js';

/** WCAG 2.2 AA for normal text (1.4.3): the least contrast between a colour and its text. */
export const MIN_TEXT_CONTRAST = 4.5;

const colour = z.string().regex(HEX_COLOUR, 'must be a colour written #rrggbb');

const coloursSchema = z
  .object({ primary: colour, onPrimary: colour, accent: colour, onAccent: colour })
  .superRefine((colours, context) => {
    for (const [background, text] of [
      ['primary', 'onPrimary'],
      ['accent', 'onAccent'],
    ] as const) {
      // An unreadable colour is reported by its own check.
      if (!HEX_COLOUR.test(colours[text]) || !HEX_COLOUR.test(colours[background])) continue;
      const ratio = contrastRatio(colours[text], colours[background]);
      if (ratio < MIN_TEXT_CONTRAST) {
        context.addIssue({
          code: 'custom',
          path: [text],
          message: `text on ${background} has contrast ${ratio.toFixed(2)}:1, below the ${MIN_TEXT_CONTRAST}:1 WCAG AA needs`,
        });
      }
    }
  });

/** What the web apps show of the lender: everything here is public. */
export const brandSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    /** A few letters drawn as the logo in the header. */
    logoText: z.string().trim().min(1).max(12),
    colours: coloursSchema,
    support: z.object({
      phone: z.string().trim().min(5).max(30),
      email: z.email(),
      hours: z.string().trim().min(1).max(80),
    }),
    legalNotice: z.string().trim().max(300),
    market: z.string().refine(isMarket, 'must be UK or US'),
    currency: z.enum(['GBP', 'USD']),
    locale: z.string().trim().min(2).max(35),
  })
  .refine((brand) => MARKETS[brand.market].currency === brand.currency, {
    path: ['currency'],
    message: 'must be the currency of the market',
  });

export type Brand = z.infer<typeof brandSchema>;

/** The parts of the brand a deployment may set; everything else comes from the defaults. */
export interface BrandSettings {
  name?: string;
  market?: Market;
  logoText?: string;
  colours?: Partial<Brand['colours']>;
  support?: Partial<Brand['support']>;
  legalNotice?: string;
}

export class BrandError extends Error {
  override readonly name = 'BrandError';
  constructor(readonly problems: string[]) {
    super(`The brand configuration is not valid: ${problems.join('; ')}`);
  }
}

const SUPPORT_BY_MARKET: Readonly<Record<Market, Brand['support']>> = {
  UK: {
    phone: '0330 123 4567',
    email: 'help@marque.example',
    hours: 'Mon–Fri 8am–8pm, Sat 9am–1pm',
  },
  // 555-01xx numbers are reserved for fiction: the demo never rings anyone.
  US: {
    phone: '(800) 555-0142',
    email: 'help@marque.example',
    hours: 'Mon–Fri 8am–8pm ET, Sat 9am–1pm ET',
  },
};

/** The demo brand: an original navy and teal look, never a real lender's. */
export const DEFAULT_BRAND: Brand = {
  name: 'Marque Motor Finance',
  logoText: 'Marque',
  colours: { primary: '#0b3d6b', onPrimary: '#ffffff', accent: '#0f766e', onAccent: '#ffffff' },
  support: SUPPORT_BY_MARKET.UK,
  legalNotice: 'A demonstration service: not a real lender, and no real agreements.',
  market: 'UK',
  currency: MARKETS.UK.currency,
  locale: MARKETS.UK.locale,
};

/**
 * The brand a deployment runs under: its settings over the defaults, the market's currency and
 * locale, checked so that a bad colour or e-mail fails at start rather than in a customer's page.
 */
export function resolveBrand(settings: BrandSettings = {}): Brand {
  const market = settings.market ?? DEFAULT_BRAND.market;
  const candidate = {
    name: settings.name ?? DEFAULT_BRAND.name,
    logoText: settings.logoText ?? DEFAULT_BRAND.logoText,
    colours: { ...DEFAULT_BRAND.colours, ...settings.colours },
    support: { ...SUPPORT_BY_MARKET[market], ...settings.support },
    legalNotice: settings.legalNotice ?? DEFAULT_BRAND.legalNotice,
    market,
    currency: MARKETS[market].currency,
    locale: MARKETS[market].locale,
  };
  const parsed = brandSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new BrandError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return parsed.data;
}
