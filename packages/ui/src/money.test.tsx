import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Money } from './money.js';

describe('Money', () => {
  it('shows pence as pounds with the thousands separator', () => {
    render(<Money amount={123456} currency="GBP" />);
    expect(screen.getByText('£1,234.56')).toBeTruthy();
  });

  it('shows cents as dollars', () => {
    render(<Money amount={99} currency="USD" />);
    expect(screen.getByText('$0.99')).toBeTruthy();
  });

  it('shows a negative amount with its sign', () => {
    render(<Money amount={-5000} currency="GBP" />);
    expect(screen.getByText('-£50.00')).toBeTruthy();
  });

  it('refuses an amount that is not whole minor units', () => {
    expect(() => render(<Money amount={12.5} currency="GBP" />)).toThrow(/minor units/);
  });
});
