import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../../test/fake-staff-api.js';
import { renderConsole, signedInAs } from '../../test/render-console.js';

async function fillInvitation() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Name'), 'Jo Bloggs');
  await user.type(screen.getByLabelText(/^Username/), 'jo.bloggs');
  await user.type(screen.getByLabelText('Work e-mail address'), 'jo@staff.example');
  await user.selectOptions(screen.getByLabelText('Role'), 'supervisor');
  await user.click(screen.getByRole('button', { name: 'Send invitation' }));
}

const admin = { 'staffAuth.me': () => signedInAs('admin'), 'staffAdmin.list': () => [] };

describe('inviting a colleague', () => {
  it('sends the invitation and says where it went', async () => {
    const { calls } = renderConsole({
      at: '/staff',
      answers: { ...admin, 'staffAdmin.invite': () => ({ staffId: 'new-id' }) },
    });
    await fillInvitation();
    await screen.findByText(
      'Invitation sent to jo@staff.example. The link works once, for 72 hours.',
    );
    expect(calls.find((call) => call.path === 'staffAdmin.invite')?.input).toEqual({
      displayName: 'Jo Bloggs',
      username: 'jo.bloggs',
      email: 'jo@staff.example',
      role: 'supervisor',
    });
  });

  it('puts the API’s field errors under their fields', async () => {
    renderConsole({
      at: '/staff',
      answers: {
        ...admin,
        'staffAdmin.invite': () => {
          throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
            fieldErrors: { username: 'A staff member already has this username.' },
          });
        },
      },
    });
    await fillInvitation();
    const messages = await screen.findAllByText('A staff member already has this username.');
    expect(messages.length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/^Username/).getAttribute('aria-invalid')).toBe('true');
  });
});
