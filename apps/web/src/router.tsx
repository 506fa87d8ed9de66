import { Spinner } from '@marque/ui';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './features/auth/require-auth.js';
import { AppShell } from './shell/app-shell.js';
import { ErrorPage } from './shell/error-page.js';

/*
 * Every page is a file in routes/ loaded on first visit (its own bundle chunk). A route file exports
 * `Component`, which renders <Page title="…"> (shell/page.tsx) first so that focus and the document
 * title follow the route. The agreement's tabs are child routes of routes/agreement.tsx, which
 * renders the tab navigation and an <Outlet />.
 */
export const routes: RouteObject[] = [
  {
    Component: AppShell,
    ErrorBoundary: ErrorPage,
    HydrateFallback: () => <Spinner />,
    children: [
      {
        ErrorBoundary: ErrorPage,
        children: [
          { path: 'sign-in', lazy: () => import('./routes/sign-in.js') },
          { path: 'sign-in/verify', lazy: () => import('./routes/sign-in-verify.js') },
          { path: 'register', lazy: () => import('./routes/register.js') },
          { path: 'verify-email', lazy: () => import('./routes/verify-email.js') },
          { path: 'forgot-password', lazy: () => import('./routes/forgot-password.js') },
          { path: 'reset-password', lazy: () => import('./routes/reset-password.js') },
          { path: 'forgot-username', lazy: () => import('./routes/forgot-username.js') },
          { path: 'help', lazy: () => import('./routes/help.js') },
          { path: 'contact', lazy: () => import('./routes/contact.js') },
          { path: 'not-me', lazy: () => import('./routes/not-me.js') },
          { path: 'confirm-email', lazy: () => import('./routes/profile-confirm-email.js') },
          {
            Component: RequireAuth,
            children: [
              { index: true, lazy: () => import('./routes/dashboard.js') },
              {
                path: 'agreements/:agreementId',
                lazy: () => import('./routes/agreement.js'),
                children: [
                  { index: true, lazy: () => import('./routes/agreement-overview.js') },
                  { path: 'payments', lazy: () => import('./routes/agreement-payments.js') },
                  { path: 'pay', lazy: () => import('./routes/agreement-pay.js') },
                  { path: 'schedule', lazy: () => import('./routes/agreement-schedule.js') },
                  {
                    path: 'transactions',
                    lazy: () => import('./routes/agreement-transactions.js'),
                  },
                  { path: 'settlement', lazy: () => import('./routes/agreement-settlement.js') },
                  { path: 'overpayment', lazy: () => import('./routes/agreement-overpayment.js') },
                  {
                    path: 'voluntary-termination',
                    lazy: () => import('./routes/agreement-voluntary-termination.js'),
                  },
                  { path: 'end-of-term', lazy: () => import('./routes/agreement-end-of-term.js') },
                ],
              },
              { path: 'payments/:paymentId', lazy: () => import('./routes/payment.js') },
              {
                path: 'report-a-problem/:entryType/:entryId',
                lazy: () => import('./routes/report-problem.js'),
              },
              { path: 'documents', lazy: () => import('./routes/documents.js') },
              { path: 'security', lazy: () => import('./routes/security.js') },
              { path: 'profile', lazy: () => import('./routes/profile.js') },
              { path: 'messages', lazy: () => import('./routes/messages.js') },
              { path: 'messages/new', lazy: () => import('./routes/message-new.js') },
              { path: 'messages/:threadId', lazy: () => import('./routes/message-thread.js') },
              { path: 'chat', lazy: () => import('./routes/chat.js') },
            ],
          },
          { path: '*', lazy: () => import('./routes/not-found.js') },
        ],
      },
    ],
  },
];

/** The app's router over the browser's history. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
