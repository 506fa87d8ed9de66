import { TRPCError } from '@trpc/server';

/** Another customer's chat answers exactly like one that does not exist (no IDOR oracle). */
export function chatNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that chat.' });
}

export function chatEnded(): TRPCError {
  return new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: 'This chat has ended. You can send us a secure message instead.',
  });
}

export function chatClosedNow(): TRPCError {
  return new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: 'Nobody is free to chat just now. Please send us a secure message instead.',
  });
}

/**
 * The instance is shutting down: a retryable answer, so the browser reconnects (to another
 * instance) with its last event id instead of taking the chat for finished.
 */
export function chatServerRestarting(): TRPCError {
  return new TRPCError({
    code: 'SERVICE_UNAVAILABLE',
    message: 'We are reconnecting your chat. One moment.',
  });
}

export function notYourChat(): TRPCError {
  return new TRPCError({
    code: 'FORBIDDEN',
    message:
      'A colleague is answering this chat. Accept it from the queue or ask them to transfer it.',
  });
}
