import type { StaffRouterOutputs } from '@marque/api';
import { zodResolver } from '@hookform/resolvers/zod';
import { onboardAgreementInput, type OnboardAgreementForm } from '@marque/schemas';
import { Alert, Button, Card, ErrorSummary, Field, Money, Stack, TextField } from '@marque/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { apiProblem } from '../../api-problem.js';
import { useBrand } from '../../brand.js';
import { showApiProblem, summaryOf } from '../../forms/form-errors.js';
import { useTRPC } from '../../trpc.js';
import { SchedulePreview, usePreview } from './schedule-preview.js';

type Onboarded = StaffRouterOutputs['onboarding']['create'];

const FIELDS = [
  'title',
  'givenName',
  'familyName',
  'dateOfBirth',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'ssnLast4',
  'vehicleDescription',
  'vehicleRegistration',
  'dealerName',
  'product',
  'startDate',
  'firstPaymentDate',
  'termMonths',
  'cashPrice',
  'deposit',
  'ratePercent',
  'rateBasis',
  'optionToPurchaseFee',
  'optionalFinalPayment',
  'annualMileageAllowance',
  'excessMileageRate',
  'monthlyRental',
  'initialRentalMonths',
] as const;

const resolver = zodResolver(onboardAgreementInput);

function blankForm(today: string): OnboardAgreementForm {
  return {
    title: '',
    givenName: '',
    familyName: '',
    dateOfBirth: '',
    email: '',
    phone: '',
    addressLine1: '',
    addressLine2: '',
    town: '',
    postcode: '',
    ssnLast4: '',
    vehicleDescription: '',
    vehicleRegistration: '',
    dealerName: '',
    product: 'HP',
    startDate: today,
    firstPaymentDate: '',
    termMonths: '',
    cashPrice: '',
    deposit: '',
    ratePercent: '',
    rateBasis: 'rate',
    optionToPurchaseFee: '0.00',
    optionalFinalPayment: '',
    annualMileageAllowance: '',
    excessMileageRate: '',
    monthlyRental: '',
    initialRentalMonths: '',
  };
}

const PRODUCT_LABELS = { HP: 'Hire purchase', PCP: 'PCP', LEASE: 'Lease (contract hire)' } as const;

