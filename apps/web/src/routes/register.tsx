import { zodResolver } from '@hookform/resolvers/zod';
import { toIsoDate } from '@marque/domain';
import { Alert, Button, ErrorSummary, TextField, useStepFocus } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useBrand } from '../brand.js';
import { IdentityFields } from '../features/auth/identity-fields.js';
import {
  EMPTY_IDENTITY,
  identityClaimOf,
  identityFieldMap,
  identityFieldOrder,
  identityForm,
  type IdentityValues,
} from '../features/auth/identity-form.js';
import { NewPasswordField } from '../features/auth/new-password-field.js';
import {
  personalInfoOf,
  registerDetailsForm,
  type RegisterDetailsValues,
} from '../features/auth/register-details-form.js';
import type { ApiProblem } from '../api-problem.js';
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

type Step =
  | { name: 'identity'; returned: ApiProblem | null }
  | { name: 'details'; identity: IdentityValues }
  | { name: 'sent'; message: string };

/** Registration: prove who you are against your agreement, choose your sign-in details, confirm by e-mail. */
export function Component() {
  const [step, setStep] = useState<Step>({ name: 'identity', returned: null });
  const [identity, setIdentity] = useState<IdentityValues>(EMPTY_IDENTITY);
  useStepFocus(step.name);
  switch (step.name) {
    case 'identity':
      return (
        <Page title="Register for online access">
          <p className="steps">Step 1 of 2: your agreement</p>
          <IdentityStep
            initial={identity}
            returned={step.returned}
            onDone={(values) => {
              setIdentity(values);
              setStep({ name: 'details', identity: values });
            }}
          />
        </Page>
      );
    case 'details':
      return (
        <Page title="Choose your sign-in details">
          <p className="steps">Step 2 of 2: your sign-in details</p>
          <DetailsStep
            identity={step.identity}
            onBack={(returned) => {
              setStep({ name: 'identity', returned });
            }}
            onSent={(message) => {
              setStep({ name: 'sent', message });
            }}
          />
        </Page>
      );
    case 'sent':
      return (
        <Page title="Check your e-mail">
          <div className="narrow">
            <Alert tone="success">{step.message}</Alert>
            <p>
              Open the link in the e-mail to confirm your address, then sign in. The link works
              once. If nothing arrives within a few minutes, check your junk folder.
            </p>
            <p>
              <Link to="/sign-in">Go to sign in</Link>
            </p>
          </div>
        </Page>
      );
  }
}

function IdentityStep({
  initial,
  returned,
  onDone,
}: {
  initial: IdentityValues;
  /** The API's answer when registration sent the customer back to correct these details. */
  returned: ApiProblem | null;
  onDone: (values: IdentityValues) => void;
}) {
  const { market } = useBrand();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => identityForm(market, toIsoDate(new Date())), [market]);
  const form = useForm<IdentityValues>({ resolver: zodResolver(schema), defaultValues: initial });
  const { errors } = form.formState;
  const { setError } = form;
  useEffect(() => {
    if (returned !== null)
      setFailure(applyApiProblem(returned, setError, identityFieldMap('identity.')));
  }, [returned, setError]);
  const submit = form.handleSubmit(onDone);
  return (
    <div className="narrow">
      <p>
        Tell us about one of your agreements so that we can find your account. You need these
        details from your agreement paperwork.
      </p>
      <ErrorSummary problems={formProblems(errors, identityFieldOrder(market))} />
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <IdentityFields
          market={market}
          control={form.control}
          register={form.register}
          errors={errors}
        />
        <Button type="submit">Continue</Button>
      </form>
      <p>
        Already registered? <Link to="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}

function DetailsStep({
  identity,
  onBack,
  onSent,
}: {
  identity: IdentityValues;
  onBack: (returned: ApiProblem | null) => void;
  onSent: (message: string) => void;
}) {
  const trpc = useTRPC();
  const { market } = useBrand();
  const toProblem = useApiProblem();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => registerDetailsForm(identity, market), [identity, market]);
  const form = useForm<RegisterDetailsValues>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', email: '', password: '' },
  });
  const { errors } = form.formState;
  const register = useMutation(trpc.auth.register.mutationOptions());
  const claim = identityClaimOf(identity, market);
  const [username, email, password] = form.watch(['username', 'email', 'password']);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const answer = await register.mutateAsync({ identity: claim, ...values });
      onSent(answer.message);
    } catch (error) {
      const problem = toProblem(error);
      if (Object.keys(problem.fieldErrors).some((path) => path.startsWith('identity.'))) {
        // The agreement details need changing: back to the first step, which shows why.
        onBack(problem);
        return;
      }
      setFailure(
        applyApiProblem(problem, form.setError, {
          username: 'username',
          email: 'email',
          password: 'password',
        }),
      );
    }
  });

  return (
    <div className="narrow">
      <ErrorSummary problems={formProblems(errors, ['username', 'email', 'password'])} />
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="username"
          label="Username"
          hint="3 to 32 letters, numbers, dots, hyphens or underscores. You will use it to sign in."
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          error={errors.username?.message}
          {...form.register('username')}
        />
        <TextField
          id="email"
          type="email"
          label="E-mail address"
          hint="We will send a link to confirm it."
          autoComplete="email"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <NewPasswordField
          id="password"
          label="Password"
          hint="At least 12 characters. A few unrelated words are long and easy to remember. Do not use a password you use anywhere else."
          password={password}
          personal={personalInfoOf(claim, { username, email })}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <div className="form-actions">
          <Button type="submit" busy={register.isPending}>
            Register
          </Button>
          <Button
            variant="link"
            onClick={() => {
              onBack(null);
            }}
          >
            Back to your agreement details
          </Button>
        </div>
      </form>
    </div>
  );
}
