import { z } from 'zod';

/** Ending one of the customer's sessions, by the id the session list gave. */
export const revokeSessionInput = z.object({
  sessionId: z.string().trim().min(1, 'Choose a session.').max(64, 'Choose a session.'),
});
