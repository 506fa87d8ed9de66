import { Alert, Button, Card, ErrorSummary, TextField, type FieldProblem } from '@marque/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { applyApiProblem } from '../../forms/apply-api-problem.js';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import { ReauthenticationCancelled, type Reauthentication } from '../security/reauthentication.js';
import {
  contactChanges,
  contactFormValues,
  type ContactFormValues,
  type Profile,
} from './contact-changes.js';
import './profile.css';

const FIELD_PATHS = [
  'email',
  'phone',
  'address.line1',
  'address.line2',
  'address.town',
  'address.postcode',
] as const satisfies readonly FieldPath<ContactFormValues>[];

const fieldId = (path: string) => `contact-${path.replace('.', '-')}`;

export interface ContactDetailsFormProps {
  profile: Profile;
  market: 'UK' | 'US';
  reauthentication: Reauthentication;
}

/**
 * The customer's e-mail, phone and address. Saving needs a recent password; a new e-mail address
 * only takes over once the link sent to it is followed.
 */
export function ContactDetailsForm({ profile, market, reauthentication }: ContactDetailsFormProps) {
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const queryClient = useQueryClient();
  const form = useForm<ContactFormValues>({ defaultValues: contactFormValues(profile) });
  const update = useMutation(trpc.profile.updateContact.mutationOptions());
  const [outcome, setOutcome] = useState<{
    tone: 'success' | 'info' | 'error';
    message: string;
  } | null>(null);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const changes = contactChanges(profile, values);
    if (changes === null) {
      setOutcome({ tone: 'info', message: 'Nothing has changed, so there was nothing to save.' });
      return;
    }
    try {
      const answer = await reauthentication.withRecentPassword(() => update.mutateAsync(changes));
      await queryClient.invalidateQueries({ queryKey: trpc.profile.get.queryKey() });
      setOutcome({
        tone: 'success',
        message: answer.emailChangePending
          ? `Saved. We have sent a link to ${changes.email ?? 'your new address'}: your e-mail address changes when you follow it.`
          : 'Your contact details have been saved.',
      });
    } catch (error) {
      if (error instanceof ReauthenticationCancelled) return;
      const message = applyApiProblem(
        toProblem(error),
        form.setError,
        Object.fromEntries(FIELD_PATHS.map((path) => [path, path])),
      );
      if (message !== null) setOutcome({ tone: 'error', message });
    }
  });

  const messages: Readonly<Record<(typeof FIELD_PATHS)[number], string | undefined>> = {
    email: errors.email?.message,
    phone: errors.phone?.message,
    'address.line1': errors.address?.line1?.message,
    'address.line2': errors.address?.line2?.message,
    'address.town': errors.address?.town?.message,
    'address.postcode': errors.address?.postcode?.message,
  };
  const problems: FieldProblem[] = FIELD_PATHS.flatMap((path) => {
    const message = messages[path];
    return message === undefined ? [] : [{ fieldId: fieldId(path), message }];
  });

  return (
    <Card title="Contact details">
      {outcome === null ? null : (
        <Alert tone={outcome.tone}>
          <p>{outcome.message}</p>
        </Alert>
      )}
      {profile.pendingEmail === null ? null : (
        <Alert tone="info" title="Waiting for you to confirm your new e-mail address">
          <p>
            Follow the link we sent to {profile.pendingEmail}. Until then we keep using{' '}
            {profile.email}.
          </p>
        </Alert>
      )}
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={fieldId('email')}
          label="E-mail address"
          hint="We will send a link to a new address to check it is yours."
          type="email"
          autoComplete="email"
          spellCheck={false}
          error={messages.email}
          {...form.register('email', { required: 'Enter your e-mail address.' })}
        />
        <TextField
          id={fieldId('phone')}
          label="Phone number"
          type="tel"
          autoComplete="tel"
          error={messages.phone}
          {...form.register('phone', { required: 'Enter your phone number.' })}
        />
        <fieldset className="fieldset">
          <legend>Address</legend>
          <TextField
            id={fieldId('address.line1')}
            label="Address line 1"
            autoComplete="address-line1"
            error={messages['address.line1']}
            {...form.register('address.line1', {
              required: 'Enter the first line of your address.',
            })}
          />
          <TextField
            id={fieldId('address.line2')}
            label="Address line 2 (optional)"
            autoComplete="address-line2"
            error={messages['address.line2']}
            {...form.register('address.line2')}
          />
          <TextField
            id={fieldId('address.town')}
            label="Town or city"
            autoComplete="address-level2"
            error={messages['address.town']}
            {...form.register('address.town', { required: 'Enter your town or city.' })}
          />
          <TextField
            id={fieldId('address.postcode')}
            label={market === 'UK' ? 'Postcode' : 'ZIP code'}
            autoComplete="postal-code"
            className="input-short"
            error={messages['address.postcode']}
            {...form.register('address.postcode', {
              required: market === 'UK' ? 'Enter your postcode.' : 'Enter your ZIP code.',
            })}
          />
        </fieldset>
        <Button type="submit" busy={update.isPending}>
          Save contact details
        </Button>
      </form>
    </Card>
  );
}
