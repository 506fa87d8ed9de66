import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../features/agreements/agreement-api-types.js';
import {
  TEST_AGREEMENT_ID,
  testDetail,
  testSummary,
} from '../features/agreements/test-agreements.js';
import { testCustomer } from '../features/security/test-customer.js';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

const lease: AgreementDetail = {
  ...testSummary({ type: 'LEASE', agreementNumber: 'MQ20240103' }),
  firstPaymentDate: '2026-04-23',
  endDate: '2029-03-23',
  figures: {
    type: 'LEASE',
    monthlyRental: 32_900,
    initialRentalMonths: 6,
    initialRental: 197_400,
    totalAmountPayable: 1_348_900,
    mileage: { annualAllowance: 8_000, excessRate: 12 },
  },
};

function renderAgreement(path: string, detail: () => AgreementDetail) {
  return renderApp({
    at: `/agreements/${TEST_AGREEMENT_ID}${path}`,
    api: { auth: { me: () => testCustomer() }, agreements: { get: detail } },
  });
}

function sectionLinks(): string[] {
  return within(screen.getByRole('navigation', { name: 'This agreement' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('the agreement page', () => {
  it('names the agreement by product and number plate and lists every term', async () => {
    renderAgreement('', testDetail);
    await screen.findByRole('heading', { level: 1, name: 'Hire purchase: LD24 KXP' });
    expect(screen.getByText('APR').nextElementSibling?.textContent).toBe('8.2%');
    expect(screen.getByText('Total amount payable').nextElementSibling?.textContent).toBe(
      '£21,295.00',
    );
    expect(sectionLinks()).toEqual([
      'Overview',
      'Payments',
      'Schedule',
      'Transactions',
      'Settle',
      'Overpay',
      'Hand back',
      'End of term',
    ]);
  });

  it('explains the 50% rule with the figures for handing the car back', async () => {
    renderAgreement('/voluntary-termination', testDetail);
    await screen.findByRole('heading', { name: 'Hand the car back early (voluntary termination)' });
    expect(screen.getByText('Half of that').nextElementSibling?.textContent).toBe('£10,647.50');
    expect(screen.getByText('To pay to reach half').nextElementSibling?.textContent).toBe(
      '£3,047.50',
    );
    expect(screen.getByText('You have not reached half yet')).toBeDefined();
  });

  it('offers a lease only what hire allows and says why when asked for the rest', async () => {
    renderAgreement('/settlement', () => lease);
    await screen.findByRole('heading', { name: 'Not available on a lease' });
    expect(sectionLinks()).toEqual([
      'Overview',
      'Payments',
      'Schedule',
      'Transactions',
      'End of term',
    ]);
  });

  it('says so when the agreement is not the customer’s', async () => {
    renderAgreement('', () => {
      throw new FakeApiError('NOT_FOUND', 'We could not find that agreement.');
    });
    await screen.findByRole('heading', { level: 1, name: 'Agreement not found' });
    expect(screen.getByText('We could not find that agreement.')).toBeDefined();
  });
});
