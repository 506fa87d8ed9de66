import { startChatInput } from '@marque/schemas';
import { Alert, Button, ChatWindow, Spinner } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { useLiveChat } from '../features/chat/use-live-chat.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

/** Live chat: start one while someone can answer, or carry on the one under way. */
export function Component() {
  const trpc = useTRPC();
  const current = useQuery(trpc.chat.current.queryOptions());
  return (
    <Page title="Chat with us">
      {current.isPending ? <Spinner label="Loading your chat" /> : null}
      {current.isError ? <Alert tone="error">{current.error.message}</Alert> : null}
      {current.data === undefined ? null : current.data === null ? (
        <StartChat />
      ) : (
        <LiveChat threadId={current.data.threadId} />
      )}
    </Page>
  );
}

function StartChat() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toProblem = useApiProblem();
  const availability = useQuery(trpc.chat.availability.queryOptions());
  const start = useMutation(trpc.chat.start.mutationOptions());
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  if (availability.isPending) return <Spinner label="Checking who is available" />;
  if (availability.data?.available !== true) {
    return (
      <>
        <Alert tone="info">
          {availability.data?.reason === 'closed'
            ? `Live chat is open ${availability.data.hours} (UK time, not on bank holidays).`
            : 'Everyone on our team is busy just now.'}{' '}
          Send us a secure message and we will reply as soon as we can.
        </Alert>
        <p>
          <Link to="/messages/new" className="mq-button mq-button--primary">
            Send a secure message
          </Link>
        </p>
      </>
    );
  }

  async function submit(event: React.SyntheticEvent) {
    event.preventDefault();
    const parsed = startChatInput.safeParse({ body });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Write your message.');
      return;
    }
    setProblem(null);
    try {
      await start.mutateAsync(parsed.data);
      await queryClient.invalidateQueries({ queryKey: trpc.chat.current.queryKey() });
    } catch (error) {
      setProblem(toProblem(error).message);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="mq-chat">
      <p>Someone from our team is online now. Tell us what you need and we will join you.</p>
      <div className={`mq-field${problem === null ? '' : ' mq-field--error'}`}>
        <label htmlFor="chat-first" className="mq-field__label">
          How can we help?
        </label>
        {problem === null ? null : (
          <p className="mq-field__error" id="chat-first-error" role="alert">
            {problem}
          </p>
        )}
        <textarea
          id="chat-first"
          className="mq-input mq-chat__input"
          rows={3}
          maxLength={2000}
          value={body}
          aria-describedby={problem === null ? undefined : 'chat-first-error'}
          aria-invalid={problem === null ? undefined : true}
          onChange={(event) => {
            setBody(event.target.value);
          }}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" busy={start.isPending}>
          Start chat
        </Button>
      </div>
    </form>
  );
}

function LiveChat({ threadId }: { threadId: string }) {
  const brand = useBrand();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const chat = useLiveChat(threadId);
  const state = chat.transcript.state;
  const staffName = state?.staffName ?? brand.name;
  const ended = state?.status === 'ended';
  const status =
    state === null
      ? 'Connecting…'
      : state.status === 'waiting'
        ? 'Waiting for someone from our team to join. You can keep writing.'
        : state.status === 'active'
          ? `You are chatting with ${staffName}.`
          : 'This chat has ended. A copy is in your messages.';

  return (
    <ChatWindow
      transcript={chat.transcript}
      viewer="customer"
      names={{ customer: 'You', staff: staffName }}
      status={status}
      reconnecting={chat.reconnecting}
      canWrite={!ended}
      onSend={chat.onSend}
      onTyping={chat.onTyping}
      sending={chat.sending}
      sendError={chat.sendError}
      actions={
        ended ? (
          <>
            <Link to={`/messages/${threadId}`}>Read the transcript in your messages</Link>
            <Button
              variant="secondary"
              onClick={() => {
                void queryClient.invalidateQueries({ queryKey: trpc.chat.current.queryKey() });
              }}
            >
              Start a new chat
            </Button>
          </>
        ) : (
          <Button
            variant="secondary"
            busy={chat.end.isPending}
            onClick={() => {
              chat.end.mutate({ threadId });
            }}
          >
            End chat
          </Button>
        )
      }
    />
  );
}
