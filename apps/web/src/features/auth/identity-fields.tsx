import type { Market } from '@marque/domain';
import { DateInputField, TextField } from '@marque/ui';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { IdentityValues } from './identity-form.js';

export interface IdentityFieldsProps {
  market: Market;
  control: Control<IdentityValues>;
  register: UseFormRegister<IdentityValues>;
  errors: FieldErrors<IdentityValues>;
}

/** The identity check's inputs, in the market's terms and order. */
export function IdentityFields({ market, control, register, errors }: IdentityFieldsProps) {
  const dateOfBirth = (
    <Controller
      control={control}
      name="dateOfBirth"
      render={({ field }) => (
        <DateInputField
          id="dateOfBirth"
          legend="Date of birth"
          hint={market === 'UK' ? 'For example, 27 3 1985' : 'For example, 3 27 1985'}
          autoComplete="bday"
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={errors.dateOfBirth?.message}
        />
      )}
    />
  );
  if (market === 'UK') {
    return (
      <>
        <TextField
          id="agreementNumber"
          label="Agreement number"
          hint="It is on your agreement and your statements, for example MQ20240101."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          error={errors.agreementNumber?.message}
          {...register('agreementNumber')}
        />
        {dateOfBirth}
        <TextField
          id="postcode"
          label="Postcode"
          hint="The postcode of the address we write to you at."
          autoComplete="postal-code"
          autoCapitalize="characters"
          error={errors.postcode?.message}
          {...register('postcode')}
        />
      </>
    );
  }
  return (
    <>
      <TextField
        id="agreementNumber"
        label="Account number"
        hint="It is on your contract and your statements."
        autoComplete="off"
        spellCheck={false}
        error={errors.agreementNumber?.message}
        {...register('agreementNumber')}
      />
      <TextField
        id="ssnLast4"
        label="Last 4 digits of your Social Security number"
        inputMode="numeric"
        autoComplete="off"
        className="mq-input--code"
        error={errors.ssnLast4?.message}
        {...register('ssnLast4')}
      />
      {dateOfBirth}
    </>
  );
}
