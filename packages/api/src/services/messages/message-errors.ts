import { TRPCError } from '@trpc/server';
import { AttachmentNotAvailable } from './attachment-store.js';

/** The same answer for another customer's thread as for one that does not exist (no IDOR oracle). */
export function threadNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that conversation.' });
}

/** Turns an attachment that was not the sender's free upload into the answer the sender sees. */
export function asAttachmentError(error: unknown): unknown {
  if (!(error instanceof AttachmentNotAvailable)) return error;
  return new TRPCError({
    code: 'NOT_FOUND',
    message: 'We could not find one of your attachments. Please upload it again.',
    cause: error,
  });
}
