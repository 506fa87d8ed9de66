import { zodResolver } from '@hookform/resolvers/zod';
import { toIsoDate } from '@marque/domain';
import { Alert, Button, ErrorSummary, useStepFocus } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
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
import { applyApiProblem } from '../forms/apply-api-problem.js';
import { formProblems } from '../forms/form-problems.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';
import { useApiProblem } from '../use-api-problem.js';

/** Finds a forgotten username by the identity check; it is e-mailed, never shown here. */
export function Component() {
  const trpc = useTRPC();
  const { market } = useBrand();
  const toProblem = useApiProblem();
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  useStepFocus(sent !== null);
  const schema = useMemo(() => identityForm(market, toIsoDate(new Date())), [market]);
  const form = useForm<IdentityValues>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_IDENTITY,
  });
  const { errors } = form.formState;
  const recover = useMutation(trpc.auth.recoverUsername.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      setSent((await recover.mutateAsync(identityClaimOf(values, market))).message);
    } catch (error) {
      setFailure(applyApiProblem(toProblem(error), form.setError, identityFieldMap('')));
    }
  });

  if (sent !== null) {
    return (
      <Page title="Check your e-mail">
        <div className="narrow">
          <Alert tone="success">{sent}</Alert>
          <p>
            <Link to="/sign-in">Back to sign in</Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Find your username">
      <div className="narrow">
        <p>
          Tell us about one of your agreements. If the details match, we will e-mail your username
          to the address on your account.
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
          <Button type="submit" busy={recover.isPending}>
            E-mail my username
          </Button>
        </form>
        <p>
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </div>
    </Page>
  );
}
