import { CHAT_OUTCOMES, type ChatOutcome } from '@marque/schemas';
import { Alert, Button, ChatWindow, Spinner } from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiProblem } from '../api-problem.js';
import { useSignedInStaff } from '../features/auth/require-staff.js';
import { useStaffChat } from '../features/chat/use-staff-chat.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

const OUTCOME_LABELS: Readonly<Record<ChatOutcome, string>> = {
  resolved: 'Resolved',
  follow_up: 'Needs a follow-up',
  no_response: 'Customer stopped replying',
  customer_left: 'Customer left',
};

/** One chat: the live transcript, and for the member answering it, transfer and end. */
export function Component() {
  const { threadId = '' } = useParams();
  const trpc = useTRPC();
  const chat = useQuery(trpc.chat.get.queryOptions({ threadId }));
  return (
    <Page title={chat.data === undefined ? 'Chat' : `Chat with ${chat.data.customerName}`}>
      <p>
        <Link to="/chats">Back to the chat queue</Link>
        {chat.data === undefined ? null : (
          <>
            {' · '}
            <Link to={`/customers/${chat.data.customerId}`}>Customer record</Link>
          </>
        )}
      </p>
      {chat.isError ? <Alert tone="error">{apiProblem(chat.error).message}</Alert> : null}
      {chat.data === undefined ? <Spinner label="Loading the chat…" /> : null}
      {chat.data === undefined ? null : (
        <LiveChat
          threadId={threadId}
          customerName={chat.data.customerName}
          answeredBy={chat.data.staffId}
        />
      )}
    </Page>
  );
}

function LiveChat({
  threadId,
  customerName,
  answeredBy,
}: {
  threadId: string;
  customerName: string;
  answeredBy: string | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const member = useSignedInStaff();
  const chat = useStaffChat(threadId);
  const state = chat.transcript.state;
  // Who answers is read again whenever the chat changes hands or ends.
  const handsKey = `${state?.status ?? ''}/${state?.staffName ?? ''}`;
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.chat.get.queryKey({ threadId }) });
  }, [handsKey, queryClient, trpc, threadId]);
  const answering = state?.status === 'active' && answeredBy === member.id;
  const status =
    state === null
      ? 'Connecting…'
      : state.status === 'waiting'
        ? 'Waiting in the queue: accept it there to answer.'
        : state.status === 'active'
          ? `Answered by ${state.staffName ?? 'a colleague'}.`
          : `Ended${state.outcome === null ? '' : `: ${OUTCOME_LABELS[state.outcome as ChatOutcome]}`}.`;
  return (
    <>
      {chat.streamError === null ? null : <Alert tone="error">{chat.streamError}</Alert>}
      <ChatWindow
        transcript={chat.transcript}
        viewer="staff"
        names={{ customer: customerName, staff: state?.staffName ?? 'Staff' }}
        status={status}
        reconnecting={chat.reconnecting}
        canWrite={answering}
        onSend={chat.onSend}
        onTyping={chat.onTyping}
        sending={chat.sending}
        sendError={chat.sendError}
        actions={answering ? <ChatActions threadId={threadId} /> : undefined}
      />
    </>
  );
}

function ChatActions({ threadId }: { threadId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const member = useSignedInStaff();
  const queue = useQuery(trpc.chat.queue.queryOptions());
  const transfer = useMutation(trpc.chat.transfer.mutationOptions());
  const end = useMutation(trpc.chat.end.mutationOptions());
  const [toStaffId, setToStaffId] = useState('');
  const [outcome, setOutcome] = useState<ChatOutcome>('resolved');
  const colleagues = queue.data?.online.filter((colleague) => colleague.id !== member.id) ?? [];
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.chat.pathKey() });
  };
  const problem = transfer.error ?? end.error;
  return (
    <>
      {problem === null ? null : <Alert tone="error">{apiProblem(problem).message}</Alert>}
      <form
        className="chat-action"
        onSubmit={(event) => {
          event.preventDefault();
          transfer.mutate({ threadId, toStaffId }, { onSuccess: refresh });
        }}
      >
        <label htmlFor="transfer-to" className="mq-field__label">
          Transfer to
        </label>
        <select
          id="transfer-to"
          className="mq-select"
          value={toStaffId}
          onChange={(event) => {
            setToStaffId(event.target.value);
          }}
        >
          <option value="">
            {colleagues.length === 0 ? 'No colleague online' : 'Choose a colleague'}
          </option>
          {colleagues.map((colleague) => (
            <option key={colleague.id} value={colleague.id}>
              {colleague.displayName}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          busy={transfer.isPending}
          disabled={toStaffId === ''}
        >
          Transfer
        </Button>
      </form>
      <form
        className="chat-action"
        onSubmit={(event) => {
          event.preventDefault();
          end.mutate({ threadId, outcome }, { onSuccess: refresh });
        }}
      >
        <label htmlFor="chat-outcome" className="mq-field__label">
          Outcome
        </label>
        <select
          id="chat-outcome"
          className="mq-select"
          value={outcome}
          onChange={(event) => {
            setOutcome(event.target.value as ChatOutcome);
          }}
        >
          {CHAT_OUTCOMES.filter((value) => value !== 'customer_left').map((value) => (
            <option key={value} value={value}>
              {OUTCOME_LABELS[value]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="danger" busy={end.isPending}>
          End chat
        </Button>
      </form>
    </>
  );
}
