import { describe, expect, it } from 'vitest';
import {
  BrandError,
  brandSchema,
  DEFAULT_BRAND,
  resolveBrand,
  type BrandSettings,
} from './brand.js';

function problemsOf(settings: BrandSettings): string[] {
  try {
    resolveBrand(settings);
  } catch (error) {
    if (error instanceof BrandError) return error.problems;
    throw error;
  }
  return [];
}

describe('resolveBrand', () => {
  it('is the demo brand when nothing is configured', () => {
    expect(resolveBrand()).toEqual(DEFAULT_BRAND);
    expect(DEFAULT_BRAND).toMatchObject({
      name: 'Marque Motor Finance',
      colours: { primary: '#0b3d6b' },
      support: {
        phone: '0330 123 4567',
        email: 'help@marque.example',
        hours: 'Mon–Fri 8am–8pm, Sat 9am–1pm',
      },
      market: 'UK',
      currency: 'GBP',
      locale: 'en-GB',
    });
  });

  it('takes the currency, locale and support line from a US market', () => {
    const brand = resolveBrand({ market: 'US' });
    expect(brand).toMatchObject({ market: 'US', currency: 'USD', locale: 'en-US' });
    expect(brand.support.phone).toBe('(800) 555-0142');
  });

  it('lays configured values over the defaults', () => {
    const brand = resolveBrand({
      name: 'Northway Car Finance',
      colours: { primary: '#1d3557' },
      support: { phone: '0800 000 0000' },
    });
    expect(brand.name).toBe('Northway Car Finance');
    expect(brand.colours).toEqual({ ...DEFAULT_BRAND.colours, primary: '#1d3557' });
    expect(brand.support).toEqual({ ...DEFAULT_BRAND.support, phone: '0800 000 0000' });
  });

  it('refuses a colour pair that text on it could not be read against (WCAG AA)', () => {
    expect(() => resolveBrand({ colours: { primary: '#7fb3e0' } })).toThrow(BrandError);
    expect(problemsOf({ colours: { accent: '#ffff00' } })).toEqual([
      expect.stringMatching(/^colours\.onAccent: text on accent has contrast 1\.07:1/),
    ]);
  });

  it('refuses an unreadable colour and a malformed support address', () => {
    expect(problemsOf({ colours: { primary: 'navy' } })).toEqual([
      'colours.primary: must be a colour written #rrggbb',
    ]);
    expect(problemsOf({ support: { email: 'help at marque' } })).toEqual([
      expect.stringMatching(/^support\.email: /),
    ]);
  });
});

describe('brandSchema', () => {
  it('refuses a currency that is not the market’s', () => {
    const result = brandSchema.safeParse({ ...DEFAULT_BRAND, currency: 'USD' });
    expect(result.success).toBe(false);
  });
});
