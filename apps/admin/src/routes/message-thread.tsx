import { zodResolver } from '@hookform/resolvers/zod';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE, replyInput } from '@marque/schemas';
import {
  Alert,
  AttachmentLinks,
  AttachmentPicker,
  Button,
  Card,
  ErrorSummary,
  Field,
  type Attachment,
} from '@marque/ui';
import type { StaffRouterOutputs } from '@marque/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { apiProblem } from '../api-problem.js';
import { useBrand } from '../brand.js';
import { InstantText } from '../features/audit/instant-text.js';
import { AssignControl } from '../features/inbox/assign-control.js';
import { CloseCard } from '../features/inbox/close-card.js';
import { WorkItemPage } from '../features/inbox/work-item-page.js';
import { showApiProblem, summaryOf } from '../forms/form-errors.js';
import { useTRPC } from '../trpc.js';
import '../features/inbox/inbox.css';

type Thread = StaffRouterOutputs['messages']['thread'];
const replyForm = replyInput.pick({ body: true });
type ReplyValues = z.input<typeof replyForm>;

/** One conversation for staff: every message and file, who holds it, a reply, and closing it. */
export function Component() {
  const { threadId = '' } = useParams();
  const trpc = useTRPC();
  const thread = useQuery({ ...trpc.messages.thread.queryOptions({ threadId }), retry: false });
  return (
    <WorkItemPage
      title={(found) => found?.subject ?? 'Conversation'}
      back={{ to: '/messages', label: 'Back to messages' }}
      found={thread}
      loadingLabel="Loading the conversation…"
    >
      {(found) => <Conversation thread={found} />}
    </WorkItemPage>
  );
}

function Conversation({ thread }: { thread: Thread }) {
  const brand = useBrand();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assign = useMutation(trpc.messages.assign.mutationOptions());
  const close = useMutation(trpc.messages.close.mutationOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.messages.pathFilter());
  return (
    <div className="work-item">
      <div>
        <p>
          From <Link to={`/customers/${thread.customerId}`}>{thread.customerName}</Link> ·{' '}
          {thread.status === 'closed' ? 'Closed' : 'Open'}
        </p>
        <ol className="conversation" aria-label="Messages in this conversation">
          {thread.messages.map((message) => (
            <li
              key={message.id}
              className={`conversation__message conversation__message--${message.author}`}
            >
              <h2 className="conversation__author">
                {message.author === 'customer' ? thread.customerName : brand.name}
              </h2>
              <p className="conversation__time">
                <InstantText at={message.createdAt} />
                {message.readByRecipient
                  ? message.author === 'staff'
                    ? ' · Read by the customer'
                    : ''
                  : message.author === 'staff'
                    ? ' · Not yet read'
                    : ''}
              </p>
              <p className="conversation__body">{message.body}</p>
              <AttachmentLinks attachments={message.attachments} />
            </li>
          ))}
        </ol>
        <Card>
          <ReplyForm thread={thread} onSent={refresh} />
        </Card>
      </div>
      <div className="work-item__side">
        <Card>
          <AssignControl
            assignedStaffId={thread.assignedStaffId}
            assignedStaffName={thread.assignedStaffName}
            onAssign={async (staffId) => {
              await assign.mutateAsync({ threadId: thread.id, assignTo: staffId });
              await refresh();
            }}
          />
        </Card>
        {thread.status === 'open' ? (
          <CloseCard
            label="Close conversation"
            onClose={() => close.mutateAsync({ threadId: thread.id }).then(refresh)}
          >
            <p>Close the conversation once it is answered. A new message opens it again.</p>
          </CloseCard>
        ) : null}
      </div>
    </div>
  );
}

function ReplyForm({ thread, onSent }: { thread: Thread; onSent: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string } | null>(
    null,
  );
  const form = useForm<ReplyValues>({
    resolver: zodResolver(replyForm),
    defaultValues: { body: '' },
  });
  const { errors } = form.formState;
  const reply = useMutation(trpc.messages.reply.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setOutcome(null);
    try {
      await reply.mutateAsync({
        threadId: thread.id,
        body: values.body,
        attachmentIds: attachments.map((attachment) => attachment.id),
      });
      form.reset();
      setAttachments([]);
      await onSent();
      setOutcome({
        tone: 'success',
        message: 'Reply sent. The customer has been told a message is waiting.',
      });
    } catch (error) {
      const message = showApiProblem(apiProblem(error), form.setError, ['body']);
      if (message !== null) setOutcome({ tone: 'error', message });
    }
  });

  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply</h2>
      {outcome === null ? null : <Alert tone={outcome.tone}>{outcome.message}</Alert>}
      <ErrorSummary problems={summaryOf(errors, ['body'])} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field
          id="body"
          label="Your reply"
          hint="The customer reads it after signing in; the e-mail only says a message is waiting."
          error={errors.body?.message}
        >
          {(control) => (
            <textarea
              rows={6}
              {...form.register('body')}
              {...control}
              className="mq-input message-body"
            />
          )}
        </Field>
        <AttachmentPicker
          maxFiles={MAX_ATTACHMENTS_PER_MESSAGE}
          maxBytes={MAX_ATTACHMENT_BYTES}
          attachments={attachments}
          onChange={setAttachments}
          onBusyChange={setUploading}
        />
        <Button type="submit" busy={reply.isPending} disabled={uploading}>
          Send reply
        </Button>
      </form>
    </section>
  );
}
