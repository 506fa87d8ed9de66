import { zodResolver } from '@hookform/resolvers/zod';
import { logContactInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, Field, TextField } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { showApiProblem, summaryOf } from '../../forms/form-errors.js';
import { useTRPC } from '../../trpc.js';
import './contact.css';

/**
 * The form's own fields: a local date and time (what a datetime-local control gives) becomes the
 * instant the API takes; everything else is the API's schema.
 */
const formSchema = logContactInput.omit({ customerId: true, occurredAt: true }).extend({
  occurredAt: z
    .string()
    .trim()
    .min(1, 'Enter when it happened.')
    .refine((value) => !Number.isNaN(new Date(value).getTime()), 'Enter a date and time.'),
});
type Values = z.input<typeof formSchema>;
const resolver = zodResolver(formSchema);
const FIELDS = ['channel', 'direction', 'occurredAt', 'summary', 'followUpOn'] as const;

/** Now as a datetime-local control's value (to the second), in the browser's own time zone. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
}

/** Logs a phone call or a letter on the customer's record, for the contact timeline. */
export function LogContactForm({
  customerId,
  onLogged,
}: {
  customerId: string;
  onLogged: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const log = useMutation(trpc.contactRecord.log.mutationOptions());
  const defaults: Values = {
    channel: 'phone',
    direction: 'inbound',
    occurredAt: localNow(),
    summary: '',
    followUpOn: '',
  };
  const form = useForm<Values>({ resolver, defaultValues: defaults });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    try {
      await log.mutateAsync({
        customerId,
        channel: values.channel,
        direction: values.direction,
        occurredAt: new Date(values.occurredAt).toISOString(),
        summary: values.summary,
        followUpOn: values.followUpOn,
      });
      form.reset({ ...defaults, occurredAt: localNow() });
      setSaved(true);
      await onLogged();
    } catch (error) {
      setFailure(showApiProblem(apiProblem(error), form.setError, FIELDS));
    }
  });

  return (
    <details className="log-contact">
      <summary>Log a call or letter</summary>
      {saved ? <Alert tone="success">Added to the contact record.</Alert> : null}
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <ErrorSummary problems={summaryOf(errors, [...FIELDS])} />
      <form noValidate className="log-contact__form" onSubmit={(event) => void submit(event)}>
        <Field id="channel" label="How" error={errors.channel?.message}>
          {(control) => (
            <select className="mq-select" {...control} {...form.register('channel')}>
              <option value="phone">Phone call</option>
              <option value="letter">Letter</option>
            </select>
          )}
        </Field>
        <Field id="direction" label="Who got in touch" error={errors.direction?.message}>
          {(control) => (
            <select className="mq-select" {...control} {...form.register('direction')}>
              <option value="inbound">The customer contacted us</option>
              <option value="outbound">We contacted the customer</option>
            </select>
          )}
        </Field>
        <TextField
          id="occurredAt"
          type="datetime-local"
          step={1}
          label="When"
          error={errors.occurredAt?.message}
          {...form.register('occurredAt')}
        />
        <Field id="summary" label="Summary" error={errors.summary?.message}>
          {(control) => (
            <textarea
              rows={4}
              {...form.register('summary')}
              {...control}
              className="mq-input log-contact__summary"
            />
          )}
        </Field>
        <TextField
          id="followUpOn"
          type="date"
          label="Follow up on (optional)"
          error={errors.followUpOn?.message}
          {...form.register('followUpOn')}
        />
        <Button type="submit" busy={log.isPending}>
          Add to the record
        </Button>
      </form>
    </details>
  );
}
