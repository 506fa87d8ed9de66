import { zodResolver } from '@hookform/resolvers/zod';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE, replyInput } from '@marque/schemas';
import {
  Alert,
  AttachmentLinks,
  AttachmentPicker,
  Button,
  ErrorSummary,
  Spinner,
  type Attachment,
} from '@marque/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { useBrand } from '../brand.js';
import { CATEGORY_NAMES } from '../features/messages/category-names.js';
import { MessageBodyField } from '../features/messages/message-body-field.js';
import type { Thread } from '../features/messages/message-types.js';
import { formatDateTime } from '../features/security/date-time.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';
import '../features/messages/messages.css';

const replyForm = replyInput.pick({ body: true });
type ReplyValues = z.input<typeof replyForm>;

/** One conversation: every message in order, its files, and a reply form. */
export function Component() {
  const { threadId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const thread = useQuery(trpc.messages.get.queryOptions({ threadId }));
  // Opening the thread marks staff's messages read: the header's count follows.
  useEffect(() => {
    if (thread.data !== undefined) {
      void queryClient.invalidateQueries({ queryKey: trpc.messages.unreadCount.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.messages.list.queryKey() });
    }
  }, [thread.data, queryClient, trpc]);

  return (
    <Page title={thread.data?.subject ?? 'Conversation'}>
      <p>
        <Link to="/messages">Back to messages</Link>
      </p>
      {thread.isPending ? <Spinner label="Loading the conversation" /> : null}
      {thread.isError ? <Alert tone="error">{thread.error.message}</Alert> : null}
      {thread.data === undefined ? null : <Conversation thread={thread.data} />}
    </Page>
  );
}

function Conversation({ thread }: { thread: Thread }) {
  const brand = useBrand();
  return (
    <>
      <p>
        {CATEGORY_NAMES[thread.category]} · {thread.status === 'closed' ? 'Closed' : 'Open'}
      </p>
      <ol className="conversation" aria-label="Messages in this conversation">
        {thread.messages.map((message) => (
          <li
            key={message.id}
            className={`conversation__message conversation__message--${message.author}`}
          >
            <h2 className="conversation__author">
              {message.author === 'customer' ? 'You' : brand.name}
            </h2>
            <p className="conversation__time">
              {formatDateTime(message.createdAt, brand.locale)}
              {message.author === 'customer' && message.readByRecipient ? ' · Read' : ''}
            </p>
            <p className="conversation__body">{message.body}</p>
            <AttachmentLinks attachments={message.attachments} />
          </li>
        ))}
      </ol>
      <ReplyForm thread={thread} />
    </>
  );
}

function ReplyForm({ thread }: { thread: Thread }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toProblem = useApiProblem();
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
      await queryClient.invalidateQueries({ queryKey: trpc.messages.get.queryKey() });
      setOutcome({ tone: 'success', message: 'Your reply has been sent.' });
    } catch (error) {
      const message = applyApiProblem(toProblem(error), form.setError, { body: 'body' });
      if (message !== null) setOutcome({ tone: 'error', message });
    }
  });

  return (
    <section aria-labelledby="reply-heading" className="reply">
      <h2 id="reply-heading">Reply</h2>
      {thread.status === 'closed' ? (
        <p>This conversation is closed. If you reply, we will open it again.</p>
      ) : null}
      {outcome === null ? null : <Alert tone={outcome.tone}>{outcome.message}</Alert>}
      <ErrorSummary problems={formProblems(errors, ['body'])} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <MessageBodyField
          id="body"
          label="Your reply"
          error={errors.body?.message}
          {...form.register('body')}
        />
        <AttachmentPicker
          maxFiles={MAX_ATTACHMENTS_PER_MESSAGE}
          maxBytes={MAX_ATTACHMENT_BYTES}
          attachments={attachments}
          onChange={setAttachments}
          onBusyChange={setUploading}
        />
        <div className="form-actions">
          <Button type="submit" busy={reply.isPending} disabled={uploading}>
            Send reply
          </Button>
        </div>
      </form>
    </section>
  );
}
