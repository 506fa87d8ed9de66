import { zodResolver } from '@hookform/resolvers/zod';
import { contactInput } from '@marque/schemas';
import { Alert, Button, ErrorSummary, TextField, useStepFocus } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { useBrand } from '../brand.js';
import { useSession } from '../features/auth/use-session.js';
import { MessageBodyField } from '../features/messages/message-body-field.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';
import '../features/messages/messages.css';

type ContactValues = z.input<typeof contactInput>;

const FIELDS = ['name', 'email', 'phone', 'agreementNumber', 'message'] as const;

/** Contact us: works signed out; the message becomes a case for our team, acknowledged by e-mail. */
export function Component() {
  const trpc = useTRPC();
  const brand = useBrand();
  const session = useSession();
  const toProblem = useApiProblem();
  const [failure, setFailure] = useState<string | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  useStepFocus(reference !== null);
  const form = useForm<ContactValues>({
    resolver: zodResolver(contactInput),
    defaultValues: { name: '', email: '', phone: '', agreementNumber: '', message: '' },
  });
  const { errors } = form.formState;
  const submitContact = useMutation(trpc.contact.submit.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      setReference((await submitContact.mutateAsync(values)).reference);
    } catch (error) {
      setFailure(
        applyApiProblem(
          toProblem(error),
          form.setError,
          Object.fromEntries(FIELDS.map((field) => [field, field])),
        ),
      );
    }
  });

  if (reference !== null) {
    return (
      <Page title="Thank you for your message">
        <div className="narrow">
          <Alert tone="success" title={`Your reference is ${reference}`}>
            <p>We have e-mailed you a confirmation. We will reply within two working days.</p>
          </Alert>
          <p>
            <Link to="/">Back to {brand.name}</Link>
          </p>
        </div>
      </Page>
    );
  }

  const { phone, hours } = brand.support;
  return (
    <Page title="Contact us">
      <div className="narrow">
        {session.status === 'signed_in' ? (
          <Alert tone="info">
            <p>
              You are signed in: <Link to="/messages/new">send us a secure message</Link> instead,
              so we can discuss your agreement straight away.
            </p>
          </Alert>
        ) : null}
        <p>
          Send us a message and we will reply within two working days. To talk to someone now, call{' '}
          <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a> ({hours}).
        </p>
        <p>Please do not include your password, security codes or card details.</p>
        <ErrorSummary problems={formProblems(errors, FIELDS)} />
        {failure === null ? null : <Alert tone="error">{failure}</Alert>}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="name"
            label="Your name"
            autoComplete="name"
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextField
            id="email"
            label="E-mail address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            error={errors.email?.message}
            {...form.register('email')}
          />
          <TextField
            id="phone"
            label="Phone number"
            type="tel"
            autoComplete="tel"
            error={errors.phone?.message}
            {...form.register('phone')}
          />
          <TextField
            id="agreementNumber"
            label={
              brand.market === 'US' ? 'Account number (optional)' : 'Agreement number (optional)'
            }
            hint="If your message is about an agreement, this helps us find it."
            autoComplete="off"
            spellCheck={false}
            error={errors.agreementNumber?.message}
            {...form.register('agreementNumber')}
          />
          <MessageBodyField
            id="message"
            label="Your message"
            error={errors.message?.message}
            {...form.register('message')}
          />
          <div className="form-actions">
            <Button type="submit" busy={submitContact.isPending}>
              Send message
            </Button>
          </div>
        </form>
      </div>
    </Page>
  );
}