/** The dealer's submission, keyed in with a live schedule and APR beside it, then created. */
export function OnboardingForm({ today }: { today: string }) {
  const trpc = useTRPC();
  const brand = useBrand();
  const [created, setCreated] = useState<Onboarded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<OnboardAgreementForm, unknown, z.output<typeof onboardAgreementInput>>({
    resolver,
    defaultValues: blankForm(today),
  });
  const { errors } = form.formState;
  const create = useMutation(trpc.onboarding.create.mutationOptions());
  const values = useWatch({ control: form.control });
  const product = values.product ?? 'HP';
  const preview = usePreview(
    {
      product,
      startDate: values.startDate ?? '',
      firstPaymentDate: values.firstPaymentDate ?? '',
      termMonths: values.termMonths ?? '',
      cashPrice: values.cashPrice,
      deposit: values.deposit,
      ratePercent: values.ratePercent,
      rateBasis: values.rateBasis ?? 'rate',
      optionToPurchaseFee: values.optionToPurchaseFee,
      optionalFinalPayment: values.optionalFinalPayment,
      annualMileageAllowance: values.annualMileageAllowance,
      excessMileageRate: values.excessMileageRate,
      monthlyRental: values.monthlyRental,
      initialRentalMonths: values.initialRentalMonths,
    },
    brand.currency,
  );

  const submit = form.handleSubmit(async () => {
    setFailure(null);
    try {
      setCreated(await create.mutateAsync(form.getValues()));
      form.reset(blankForm(today));
      window.scrollTo({ top: 0 });
    } catch (error) {
      setFailure(showApiProblem(apiProblem(error), form.setError, FIELDS));
    }
  });

  const text = (
    name: (typeof FIELDS)[number],
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={name}
      label={label}
      autoComplete="off"
      error={errors[name]?.message}
      {...extra}
      {...form.register(name)}
    />
  );
  const money = (name: (typeof FIELDS)[number], label: string, hint?: string) =>
    text(name, label, { inputMode: 'decimal', ...(hint === undefined ? {} : { hint }) });
  const credit = product !== 'LEASE';

  return (
    <>
      {created === null ? null : (
        <Alert tone="success" title={`Agreement ${created.agreementNumber} created`}>
          {created.newCustomer
            ? 'A new customer record was made. '
            : 'Added to the existing customer. '}
          Monthly payment <Money amount={created.monthlyPayment} currency={created.currency} />
          {created.apr === null ? '' : `, APR ${created.apr.toFixed(1)} %`}. The customer has been
          e-mailed at {created.invitedEmail} with the agreement number and how to register.
          {created.documentsIssued
            ? ' The credit agreement and welcome letter are in their documents.'
            : ' The documents could not be issued yet; they will be on the next try.'}
        </Alert>
      )}
      <ErrorSummary problems={summaryOf(errors, [...FIELDS])} />
      {failure === null ? null : <Alert tone="error">{failure}</Alert>}
      <form noValidate className="onboarding" onSubmit={(event) => void submit(event)}>
        <Stack className="onboarding__form">
          <Card title="Customer">
            <div className="form-grid">
              {text('title', 'Title (optional)', { autoComplete: 'off' })}
              {text('givenName', 'First name')}
              {text('familyName', 'Last name')}
              {text('dateOfBirth', 'Date of birth', { type: 'date', max: today })}
              {text('email', 'E-mail address', { type: 'email', spellCheck: false })}
              {text('phone', 'Phone number', { type: 'tel' })}
              {text('addressLine1', 'Address line 1')}
              {text('addressLine2', 'Address line 2 (optional)')}
              {text('town', 'Town or city')}
              {text('postcode', brand.market === 'US' ? 'ZIP code' : 'Postcode')}
              {brand.market === 'US'
                ? text('ssnLast4', 'Last 4 digits of SSN', { inputMode: 'numeric' })
                : null}
            </div>
          </Card>
          <Card title="Vehicle and dealer">
            <div className="form-grid">
              {text('vehicleDescription', 'Vehicle', { hint: 'Make, model and trim' })}
              {text('vehicleRegistration', 'Registration', { spellCheck: false })}
              {text('dealerName', 'Dealer')}
            </div>
          </Card>
          <Card title="Product and terms">
            <Field id="product" label="Product" error={errors.product?.message} as="fieldset">
              {() => (
                <div className="choice-row">
                  {(Object.keys(PRODUCT_LABELS) as (keyof typeof PRODUCT_LABELS)[]).map((key) => (
                    <label key={key} className="choice">
                      <input type="radio" value={key} {...form.register('product')} />
                      {PRODUCT_LABELS[key]}
                    </label>
                  ))}
                </div>
              )}
            </Field>
            <div className="form-grid">
              {text('startDate', 'Start date', { type: 'date' })}
              {text('firstPaymentDate', 'First payment date', {
                type: 'date',
                hint: 'Usually a month after the start',
              })}
              {text('termMonths', credit ? 'Term (monthly payments)' : 'Term (months of hire)', {
                inputMode: 'numeric',
              })}
              {credit ? money('cashPrice', 'Cash price') : null}
              {credit ? money('deposit', 'Deposit') : null}
              {credit ? money('optionToPurchaseFee', 'Option-to-purchase fee') : null}
              {product === 'PCP'
                ? money('optionalFinalPayment', 'Optional final payment (GFV)')
                : null}
              {credit ? null : money('monthlyRental', 'Monthly rental')}
              {credit
                ? null
                : text('initialRentalMonths', 'Initial rental (months of rental)', {
                    inputMode: 'numeric',
                    hint: 'e.g. 3, 6 or 9',
                  })}
              {product === 'LEASE' || product === 'PCP'
                ? text('annualMileageAllowance', 'Annual mileage allowance', {
                    inputMode: 'numeric',
                  })
                : null}
              {product === 'LEASE' || product === 'PCP'
                ? money('excessMileageRate', 'Excess mileage charge per mile')
                : null}
            </div>
            {credit ? (
              <div className="form-grid">
                <Field id="rateBasis" label="The dealer quoted" as="fieldset">
                  {() => (
                    <div className="choice-row">
                      <label className="choice">
                        <input type="radio" value="rate" {...form.register('rateBasis')} />
                        Interest rate
                      </label>
                      <label className="choice">
                        <input type="radio" value="apr" {...form.register('rateBasis')} />
                        APR
                      </label>
                    </div>
                  )}
                </Field>
                {text(
                  'ratePercent',
                  values.rateBasis === 'apr' ? 'APR (%)' : 'Interest rate (% a year)',
                  {
                    inputMode: 'decimal',
                    hint: 'e.g. 6.9',
                  },
                )}
              </div>
            ) : null}
          </Card>
        </Stack>
        <aside className="onboarding__preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Live preview</h2>
          <SchedulePreview state={preview} currency={brand.currency} />
        </aside>
        <div className="onboarding__actions">
          <Button type="submit" busy={create.isPending}>
            Create the agreement
          </Button>
        </div>
      </form>
    </>
  );
}
