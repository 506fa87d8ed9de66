import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateInputField, isoDateOfParts } from './date-input-field.js';
import { LocaleProvider } from './locale-context.js';

function DateOfBirth({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return (
    <>
      <DateInputField
        legend="Date of birth"
        hint="For example, 27 3 1985"
        id="dateOfBirth"
        autoComplete="bday"
        value={value}
        onChange={setValue}
        error={error}
      />
      <output>{isoDateOfParts(value)}</output>
    </>
  );
}

describe('isoDateOfParts', () => {
  it('pads what was typed into an ISO date', () => {
    expect(isoDateOfParts('1985-3-7')).toBe('1985-03-07');
  });

  it('is empty until day, month and year are all there', () => {
    expect(isoDateOfParts('1985--7')).toBe('');
    expect(isoDateOfParts('')).toBe('');
  });
});

describe('DateInputField', () => {
  it('takes day, month and year in the UK order and gives an ISO date', async () => {
    const user = userEvent.setup();
    render(<DateOfBirth />);
    const group = screen.getByRole('group', { name: 'Date of birth' });
    const boxes = screen.getAllByRole('textbox');
    expect(boxes.map((box) => box.getAttribute('autocomplete'))).toEqual([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    await user.type(screen.getByLabelText('Day'), '7');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '1985');
    expect(screen.getByRole('status').textContent).toBe('1985-03-07');
    expect(group.getAttribute('aria-describedby')).toBe('dateOfBirth-hint');
  });

  it('asks for the month first in the US', () => {
    render(
      <LocaleProvider locale="en-US">
        <DateOfBirth />
      </LocaleProvider>,
    );
    expect(screen.getAllByRole('textbox').map((box) => box.getAttribute('autocomplete'))).toEqual([
      'bday-month',
      'bday-day',
      'bday-year',
    ]);
  });

  it('keeps only digits, at most four for the year', async () => {
    const user = userEvent.setup();
    render(<DateOfBirth />);
    const year = screen.getByLabelText<HTMLInputElement>('Year');
    await user.type(year, '19a855');
    expect(year.value).toBe('1985');
  });

  it('describes the group with its error and marks every box invalid', () => {
    render(<DateOfBirth error="Enter a real date of birth" />);
    const group = screen.getByRole('group', { name: 'Date of birth' });
    const ids = (group.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual([
      'For example, 27 3 1985',
      'Error: Enter a real date of birth',
    ]);
    for (const box of screen.getAllByRole('textbox')) {
      expect(box.getAttribute('aria-invalid')).toBe('true');
    }
  });
});
