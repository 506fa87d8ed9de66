import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../../test/fake-staff-api.js';
import { renderConsole, signedInAs } from '../../test/render-console.js';

const CASE_ID = '6a1b2c3d-0000-4000-8000-000000000002';

const contactCase = {
  id: CASE_ID,
  reference: 'C-4H7J2K9M',
  name: 'Sam Caller',
  email: 'sam@example.com',
  phone: '07700900123',
  agreementNumber: null,
  message: 'Can I settle early?',
  status: 'open',
  assignedStaffId: null,
  assignedStaffName: null,
  createdAt: '2026-11-03T09:00:00.000Z',
  updatedAt: '2026-11-03T09:00:00.000Z',
  replies: [],
};

const answers = {
  'staffAuth.me': () => signedInAs('agent'),
  'contactCases.get': () => contactCase,
  'colleagues.list': () => [],
};

const replyBox = () => screen.getByLabelText(/^Your reply/);

describe('replying to a contact-form case', () => {
  it('refuses an empty reply on the page, then e-mails the reply and clears the box', async () => {
    const user = userEvent.setup();
    const { calls } = renderConsole({
      at: `/contact-cases/${CASE_ID}`,
      answers: { ...answers, 'contactCases.reply': () => undefined },
    });
    await screen.findByRole('heading', { level: 1, name: 'Contact form C-4H7J2K9M' });

    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Write your message.' })).toBeTruthy();
    expect(calls.filter((call) => call.path === 'contactCases.reply')).toEqual([]);

    await user.type(replyBox(), 'Yes: call us for a settlement figure.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByText('Reply e-mailed to sam@example.com.');
    expect(calls.filter((call) => call.path === 'contactCases.reply').map((c) => c.input)).toEqual([
      { caseId: CASE_ID, body: 'Yes: call us for a settlement figure.' },
    ]);
    expect((replyBox() as HTMLTextAreaElement).value).toBe('');
  });

  it('puts the API’s refusal under the reply and keeps what was written', async () => {
    const user = userEvent.setup();
    renderConsole({
      at: `/contact-cases/${CASE_ID}`,
      answers: {
        ...answers,
        'contactCases.reply': () => {
          throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
            fieldErrors: { body: 'Keep your message to 5,000 characters or fewer.' },
          });
        },
      },
    });
    await user.type(await screen.findByLabelText(/^Your reply/), 'Too long, says the API.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    const messages = await screen.findAllByText('Keep your message to 5,000 characters or fewer.');
    expect(messages.length).toBeGreaterThan(0);
    expect(replyBox().getAttribute('aria-invalid')).toBe('true');
    expect((replyBox() as HTMLTextAreaElement).value).toBe('Too long, says the API.');
    expect(screen.queryByText(/Reply e-mailed/)).toBeNull();
  });
});
