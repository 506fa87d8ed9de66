import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeApiError } from '../../test/fake-api.js';
import { renderApp } from '../../test/render-app.js';
import { testCustomer } from '../security/test-customer.js';
import type { Thread, ThreadSummary } from './message-types.js';

const THREAD_ID = '4b9f2c1e-8d3a-4e6b-9f1c-2a7d5e8b3c10';
const ATTACHMENT_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

const SUMMARY: ThreadSummary = {
  id: THREAD_ID,
  subject: 'Change of payment date',
  category: 'payments',
  status: 'open',
  channel: 'message',
  createdAt: '2026-11-20T09:00:00.000Z',
  lastMessageAt: '2026-11-23T10:30:00.000Z',
  unreadCount: 2,
};

const THREAD: Thread = {
  ...SUMMARY,
  unreadCount: 0,
  messages: [
    {
      id: 'm1',
      author: 'customer',
      body: 'Can I move my payment date?',
      createdAt: '2026-11-20T09:00:00.000Z',
      readByRecipient: true,
      attachments: [],
    },
    {
      id: 'm2',
      author: 'staff',
      body: 'Yes, from next month.',
      createdAt: '2026-11-23T10:30:00.000Z',
      readByRecipient: true,
      attachments: [
        {
          id: ATTACHMENT_ID,
          fileName: 'New schedule.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 14_500,
        },
      ],
    },
  ],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('secure messages', () => {
  it('names the unread count in the header link: "Messages, 2 unread"', async () => {
    renderApp({
      at: '/messages',
      api: {
        auth: { me: () => testCustomer() },
        messages: { list: () => [SUMMARY], unreadCount: () => ({ unread: 2 }) },
      },
    });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Messages, 2 unread' })).toBeDefined();
    const inbox = await screen.findByRole('list', { name: 'Your conversations' });
    expect(
      within(inbox).getByRole('link', { name: /^Change of payment date\W+2 unread/ }),
    ).toBeDefined();
  });

  it('shows a conversation with its files and sends a reply', async () => {
    const user = userEvent.setup();
    const replies: unknown[] = [];
    renderApp({
      at: `/messages/${THREAD_ID}`,
      api: {
        auth: { me: () => testCustomer() },
        messages: {
          get: () => THREAD,
          unreadCount: () => ({ unread: 0 }),
          list: () => [],
          reply: (input) => {
            replies.push(input);
            return { messageId: 'm3' };
          },
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Change of payment date' });
    const file = screen.getByRole('link', { name: 'New schedule.pdf' });
    expect(file.getAttribute('href')).toBe(`/api/messages/attachments/${ATTACHMENT_ID}`);
    expect(screen.getByText('(PDF, 14 KB)')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Write your message.', { selector: 'a' })).toBeDefined();
    await user.type(screen.getByLabelText('Your reply'), 'Thank you.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Your reply has been sent.')).toBeDefined();
    expect(replies).toEqual([{ threadId: THREAD_ID, body: 'Thank you.', attachmentIds: [] }]);
  });

  it('uploads a chosen file, lists it, and sends its id with a new message', async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({
          id: ATTACHMENT_ID,
          fileName: 'payslip.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 2048,
        }),
        { status: 201, headers: { 'content-type': 'application/json' } },
      ),
    );
    const started: unknown[] = [];
    const { router } = renderApp({
      at: '/messages/new',
      api: {
        auth: { me: () => testCustomer() },
        messages: {
          unreadCount: () => ({ unread: 0 }),
          list: () => [],
          get: () => THREAD,
          start: (input) => {
            started.push(input);
            return { threadId: THREAD_ID };
          },
        },
      },
    });
    await user.type(await screen.findByLabelText('Subject'), 'Income proof');
    await user.selectOptions(screen.getByLabelText('What is it about?'), 'payments');
    await user.type(screen.getByLabelText('Your message'), 'My payslip is attached.');
    await user.upload(
      screen.getByLabelText('Attach files (optional)'),
      new File(['%PDF-1.7'], 'payslip.pdf', { type: 'application/pdf' }),
    );
    const files = await screen.findByRole('list', { name: 'Files to send' });
    expect(within(files).getByRole('button', { name: 'Remove payslip.pdf' })).toBeDefined();
    expect(fetchSpy).toHaveBeenCalledWith(
      '/api/messages/attachments',
      expect.objectContaining({ method: 'POST' }),
    );

    await user.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/messages/${THREAD_ID}`);
    });
    expect(started).toEqual([
      {
        subject: 'Income proof',
        category: 'payments',
        body: 'My payslip is attached.',
        attachmentIds: [ATTACHMENT_ID],
      },
    ]);
  });

  it('says why a file was refused, before and after uploading', async () => {
    const user = userEvent.setup({ applyAccept: false });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({
          error: {
            message: 'The file is not what its name says it is.',
            reason: 'type_mismatch',
          },
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      ),
    );
    renderApp({
      at: '/messages/new',
      api: { auth: { me: () => testCustomer() }, messages: { unreadCount: () => ({ unread: 0 }) } },
    });
    const input = await screen.findByLabelText('Attach files (optional)');
    await user.upload(input, new File(['MZ'], 'setup.exe'));
    expect(await screen.findByText('setup.exe is not a PDF, PNG or JPEG file.')).toBeDefined();
    await user.upload(input, new File(['fake'], 'statement.pdf'));
    expect(
      await screen.findByText('statement.pdf: The file is not what its name says it is.'),
    ).toBeDefined();
    expect(screen.queryByRole('list', { name: 'Files to send' })).toBeNull();
  });

  it('answers a conversation that is not the customer’s as not found', async () => {
    renderApp({
      at: `/messages/${THREAD_ID}`,
      api: {
        auth: { me: () => testCustomer() },
        messages: {
          unreadCount: () => ({ unread: 0 }),
          get: () => {
            throw new FakeApiError('NOT_FOUND', 'We could not find what you asked for.');
          },
        },
      },
    });
    expect(await screen.findByText('We could not find what you asked for.')).toBeDefined();
  });
});
