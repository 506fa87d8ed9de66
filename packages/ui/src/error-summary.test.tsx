import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './error-summary.js';
import { TextField } from './text-field.js';

describe('ErrorSummary', () => {
  it('renders nothing when there are no problems', () => {
    const { container } = render(<ErrorSummary problems={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('announces the problems and moves focus to a field when its link is followed', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary problems={[{ fieldId: 'username', message: 'Enter your username' }]} />
        <TextField id="username" label="Username" error="Enter your username" />
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('There is a problem');
    await user.click(screen.getByRole('link', { name: 'Enter your username' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Username'));
  });
});
