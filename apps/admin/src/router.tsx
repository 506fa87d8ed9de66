import { Spinner } from '@marque/ui';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireRole, RequireStaff } from './features/auth/require-staff.js';
import { ConsoleShell } from './shell/console-shell.js';
import { ErrorPage } from './shell/error-page.js';

/*
 * Every page is a file in routes/ loaded on first visit, exporting `Component`, which renders
 * <Page title="…"> first. Sections for a role and above sit under RequireRole (the navigation in
 * features/navigation/console-sections.ts lists the same minimum roles); the API enforces them.
 */
export const routes: RouteObject[] = [
  {
    Component: ConsoleShell,
    ErrorBoundary: ErrorPage,
    HydrateFallback: () => <Spinner />,
    children: [
      {
        ErrorBoundary: ErrorPage,
        children: [
          { path: 'sign-in', lazy: () => import('./routes/sign-in.js') },
          { path: 'sign-in/code', lazy: () => import('./routes/sign-in-code.js') },
          { path: 'sign-in/enrol', lazy: () => import('./routes/sign-in-enrol.js') },
          { path: 'invitation', lazy: () => import('./routes/invitation.js') },
          {
            Component: RequireStaff,
            children: [
              { index: true, lazy: () => import('./routes/overview.js') },
              { path: 'customers', lazy: () => import('./routes/customers.js') },
              { path: 'customers/:customerId', lazy: () => import('./routes/customer.js') },
              { path: 'payments', lazy: () => import('./routes/payments.js') },
              { path: 'onboarding', lazy: () => import('./routes/onboarding.js') },
              { path: 'messages', lazy: () => import('./routes/messages.js') },
              { path: 'messages/:threadId', lazy: () => import('./routes/message-thread.js') },
              { path: 'chats', lazy: () => import('./routes/chats.js') },
              { path: 'chats/:threadId', lazy: () => import('./routes/chat.js') },
              { path: 'contact-cases', lazy: () => import('./routes/contact-cases.js') },
              { path: 'contact-cases/:caseId', lazy: () => import('./routes/contact-case.js') },
              { path: 'cases', lazy: () => import('./routes/cases.js') },
              { path: 'cases/:caseId', lazy: () => import('./routes/case.js') },
              {
                element: <RequireRole minRole="supervisor" />,
                children: [
                  { path: 'audit', lazy: () => import('./routes/audit.js') },
                  { path: 'refunds', lazy: () => import('./routes/refunds.js') },
                  { path: 'runs', lazy: () => import('./routes/runs.js') },
                ],
              },
              {
                element: <RequireRole minRole="admin" />,
                children: [
                  { path: 'staff', lazy: () => import('./routes/staff.js') },
                  { path: 'mailbox', lazy: () => import('./routes/mailbox.js') },
                  { path: 'mailbox/:messageId', lazy: () => import('./routes/mailbox-message.js') },
                ],
              },
            ],
          },
          { path: '*', lazy: () => import('./routes/not-found.js') },
        ],
      },
    ],
  },
];

/** The console's router over the browser's history. */
export function createConsoleRouter() {
  return createBrowserRouter(routes);
}
