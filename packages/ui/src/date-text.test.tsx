import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DateText, formatDate } from './date-text.js';
import { LocaleProvider } from './locale-context.js';

describe('DateText', () => {
  it('writes a UK date day first', () => {
    render(<DateText date="2026-11-23" />);
    const time = screen.getByText('23 November 2026');
    expect(time.getAttribute('datetime')).toBe('2026-11-23');
  });

  it('writes a US date month first under a US locale', () => {
    render(
      <LocaleProvider locale="en-US">
        <DateText date="2026-11-23" format="short" />
      </LocaleProvider>,
    );
    expect(screen.getByText('Nov 23, 2026')).toBeTruthy();
  });

  it('keeps the calendar day whatever the time zone (the 1st stays the 1st)', () => {
    expect(formatDate('2026-03-01', 'en-GB')).toBe('1 March 2026');
  });
});
