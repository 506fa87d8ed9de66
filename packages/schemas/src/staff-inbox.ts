import { z } from 'zod';
import { messageBodyField, threadIdField } from './messages.js';

/** Which part of a staff inbox to show: nobody's yet, the signed-in member's own, or everything. */
export const INBOX_QUEUES = ['unassigned', 'mine', 'all'] as const;
export type InboxQueue = (typeof INBOX_QUEUES)[number];

const queueField = z.enum(INBOX_QUEUES, { error: 'Choose unassigned, mine or all.' });

/** A colleague to give work to (an id from colleagues.list), or null to put it back in the queue. */
export const assigneeField = z
  .string({ error: 'Choose a colleague.' })
  .trim()
  .min(1, 'Choose a colleague.')
  .max(64, 'Choose a colleague.')
  .nullable();

/** Staff's list of secure-message threads. */
export const staffThreadsInput = z.object({
  queue: queueField.default('unassigned'),
  status: z
    .enum(['open', 'closed', 'any'], { error: 'Choose open, closed or any.' })
    .default('open'),
});

export const assignThreadInput = z.object({ threadId: threadIdField, assignTo: assigneeField });

/** Staff's list of contact-form cases. */
export const contactCasesInput = staffThreadsInput;

export const contactCaseInput = z.object({
  caseId: z.uuid({ error: 'We could not find that contact case.' }),
});

export const assignContactCaseInput = contactCaseInput.extend({ assignTo: assigneeField });

/** Staff's answer to a contact-form message: e-mailed to the address the sender gave. */
export const contactCaseReplyInput = contactCaseInput.extend({ body: messageBodyField });

/** Staff's list of reported transaction problems. */
export const transactionCasesInput = z.object({
  queue: queueField.default('unassigned'),
  status: z
    .enum(['undecided', 'open', 'investigating', 'resolved', 'rejected', 'any'], {
      error: 'Choose a status.',
    })
    .default('undecided'),
});

export const assignTransactionCaseInput = z.object({
  caseId: z.uuid({ error: 'We could not find that case.' }),
  assignTo: assigneeField,
});
