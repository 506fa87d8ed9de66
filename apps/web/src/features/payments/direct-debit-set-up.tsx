import { Alert, Button, ErrorSummary, Spinner, TextField } from '@marque/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useBrand } from '../../brand.js';
import { useTRPC } from '../../trpc.js';
import { useApiProblem } from '../../use-api-problem.js';
import { ReauthenticationCancelled, type Reauthentication } from '../security/reauthentication.js';
import {
  bankCodeField,
  collectionDayOf,
  DIRECT_DEBIT_FIELDS,
  EMPTY_DIRECT_DEBIT_FORM,
  formFieldErrors,
  type DirectDebitField,
  type DirectDebitFormValues,
} from './direct-debit-form.js';
import './payments.css';

export interface DirectDebitSetUpProps {
  agreementId: string;
  /** A new mandate (with its collection day), or new bank details for the live one. */
  purpose?: 'set-up' | 'change-bank';
  reauthentication: Reauthentication;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Sets up a Direct Debit (UK) or ACH autopay (US), or moves the live one to another bank account:
 * either way the Guarantee must be shown and accepted first, as for a new instruction.
 */
export function DirectDebitSetUp({
  agreementId,
  purpose = 'set-up',
  reauthentication,
  onDone,
  onCancel,
}: DirectDebitSetUpProps) {
  const trpc = useTRPC();
  const { market } = useBrand();
  const toProblem = useApiProblem();
  const guarantee = useQuery(trpc.directDebit.guarantee.queryOptions());
  const setUp = useMutation(trpc.directDebit.setUp.mutationOptions());
  const changeBank = useMutation(trpc.directDebit.changeBank.mutationOptions());
  const changing = purpose === 'change-bank';
  const [values, setValues] = useState<DirectDebitFormValues>(EMPTY_DIRECT_DEBIT_FORM);
  const [errors, setErrors] = useState<Partial<Record<DirectDebitField, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const uk = market === 'UK';
  const guaranteeTitle = uk ? 'The Direct Debit Guarantee' : 'Your authorization';

  const change = (field: Exclude<DirectDebitField, 'guaranteeAccepted'>) => ({
    value: values[field],
    error: errors[field],
    id: field,
    name: field,
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
    },
  });

  const focusFirst = (found: Partial<Record<DirectDebitField, string>>) => {
    const first = DIRECT_DEBIT_FIELDS.find((field) => found[field] !== undefined);
    if (first !== undefined) document.getElementById(first)?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    // A change of bank keeps the mandate's collection day: there is none to choose.
    const collectionDay = changing ? null : collectionDayOf(values.collectionDay);
    const local: Partial<Record<DirectDebitField, string>> = {};
    if (!changing && collectionDay === null) {
      local.collectionDay = 'Choose a collection day from 1 to 28.';
    }
    if (!values.guaranteeAccepted) {
      local.guaranteeAccepted = uk
        ? 'Please confirm you have read the Direct Debit Guarantee.'
        : 'Please confirm you authorise these payments.';
    }
    if (Object.keys(local).length > 0) {
      setErrors(local);
      focusFirst(local);
      return;
    }
    setErrors({});
    try {
      const bankDetails = {
        agreementId,
        accountHolderName: values.accountHolderName,
        accountNumber: values.accountNumber.replace(/\s/g, ''),
        [bankCodeField(market)]: values.bankCode,
        guaranteeAccepted: true as const,
      };
      await reauthentication.withRecentPassword(() =>
        collectionDay === null
          ? changeBank.mutateAsync(bankDetails)
          : setUp.mutateAsync({ ...bankDetails, collectionDay }),
      );
      onDone();
    } catch (error) {
      if (error instanceof ReauthenticationCancelled) return;
      const problem = toProblem(error);
      const found = formFieldErrors(problem.fieldErrors, market);
      setErrors(found);
      if (Object.keys(found).length === 0) setMessage(problem.message);
      else focusFirst(found);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="mq-stack mq-stack--medium">
      <h3>
        {changing
          ? 'Pay from another bank account'
          : uk
            ? 'Set up a Direct Debit'
            : 'Set up automatic payments'}
      </h3>
      {changing ? (
        <p>
          Your collection day stays the same. A payment already on its way to your bank comes from
          your current account; we will write to you before we collect from the new one.
        </p>
      ) : null}
      <ErrorSummary
        problems={DIRECT_DEBIT_FIELDS.flatMap((field) => {
          const error = errors[field];
          return error === undefined ? [] : [{ fieldId: field, message: error }];
        })}
      />
      {message === null ? null : <Alert tone="error">{message}</Alert>}
      <TextField label="Name on the account" autoComplete="name" {...change('accountHolderName')} />
      <TextField
        label={uk ? 'Sort code' : 'Routing number'}
        hint={uk ? '6 digits, like 30-94-52' : '9 digits'}
        inputMode="numeric"
        {...change('bankCode')}
      />
      <TextField
        label="Account number"
        hint={uk ? '8 digits' : undefined}
        inputMode="numeric"
        {...change('accountNumber')}
      />
      {changing ? null : (
        <TextField
          label="Collection day"
          hint="A day of the month from 1 to 28"
          inputMode="numeric"
          className="mq-input--4"
          {...change('collectionDay')}
        />
      )}
      <section className="guarantee" aria-labelledby="guarantee-title">
        <h4 id="guarantee-title">{guaranteeTitle}</h4>
        {guarantee.isPending ? <Spinner label="Loading the Guarantee" /> : null}
        {guarantee.isError ? <Alert tone="error">{guarantee.error.message}</Alert> : null}
        {/* The API's text starts with its own title, which the heading above already gives. */}
        {guarantee.data?.paragraphs
          .filter((paragraph) => paragraph !== guaranteeTitle)
          .map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
      </section>
      <div
        className={`mq-field checkbox${errors.guaranteeAccepted === undefined ? '' : ' mq-field--error'}`}
      >
        {errors.guaranteeAccepted === undefined ? null : (
          <p className="mq-field__error" id="guaranteeAccepted-error">
            <span className="mq-visually-hidden">Error: </span>
            {errors.guaranteeAccepted}
          </p>
        )}
        <label className="radio">
          <input
            type="checkbox"
            id="guaranteeAccepted"
            name="guaranteeAccepted"
            checked={values.guaranteeAccepted}
            aria-invalid={errors.guaranteeAccepted === undefined ? undefined : true}
            aria-describedby={
              errors.guaranteeAccepted === undefined ? undefined : 'guaranteeAccepted-error'
            }
            onChange={(event) => {
              const accepted = event.target.checked;
              setValues((current) => ({ ...current, guaranteeAccepted: accepted }));
            }}
          />
          <span>
            {uk
              ? 'I have read the Direct Debit Guarantee and I am the only person needed to authorise debits from this account.'
              : 'I authorize these payments from this account.'}
          </span>
        </label>
      </div>
      <div className="form-actions">
        <Button type="submit" busy={setUp.isPending || changeBank.isPending}>
          {changing
            ? 'Change bank account'
            : uk
              ? 'Set up Direct Debit'
              : 'Set up automatic payments'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
