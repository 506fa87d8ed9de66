import { applyChatEvent, EMPTY_TRANSCRIPT, type ChatTranscript } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';

const TYPING_EVERY_MS = 3000;

/** A chat in the console: the streamed transcript (each message once), sending, typing, reading. */
export function useStaffChat(threadId: string) {
  const trpc = useTRPC();
  const [transcript, setTranscript] = useState<ChatTranscript>(EMPTY_TRANSCRIPT);
  const [sendError, setSendError] = useState<string | null>(null);
  const lastTyping = useRef(0);
  // One id per message until it is taken, so a retry after a failure cannot write it twice.
  const unsentId = useRef<string | null>(null);
  const events = useSubscription(
    trpc.chat.events.subscriptionOptions(
      { threadId },
      {
        onData: (event) => {
          // Messages arrive tracked ({ id, data }); state and typing arrive as they are.
          const value = 'data' in event ? event.data : event;
          setTranscript((current) => applyChatEvent(current, value, Date.now()));
        },
      },
    ),
  );
  const send = useMutation(trpc.chat.send.mutationOptions());
  const typing = useMutation(trpc.chat.typing.mutationOptions());
  const { mutate: markRead } = useMutation(trpc.chat.markRead.mutationOptions());

  const newestFromCustomer =
    transcript.lines.findLast((line) => line.author === 'customer')?.seq ?? 0;
  useEffect(() => {
    if (newestFromCustomer > 0 && document.visibilityState === 'visible') markRead({ threadId });
  }, [newestFromCustomer, threadId, markRead]);

  const onSend = useCallback(
    async (body: string) => {
      setSendError(null);
      unsentId.current ??= crypto.randomUUID();
      try {
        await send.mutateAsync({ threadId, body, messageId: unsentId.current });
        unsentId.current = null;
        return true;
      } catch (error) {
        setSendError(apiProblem(error).message);
        return false;
      }
    },
    [send, threadId],
  );

  const onTyping = useCallback(() => {
    const now = Date.now();
    if (now - lastTyping.current < TYPING_EVERY_MS) return;
    lastTyping.current = now;
    typing.mutate({ threadId });
  }, [typing, threadId]);

  return {
    transcript,
    reconnecting: events.status === 'connecting' && transcript.state !== null,
    streamError: events.status === 'error' ? apiProblem(events.error).message : null,
    onSend,
    onTyping,
    sending: send.isPending,
    sendError,
  };
}
