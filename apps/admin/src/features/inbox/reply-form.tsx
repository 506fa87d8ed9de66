import { zodResolver } from '@hookform/resolvers/zod';
import { messageBodyField } from '@marque/schemas';
import { Alert, Button, ErrorSummary, Field } from '@marque/ui';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { showApiProblem, summaryOf } from '../../forms/form-errors.js';

const replyForm = z.object({ body: messageBodyField });
type ReplyValues = z.input<typeof replyForm>;

export interface ReplyFormProps {
  heading: string;
  /** Under the reply box: who reads it and how. */
  hint: string;
  /** Sends the reply; resolves with what to tell staff once it has gone. */
  send: (body: string) => Promise<string>;
  /** Holds the send back, e.g. while a file uploads. */
  disabled?: boolean;
  /** More of the reply below the box, e.g. attachments. */
  children?: ReactNode;
}

/** Staff's reply to a customer: the box, its errors, and what happened once it was sent. */
export function ReplyForm({ heading, hint, send, disabled, children }: ReplyFormProps) {
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string } | null>(
    null,
  );
  const form = useForm<ReplyValues>({
    resolver: zodResolver(replyForm),
    defaultValues: { body: '' },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setOutcome(null);
    try {
      const sent = await send(values.body);
      form.reset();
      setOutcome({ tone: 'success', message: sent });
    } catch (error) {
      const message = showApiProblem(apiProblem(error), form.setError, ['body']);
      if (message !== null) setOutcome({ tone: 'error', message });
    }
  });
  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">{heading}</h2>
      {outcome === null ? null : <Alert tone={outcome.tone}>{outcome.message}</Alert>}
      <ErrorSummary problems={summaryOf(errors, ['body'])} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field id="body" label="Your reply" hint={hint} error={errors.body?.message}>
          {(control) => (
            <textarea
              rows={6}
              {...form.register('body')}
              {...control}
              className="mq-input message-body"
            />
          )}
        </Field>
        {children}
        <Button type="submit" busy={form.formState.isSubmitting} disabled={disabled}>
          Send reply
        </Button>
      </form>
    </section>
  );
}
