import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildSchedule, type ScheduleTerms } from '@marque/domain';
import { describe, expect, it } from 'vitest';
import { OverpaymentCalculator } from './overpayment-calculator.js';

const terms: ScheduleTerms = {
  amountOfCredit: 1_000_000,
  annualRatePercent: 6,
  termMonths: 36,
  firstPaymentDate: '2026-02-01',
};
const { monthlyPayment } = buildSchedule(terms);

function renderCalculator() {
  render(
    <OverpaymentCalculator
      terms={terms}
      paidInstallments={12}
      monthlyPayment={monthlyPayment}
      currency="GBP"
      supportPhone="0330 123 4567"
    />,
  );
}

describe('the overpayment calculator', () => {
  it('shows both ways to use an overpayment, each with its new schedule', async () => {
    const user = userEvent.setup();
    renderCalculator();
    await user.type(screen.getByLabelText('How much would you like to overpay?'), '2,000');
    await user.click(screen.getByRole('button', { name: 'Work it out' }));
    const sooner = (await screen.findByRole('heading', { name: 'Finish sooner' })).parentElement;
    const lower = screen.getByRole('heading', { name: 'Pay less each month' }).parentElement;
    expect(sooner?.textContent).toContain('£304.22 a month for');
    expect(sooner?.textContent).toMatch(/for 1\d months instead of 24/);
    expect(lower?.textContent).toMatch(
      /Pay £2\d\d\.\d\d a month instead of £304\.22, for the same 24 months/,
    );
    expect(screen.getAllByText('See the new schedule')).toHaveLength(2);
  });

  it('asks for an amount it can read', async () => {
    const user = userEvent.setup();
    renderCalculator();
    await user.type(screen.getByLabelText('How much would you like to overpay?'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Work it out' }));
    expect(screen.getByText('Enter an amount of money, like 500 or 1,250.50.')).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Finish sooner' })).toBeNull();
  });

  it('sends an amount that clears the balance to the settlement quote', async () => {
    const user = userEvent.setup();
    renderCalculator();
    await user.type(screen.getByLabelText('How much would you like to overpay?'), '50000');
    await user.click(screen.getByRole('button', { name: 'Work it out' }));
    expect(
      screen.getByText(
        'That would pay off everything you owe. Ask for a settlement quote instead.',
      ),
    ).toBeDefined();
  });
});
