import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field.js';

describe('TextField', () => {
  it('is named by its label and described by its hint', () => {
    render(<TextField label="Username" hint="The name you chose when you registered" />);
    const input = screen.getByLabelText('Username');
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('The name you chose when you registered');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('links the error after the hint and marks the input invalid', () => {
    render(
      <TextField label="Postcode" hint="For example SW1A 1AA" error="Enter a real postcode" />,
    );
    const input = screen.getByLabelText('Postcode');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual([
      'For example SW1A 1AA',
      'Error: Enter a real postcode',
    ]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('uses the id it is given, so that an error summary can link to it', () => {
    render(<TextField id="username" label="Username" error="Enter your username" />);
    expect(screen.getByLabelText('Username').id).toBe('username');
    expect(document.getElementById('username-error')?.textContent).toBe(
      'Error: Enter your username',
    );
  });

  it('has no description when there is neither hint nor error', () => {
    render(<TextField label="Username" />);
    expect(screen.getByLabelText('Username').getAttribute('aria-describedby')).toBeNull();
  });
});
