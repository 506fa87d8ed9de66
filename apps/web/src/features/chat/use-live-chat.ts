import { applyChatEvent, EMPTY_TRANSCRIPT, type ChatTranscript } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';

/** At most one "typing" signal this often. */
const TYPING_EVERY_MS = 3000;
/** How long to wait before opening a closed stream again. */
const RESUME_AFTER_MS = 1000;

/**
 * A chat for its customer: the transcript kept from the stream (each message once, however often
 * the connection drops and replays), sending, typing and read receipts while the page is visible.
 */
export function useLiveChat(threadId: string) {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const [transcript, setTranscript] = useState<ChatTranscript>(EMPTY_TRANSCRIPT);
  const [sendError, setSendError] = useState<string | null>(null);
  const lastTyping = useRef(0);
  // One id per message until it is taken, so a retry after a failure cannot write it twice.
  const unsentId = useRef<string | null>(null);
  // A stream the browser gave up on (closed, not retrying) is opened again after a pause, resuming
  // after the newest message we hold: the server replays only what came after it.
  const [resumeAfter, setResumeAfter] = useState<string | null>(null);
  const events = useSubscription(
    trpc.chat.events.subscriptionOptions(
      { threadId, lastEventId: resumeAfter },
      {
        onData: (event) => {
          // Messages arrive tracked ({ id, data }); state and typing arrive as they are.
          const value = 'data' in event ? event.data : event;
          setTranscript((current) => applyChatEvent(current, value, Date.now()));
        },
      },
    ),
  );
  const newestSeq = transcript.lines.at(-1)?.seq ?? 0;
  useEffect(() => {
    // An answer from the API (the session ended, the chat is not theirs) is final; a lost
    // connection is not.
    if (events.status !== 'error' || events.error.data?.code !== undefined) return;
    const timer = setTimeout(() => {
      setResumeAfter(newestSeq === 0 ? null : String(newestSeq));
      events.reset();
    }, RESUME_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [events, newestSeq]);
  const send = useMutation(trpc.chat.send.mutationOptions());
  const typing = useMutation(trpc.chat.typing.mutationOptions());
  const markRead = useMutation(trpc.chat.markRead.mutationOptions());
  const end = useMutation(trpc.chat.end.mutationOptions());

  // Staff's newest line read while the page is in view: their window shows "Read".
  const newestFromStaff = transcript.lines.findLast((line) => line.author === 'staff')?.seq ?? 0;
  const { mutate: markReadMutate } = markRead;
  useEffect(() => {
    if (newestFromStaff === 0) return;
    const mark = () => {
      if (document.visibilityState === 'visible') markReadMutate({ threadId });
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => {
      document.removeEventListener('visibilitychange', mark);
    };
  }, [newestFromStaff, threadId, markReadMutate]);

  const onSend = useCallback(
    async (body: string) => {
      setSendError(null);
      unsentId.current ??= crypto.randomUUID();
      try {
        await send.mutateAsync({ threadId, body, messageId: unsentId.current });
        unsentId.current = null;
        return true;
      } catch (error) {
        setSendError(toProblem(error).message);
        return false;
      }
    },
    [send, threadId, toProblem],
  );

  const onTyping = useCallback(() => {
    const now = Date.now();
    if (now - lastTyping.current < TYPING_EVERY_MS) return;
    lastTyping.current = now;
    typing.mutate({ threadId });
  }, [typing, threadId]);

  return {
    transcript,
    // The link reconnects by itself after a drop, resuming after the last event it saw.
    reconnecting:
      (events.status === 'connecting' || events.status === 'error') && transcript.state !== null,
    onSend,
    onTyping,
    sending: send.isPending,
    sendError,
    end,
  };
}
