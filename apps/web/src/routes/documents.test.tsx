import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DocumentsAnswer } from '../features/documents/document-api-types.js';
import { testCustomer } from '../features/security/test-customer.js';
import { FakeApiError, type FakeApi } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

const AGREEMENT = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';

function answer(paperless: boolean): DocumentsAnswer {
  return {
    paperless,
    documents: [
      {
        id: 'b6f1c2d3-0000-4000-8000-000000000003',
        kind: 'statement',
        title: 'Statement for October 2026',
        period: '2026-10',
        agreementId: AGREEMENT,
        agreementNumber: 'MQ20240101',
        createdAt: '2026-11-01T06:00:00.000Z',
        size: 4_230,
      },
      {
        id: 'b6f1c2d3-0000-4000-8000-000000000002',
        kind: 'lockout_letter',
        title: 'Online sign-in paused',
        period: null,
        agreementId: null,
        agreementNumber: null,
        createdAt: '2026-10-12T10:00:00.000Z',
        size: 2_900,
      },
      {
        id: 'b6f1c2d3-0000-4000-8000-000000000001',
        kind: 'credit_agreement',
        title: 'Hire purchase agreement',
        period: null,
        agreementId: AGREEMENT,
        agreementNumber: 'MQ20240101',
        createdAt: '2024-01-08T09:00:00.000Z',
        size: 6_100,
      },
    ],
  };
}

function renderDocuments(documents: FakeApi['documents']) {
  return renderApp({
    at: '/documents',
    api: { auth: { me: () => testCustomer() }, documents },
  });
}

describe('the Documents page', () => {
  it('lists documents by agreement, newest first, with type, date, size and a named download link', async () => {
    renderDocuments({ list: () => answer(true) });

    const agreement = await screen.findByRole('region', { name: 'Agreement MQ20240101' });
    const items = within(agreement).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining(
        'Statement for October 2026Monthly statement · 1 November 2026 · 4.2 KB',
      ),
      expect.stringContaining('Hire purchase agreementCredit agreement · 8 January 2024 · 6.1 KB'),
    ]);
    const download = within(agreement).getByRole('link', {
      name: 'Download Statement for October 2026 (PDF)',
    });
    expect(download.getAttribute('href')).toBe(
      '/api/documents/b6f1c2d3-0000-4000-8000-000000000003',
    );
    expect(download.hasAttribute('download')).toBe(true);
    const account = screen.getByRole('region', { name: 'About your online account' });
    expect(within(account).getByText('Online sign-in paused')).toBeTruthy();
    expect(document.title).toBe('Statements and documents – Marque Motor Finance');
  });

  it('switches to paper, saves at once and says so', async () => {
    let paperless = true;
    const saved: unknown[] = [];
    renderDocuments({
      list: () => answer(paperless),
      setPaperless: (input) => {
        saved.push(input);
        paperless = (input).paperless;
        return { paperless };
      },
    });

    const toggle = await screen.findByRole('switch', { name: 'Paperless statements and letters' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await userEvent.click(toggle);

    expect(await screen.findByText('Saved: we will post your documents to you.')).toBeTruthy();
    expect(saved).toEqual([{ paperless: false }]);
    await waitFor(() => {
      expect((toggle as HTMLInputElement).checked).toBe(false);
    });
    expect(
      screen.getByText(/we post your statements and letters to your home address/),
    ).toBeTruthy();
  });

  it('shows why a change did not save, keeping the switch as it was', async () => {
    renderDocuments({
      list: () => answer(true),
      setPaperless: () => {
        throw new FakeApiError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side.');
      },
    });
    const toggle = await screen.findByRole('switch', { name: 'Paperless statements and letters' });
    await userEvent.click(toggle);
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => {
      expect((toggle as HTMLInputElement).checked).toBe(true);
    });
  });

  it('says when there are no documents yet', async () => {
    renderDocuments({ list: () => ({ paperless: true, documents: [] }) });
    expect(await screen.findByText(/You have no documents yet/)).toBeTruthy();
  });
});
