import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testLine, testSummary } from '../features/agreements/test-agreements.js';
import { testCustomer } from '../features/security/test-customer.js';
import { renderApp } from '../test/render-app.js';

const inArrears = testSummary({
  id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  agreementNumber: 'MQ20240106',
  position: {
    ...testSummary().position,
    arrears: { amount: 80_000, installmentsMissed: 2, oldestUnpaidDueDate: '2026-10-23' },
  },
});

function renderDashboard() {
  return renderApp({
    at: '/',
    api: {
      auth: { me: () => testCustomer() },
      agreements: {
        list: () => [testSummary(), inArrears],
        schedule: () => ({
          currency: 'GBP',
          installments: [testLine(1, '2025-10-23', 'paid'), testLine(2, '2025-11-23', 'due')],
        }),
      },
    },
  });
}

function card(agreementNumber: string): HTMLElement {
  const number = screen.getByText(`Agreement ${agreementNumber}`);
  const section = number.closest('section');
  if (section === null) throw new Error(`no card for ${agreementNumber}`);
  return section;
}

describe('the dashboard', () => {
  it('greets the customer and shows a card per agreement with its figures', async () => {
    renderDashboard();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Olivia' });
    await screen.findByText('Agreement MQ20240101');
    const hp = within(card('MQ20240101'));
    expect(hp.getByRole('heading', { name: 'Hire purchase' })).toBeDefined();
    expect(hp.getByText('Balance outstanding').nextElementSibling?.textContent).toBe('£13,600.00');
    expect(hp.getByText('Next payment').nextElementSibling?.textContent).toBe(
      '£400.00 on 23 December 2026',
    );
    expect(hp.getByRole('figure').textContent).toContain('£5,600.00 paid of £19,200.00 (29%)');
    expect(hp.queryByText('You have missed payments')).toBeNull();
  });

  it('warns about missed payments with the amount and the number to call', async () => {
    renderDashboard();
    await screen.findByText('Agreement MQ20240106');
    const warning = within(card('MQ20240106')).getByText('You have missed payments').parentElement;
    expect(warning?.textContent).toContain('2 payments are overdue: £800.00 in total');
    expect(warning?.textContent).toContain('0330 123 4567');
  });

  it('invites a customer without two-step verification to turn it on', async () => {
    renderDashboard();
    expect(await screen.findByRole('link', { name: 'two-step verification' })).toBeDefined();
  });

  it('links each agreement to its page, schedule and settlement quote', async () => {
    renderDashboard();
    await screen.findByText('Agreement MQ20240101');
    const links = within(card('MQ20240101'))
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    const id = testSummary().id;
    expect(links).toEqual(
      expect.arrayContaining([
        `/agreements/${id}`,
        `/agreements/${id}/schedule`,
        `/agreements/${id}/settlement`,
      ]),
    );
  });

  it('offers a payment straight from the card of an active agreement', async () => {
    renderDashboard();
    await screen.findByText('Agreement MQ20240106');
    const pay = within(card('MQ20240106')).getByRole('link', {
      name: 'Make a payment on MQ20240106',
    });
    expect(pay.getAttribute('href')).toBe(`/agreements/${inArrears.id}/pay`);
  });
});
