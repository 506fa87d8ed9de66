import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app.js';

describe('the app shell', () => {
  it('sends a signed-out visitor from a signed-in page to sign in, remembering the page', async () => {
    const { router } = renderApp({ at: '/security' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fsecurity');
  });

  it('sends a signed-out visitor from the dashboard address to sign in', async () => {
    const { router } = renderApp({ at: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.search).toBe('');
  });

  it('shows a page not found for an unknown address, titled for the brand', async () => {
    renderApp({ at: '/no-such-page' });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await waitFor(() => {
      expect(document.title).toBe('Page not found – Marque Motor Finance');
    });
  });

  it('shows the support contact and the phishing warning in the footer', async () => {
    renderApp({ at: '/help' });
    await screen.findByRole('heading', { level: 1, name: 'Help with signing in' });
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain('0330 123 4567');
    expect(footer.textContent).toContain(
      'We will never ask for your password or a security code by e-mail, text or phone',
    );
  });

  it('offers help and sign in, not the account pages, to a signed-out visitor', async () => {
    renderApp({ at: '/help' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toBe('HelpSign in');
  });

  it('moves focus to the new page heading and announces it after a route change', async () => {
    const user = userEvent.setup();
    renderApp({ at: '/help' });
    await screen.findByRole('heading', { level: 1, name: 'Help with signing in' });
    await user.click(
      screen.getAllByRole('link', { name: 'Reset your password' })[0] as HTMLElement,
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Reset your password' });
    await waitFor(() => {
      expect(document.activeElement).toBe(heading);
    });
    expect(document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent).toBe(
      'Reset your password',
    );
  });

  it('leaves focus alone on the first page load', async () => {
    renderApp({ at: '/help' });
    await screen.findByRole('heading', { level: 1, name: 'Help with signing in' });
    expect(document.activeElement).toBe(document.body);
  });

  it('colours the page in the brand and declares its language', async () => {
    renderApp({ at: '/help' });
    await screen.findByRole('heading', { level: 1, name: 'Help with signing in' });
    const root = document.documentElement;
    expect(root.style.getPropertyValue('--mq-color-primary')).toBe('#0b3d6b');
    expect(root.lang).toBe('en-GB');
  });
});
