import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole, signedInAs } from '../../test/render-console.js';
import { sectionsFor } from '../navigation/console-sections.js';

describe('the signed-in console', () => {
  it('sends anyone not signed in to sign-in', async () => {
    const { router } = renderConsole({ at: '/audit' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to the staff console' });
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows an agent their name and role, and only the sections an agent may open', async () => {
    renderConsole({ at: '/', answers: { 'staffAuth.me': () => signedInAs('agent') } });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Test agent' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Test agent')).toBeDefined();
    expect(within(banner).getByText('Agent')).toBeDefined();
    const nav = screen.getByRole('navigation', { name: 'Console' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels).toEqual(sectionsFor('agent').map((section) => section.label));
    for (const hidden of ['Audit log', 'Staff', 'Mailbox']) expect(labels).not.toContain(hidden);
  });

  it('tells an agent who opens an admin section that their role does not allow it, without asking the API', async () => {
    const { calls } = renderConsole({
      at: '/staff',
      answers: { 'staffAuth.me': () => signedInAs('agent') },
    });
    await screen.findByRole('heading', { level: 1, name: 'Not available to your role' });
    expect(calls.some((call) => call.path === 'staffAdmin.list')).toBe(false);
  });
});

describe('a session that ends', () => {
  it('returns the member to sign-in with a word on why', async () => {
    let signedIn = true;
    const view = renderConsole({
      at: '/',
      answers: { 'staffAuth.me': () => (signedIn ? signedInAs('agent') : null) },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Test agent' });
    // Any call answered 401 makes the console ask again who is signed in.
    signedIn = false;
    await view.queryClient.invalidateQueries();
    await screen.findByText('Your session has ended. Please sign in again.');
    expect(view.router.state.location.pathname).toBe('/sign-in');
  });
});
