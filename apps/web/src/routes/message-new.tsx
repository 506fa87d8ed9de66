import { zodResolver } from '@hookform/resolvers/zod';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_MESSAGE,
  startThreadInput,
} from '@marque/schemas';
import {
  Alert,
  AttachmentPicker,
  Button,
  ErrorSummary,
  Field,
  TextField,
  type Attachment,
} from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { CATEGORY_CHOICES } from '../features/messages/category-names.js';
import { MessageBodyField } from '../features/messages/message-body-field.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';
import '../features/messages/messages.css';

const newMessageForm = startThreadInput.omit({ attachmentIds: true });
type NewMessageValues = z.input<typeof newMessageForm>;

/** Writes a new secure message: a subject, what it is about, the message and any files. */
export function Component() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toProblem = useApiProblem();
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<NewMessageValues>({
    resolver: zodResolver(newMessageForm),
    defaultValues: { subject: '', category: '' as NewMessageValues['category'], body: '' },
  });
  const { errors } = form.formState;
  const start = useMutation(trpc.messages.start.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { threadId } = await start.mutateAsync({
        ...values,
        attachmentIds: attachments.map((attachment) => attachment.id),
      });
      await queryClient.invalidateQueries({ queryKey: trpc.messages.list.queryKey() });
      await navigate(`/messages/${threadId}`);
    } catch (error) {
      setFailure(
        applyApiProblem(toProblem(error), form.setError, {
          subject: 'subject',
          category: 'category',
          body: 'body',
        }),
      );
    }
  });

  return (
    <Page title="New message">
      <p>
        <Link to="/messages">Back to messages</Link>
      </p>
      <ErrorSummary problems={formProblems(errors, ['subject', 'category', 'body'])} />
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="subject"
          label="Subject"
          maxLength={120}
          error={errors.subject?.message}
          {...form.register('subject')}
        />
        <Field id="category" label="What is it about?" error={errors.category?.message}>
          {(control) => (
            <select className="mq-select" {...control} {...form.register('category')}>
              <option value="">Choose a topic</option>
              {CATEGORY_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MessageBodyField
          id="body"
          label="Your message"
          hint="Please do not include your password, security codes or full card number: we never need them."
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
          <Button type="submit" busy={start.isPending} disabled={uploading}>
            Send message
          </Button>
        </div>
      </form>
    </Page>
  );
}
