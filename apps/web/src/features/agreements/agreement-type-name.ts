import type { AgreementType, Market } from '@marque/domain';

const NAMES: Readonly<Record<Market, Readonly<Record<AgreementType, string>>>> = {
  UK: {
    HP: 'Hire purchase',
    PCP: 'Personal contract purchase (PCP)',
    LEASE: 'Personal contract hire (lease)',
  },
  US: {
    HP: 'Retail installment contract',
    PCP: 'Balloon financing',
    LEASE: 'Lease',
  },
};

/** The product's name as customers in the market know it (PRODUCT.md: UK HP/PCP/PCH, US retail/balloon/lease). */
export function agreementTypeName(type: AgreementType, market: Market): string {
  return NAMES[market][type];
}
