import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../../test/fake-api.js';
import { renderApp } from '../../test/render-app.js';
import { testCustomer } from '../security/test-customer.js';
import type { ContactUpdate } from './contact-changes.js';
import { testProfile as profile } from './test-profile.js';

function renderProfile(
  updateContact: (input: ContactUpdate) => { status: 'updated'; emailChangePending: boolean },
) {
  return renderApp({
    at: '/profile',
    api: {
      auth: { me: () => testCustomer() },
      profile: { get: () => profile, updateContact },
    },
  });
}

describe('the contact details form', () => {
  it('sends only what changed and says so', async () => {
    const user = userEvent.setup();
    const sent: ContactUpdate[] = [];
    renderProfile((input) => {
      sent.push(input);
      return { status: 'updated', emailChangePending: false };
    });
    const phone = await screen.findByLabelText('Phone number');
    await user.clear(phone);
    await user.type(phone, '07700 900999');
    await user.click(screen.getByRole('button', { name: 'Save contact details' }));
    expect(await screen.findByText('Your contact details have been saved.')).toBeDefined();
    expect(sent).toEqual([{ phone: '07700 900999' }]);
  });

  it('explains that a new e-mail address needs its link followed', async () => {
    const user = userEvent.setup();
    renderProfile(() => ({ status: 'updated', emailChangePending: true }));
    const email = await screen.findByLabelText('E-mail address');
    await user.clear(email);
    await user.type(email, 'olivia@example.org');
    await user.click(screen.getByRole('button', { name: 'Save contact details' }));
    expect(
      await screen.findByText(
        /We have sent a link to olivia@example.org: your e-mail address changes when you follow it/,
      ),
    ).toBeDefined();
  });

  it('shows the API’s message under the field it is about', async () => {
    const user = userEvent.setup();
    renderProfile(() => {
      throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
        fieldErrors: { 'address.postcode': 'Enter a real UK postcode, e.g. SW1A 1AA.' },
      });
    });
    const postcode = await screen.findByLabelText('Postcode');
    await user.clear(postcode);
    await user.type(postcode, 'NOT A POSTCODE');
    await user.click(screen.getByRole('button', { name: 'Save contact details' }));
    await screen.findByRole('link', { name: 'Enter a real UK postcode, e.g. SW1A 1AA.' });
    expect(postcode.getAttribute('aria-invalid')).toBe('true');
  });

  it('saves nothing when nothing changed', async () => {
    const user = userEvent.setup();
    const sent: ContactUpdate[] = [];
    renderProfile((input) => {
      sent.push(input);
      return { status: 'updated', emailChangePending: false };
    });
    await user.click(await screen.findByRole('button', { name: 'Save contact details' }));
    expect(
      await screen.findByText('Nothing has changed, so there was nothing to save.'),
    ).toBeDefined();
    expect(sent).toEqual([]);
  });
});
