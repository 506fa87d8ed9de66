import { zodResolver } from '@hookform/resolvers/zod';
import { auditFilterInput } from '@marque/schemas';
import { Button, ErrorSummary, Field, TextField } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { summaryOf } from '../../forms/form-errors.js';
import { useTRPC } from '../../trpc.js';

export type AuditFilterValues = z.input<typeof auditFilterInput>;
export type AuditFilter = Partial<z.output<typeof auditFilterInput>>;

const resolver = zodResolver(auditFilterInput);
const FIELDS = ['actor', 'customerId', 'event', 'from', 'to'] as const;
export const NO_FILTER: AuditFilterValues = {
  actor: '',
  customerId: '',
  event: '',
  from: '',
  to: '',
};

/** The audit log's filters; applying them starts the list again from the newest event. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const trpc = useTRPC();
  const eventTypes = useQuery({ ...trpc.audit.eventTypes.queryOptions(), staleTime: Infinity });
  const form = useForm<AuditFilterValues, unknown, z.output<typeof auditFilterInput>>({
    resolver,
    defaultValues: NO_FILTER,
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(onApply);

  return (
    <>
      <ErrorSummary problems={summaryOf(errors, [...FIELDS])} />
      <form noValidate className="filter-form" onSubmit={(event) => void submit(event)}>
        <TextField
          id="actor"
          label="Actor"
          hint="Staff username or actor id"
          autoComplete="off"
          spellCheck={false}
          error={errors.actor?.message}
          {...form.register('actor')}
        />
        <TextField
          id="customerId"
          label="Customer id"
          autoComplete="off"
          spellCheck={false}
          error={errors.customerId?.message}
          {...form.register('customerId')}
        />
        <Field id="event" label="Event type" error={errors.event?.message}>
          {(control) => (
            <select className="mq-select" {...control} {...form.register('event')}>
              <option value="">Any event</option>
              {(eventTypes.data ?? []).map((type) => (
                <option key={type.event} value={type.event}>
                  {type.description} ({type.event})
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="from"
          type="date"
          label="From"
          error={errors.from?.message}
          {...form.register('from')}
        />
        <TextField
          id="to"
          type="date"
          label="To"
          error={errors.to?.message}
          {...form.register('to')}
        />
        <div className="filter-form__buttons">
          <Button type="submit">Search</Button>
          <Button
            variant="secondary"
            onClick={() => {
              form.reset(NO_FILTER);
              onApply({});
            }}
          >
            Clear
          </Button>
        </div>
      </form>
    </>
  );
}
