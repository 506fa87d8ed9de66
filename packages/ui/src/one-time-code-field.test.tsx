import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { codeDigits, OneTimeCodeField } from './one-time-code-field.js';

describe('codeDigits', () => {
  it('keeps only digits, up to the code length', () => {
    expect(codeDigits('123 456', 6)).toBe('123456');
    expect(codeDigits('123-456-789', 6)).toBe('123456');
    expect(codeDigits('abc', 6)).toBe('');
  });

  it('never returns a non-digit or more than the code length', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 10 }), (text, length) => {
        const digits = codeDigits(text, length);
        expect(digits).toMatch(/^\d*$/);
        expect(digits.length).toBeLessThanOrEqual(length);
      }),
    );
  });
});

describe('OneTimeCodeField', () => {
  it('asks phones for a numeric keypad and the code from a message', () => {
    render(<OneTimeCodeField name="code" />);
    const input = screen.getByLabelText('Security code');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('maxlength')).toBeNull();
  });

  it('accepts a pasted code written with a space', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<OneTimeCodeField name="code" onChange={onChange} />);
    const input = screen.getByLabelText<HTMLInputElement>('Security code');
    await user.click(input);
    await user.paste('123 456');
    expect(input.value).toBe('123456');
    expect(onChange).toHaveBeenCalled();
  });

  it('ignores letters and stops at six digits when typing', async () => {
    const user = userEvent.setup();
    render(<OneTimeCodeField name="code" />);
    const input = screen.getByLabelText<HTMLInputElement>('Security code');
    await user.type(input, '12a3b4567');
    expect(input.value).toBe('123456');
  });

  it('links its hint and error to the input', () => {
    render(<OneTimeCodeField name="code" error="Enter the 6-digit code" />);
    const input = screen.getByLabelText('Security code');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = ids.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['The 6-digit code', 'Error: Enter the 6-digit code']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
