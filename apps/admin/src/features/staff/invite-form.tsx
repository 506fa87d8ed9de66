import { zodResolver } from '@hookform/resolvers/zod';
import { inviteStaffInput, STAFF_ROLE_NAMES } from '@marque/schemas';
import { Alert, Button, ErrorSummary, Field, TextField } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { showApiProblem, summaryOf } from '../../forms/form-errors.js';
import { useTRPC } from '../../trpc.js';
import { ROLE_LABELS } from '../navigation/console-sections.js';

type Values = z.input<typeof inviteStaffInput>;
const resolver = zodResolver(inviteStaffInput);
const FIELDS = ['displayName', 'username', 'email', 'role'] as const;

/** An admin invites a colleague: the e-mailed link lets them choose a password and enrol. */
export function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver,
    defaultValues: { displayName: '', username: '', email: '', role: 'agent' },
  });
  const { errors } = form.formState;
  const invite = useMutation(trpc.staffAdmin.invite.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSentTo(null);
    try {
      await invite.mutateAsync(values);
      setSentTo(values.email);
      form.reset();
      await queryClient.invalidateQueries(trpc.staffAdmin.list.queryFilter());
    } catch (error) {
      setFailure(showApiProblem(apiProblem(error), form.setError, FIELDS));
    }
  });

  return (
    <>
      {sentTo === null ? null : (
        <Alert tone="success">
          Invitation sent to {sentTo}. The link works once, for 72 hours.
        </Alert>
      )}
      <ErrorSummary problems={summaryOf(errors, [...FIELDS])} />
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <form noValidate className="invite-form" onSubmit={(event) => void submit(event)}>
        <TextField
          id="displayName"
          label="Name"
          autoComplete="off"
          error={errors.displayName?.message}
          {...form.register('displayName')}
        />
        <TextField
          id="username"
          label="Username"
          hint="3 to 32 letters, numbers, dots, hyphens or underscores, e.g. jo.bloggs"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username?.message}
          {...form.register('username')}
        />
        <TextField
          id="email"
          type="email"
          label="Work e-mail address"
          autoComplete="off"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <Field id="role" label="Role" error={errors.role?.message}>
          {(control) => (
            <select className="mq-select" {...control} {...form.register('role')}>
              {STAFF_ROLE_NAMES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" busy={invite.isPending}>
          Send invitation
        </Button>
      </form>
    </>
  );
}
