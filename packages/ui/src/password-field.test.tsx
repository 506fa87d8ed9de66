import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PasswordField } from './password-field.js';

function renderPassword(props: { error?: string } = {}) {
  render(
    <form>
      <PasswordField label="Password" name="password" autoComplete="current-password" {...props} />
      <button type="submit">Sign in</button>
    </form>,
  );
  return screen.getByLabelText('Password');
}

describe('PasswordField', () => {
  it('hides the password until the customer asks to see it, and hides it again', async () => {
    const user = userEvent.setup();
    const input = renderPassword();
    await user.type(input, 'Drive-Safely-2026');
    expect(input.getAttribute('type')).toBe('password');

    const toggle = screen.getByRole('button', { name: 'Show password' });
    await user.click(toggle);
    expect(input.getAttribute('type')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect((input as HTMLInputElement).value).toBe('Drive-Safely-2026');

    await user.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(input.getAttribute('type')).toBe('password');
  });

  it('keeps the autocomplete token password managers need', () => {
    expect(renderPassword().getAttribute('autocomplete')).toBe('current-password');
  });

  it('shows and announces a Caps Lock warning while Caps Lock is on', async () => {
    const user = userEvent.setup();
    const input = renderPassword();
    await user.click(input);
    expect(screen.queryByText('Caps Lock is on')).toBeNull();

    await user.keyboard('{CapsLock}a');
    const warning = screen.getByText('Caps Lock is on');
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();
    expect(input.getAttribute('aria-describedby')).toContain(warning.id);

    await user.keyboard('{CapsLock}b');
    expect(screen.queryByText('Caps Lock is on')).toBeNull();
    expect(input.getAttribute('aria-describedby') ?? '').not.toContain('caps-lock');
  });

  it('drops the Caps Lock warning when the field loses focus', async () => {
    const user = userEvent.setup();
    const input = renderPassword();
    await user.click(input);
    await user.keyboard('{CapsLock}a');
    expect(screen.getByText('Caps Lock is on')).toBeTruthy();
    await user.tab();
    expect(screen.queryByText('Caps Lock is on')).toBeNull();
  });

  it('links its error message to the input and marks it invalid', () => {
    const input = renderPassword({ error: 'Enter your password' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById(describedBy);
    expect(message?.textContent).toBe('Error: Enter your password');
  });
});
