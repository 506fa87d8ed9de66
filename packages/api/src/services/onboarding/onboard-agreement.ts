import { randomInt } from 'node:crypto';
import { isValidUkPostcode, normalisePostcode, type Currency, type Minor } from '@marque/domain';
import { onboardingPreview, type OnboardAgreement } from '@marque/schemas';
import { TRPCError } from '@trpc/server';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Context } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { insertAgreement } from '../agreements/insert-agreement.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { generateAgreementDocuments } from '../documents/index.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { acquireLease, releaseLease } from '../runs/job-lease.js';
import { instant } from '../time/instant.js';
import { agreementWelcomeMail } from './onboarding-mails.js';

type StaffContext = Context & { staff: StaffActor };

export interface OnboardedAgreement {
  agreementId: string;
  agreementNumber: string;
  customerId: string;
  /** False when the customer was already ours (same e-mail, date of birth and surname). */
  newCustomer: boolean;
  monthlyPayment: Minor;
  apr: number | null;
  currency: Currency;
  /** The credit agreement and welcome letter were issued (they can be issued again if not). */
  documentsIssued: boolean;
  /** Where the welcome (and, without a login, the invitation to register) went. */
  invitedEmail: string;
}

/** Agreement numbers as the lender prints them: 'MQ' and eight digits. */
function newAgreementNumber(): string {
  return `MQ${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

async function unusedAgreementNumber(ctx: StaffContext): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const candidate = newAgreementNumber();
    const taken = await ctx.deps.db
      .selectFrom('agreements')
      .select('id')
      .where('agreement_number', '=', candidate)
      .executeTakeFirst();
    if (taken === undefined) return candidate;
  }
  throw new Error('no unused agreement number after 10 tries');
}

/** The customer this submission is for: one we know (same e-mail, date of birth and surname) or a new one. */
async function customerFor(
  trx: Transaction<Database>,
  input: OnboardAgreement,
  country: 'GB' | 'US',
  now: Date,
): Promise<{ id: string; isNew: boolean }> {
  const email = input.email.toLowerCase();
  const known = await trx
    .selectFrom('customers')
    .select(['id', 'date_of_birth', 'family_name'])
    .where('email', '=', email)
    .execute();
  const same = known.find(
    (row) =>
      row.date_of_birth === input.dateOfBirth &&
      row.family_name.toLowerCase() === input.familyName.toLowerCase(),
  );
  if (same !== undefined) return { id: same.id, isNew: false };
  if (known.length > 0) {
    throw fieldError({
      email:
        'Another customer has this e-mail address. Check it, the date of birth and the surname with the dealer.',
    });
  }
  const id = crypto.randomUUID();
  await trx
    .insertInto('customers')
    .values({
      id,
      title: input.title,
      given_name: input.givenName,
      family_name: input.familyName,
      date_of_birth: input.dateOfBirth,
      email,
      phone: input.phone,
      address_line1: input.addressLine1,
      address_line2: input.addressLine2,
      town: input.town,
      postcode: country === 'GB' ? input.postcode.toUpperCase() : input.postcode,
      postcode_normalised: country === 'GB' ? normalisePostcode(input.postcode) : input.postcode,
      country,
      ssn_last4: input.ssnLast4,
      created_at: instant(now),
    })
    .execute();
  return { id, isNew: true };
}

/**
 * Onboards an agreement as a dealer submitted it: priced by the domain (the same preview the
 * console showed), then in one transaction the customer (if new), the agreement and its schedule
 * through insertAgreement. Afterwards the credit agreement and welcome letter are issued and the
 * customer is e-mailed the agreement number with an invitation to register. A second submission
 * for the same customer and vehicle while the first is live is refused, so a double submit cannot
 * create two agreements.
 */
export async function onboardAgreement(
  ctx: StaffContext,
  input: OnboardAgreement,
): Promise<OnboardedAgreement> {
  const { config } = ctx.deps;
  const country = config.market === 'US' ? 'US' : 'GB';
  const currency: Currency = config.market === 'US' ? 'USD' : 'GBP';
  if (country === 'GB' && !isValidUkPostcode(input.postcode)) {
    throw fieldError({ postcode: 'Enter a UK postcode, like SW1A 1AA.' });
  }
  if (country === 'US' && input.ssnLast4 === null) {
    throw fieldError({ ssnLast4: 'Enter the last 4 digits of their Social Security number.' });
  }
  const agreementNumber = await unusedAgreementNumber(ctx);
  const priced = onboardingPreview(input, { agreementNumber, currency });
  if (!priced.ok) throw fieldError(priced.fieldErrors);
  const { preview } = priced;
  const registration = input.vehicleRegistration.toUpperCase().replace(/\s+/g, ' ');
  const lease = {
    name: `onboarding:${input.email.toLowerCase()}:${registration.replace(/ /g, '')}`,
    holder: crypto.randomUUID(),
    seconds: 60,
  };
  const now = ctx.deps.clock();
  if (!(await acquireLease(ctx.deps.db, lease, now))) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'This agreement is being created already. Check the customer before trying again.',
    });
  }
  let created: { agreementId: string; customer: { id: string; isNew: boolean } };
  try {
    created = await ctx.deps.db.transaction().execute(async (trx) => {
      const customer = await customerFor(trx, input, country, now);
      const duplicate = await trx
        .selectFrom('agreements')
        .select('agreement_number')
        .where('customer_id', '=', customer.id)
        .where('vehicle_registration', '=', registration)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (duplicate !== undefined) {
        throw fieldError({
          vehicleRegistration: `This customer already has a live agreement for this vehicle (${duplicate.agreement_number}).`,
        });
      }
      const { id } = await insertAgreement(
        trx,
        {
          customerId: customer.id,
          agreement: preview.agreement,
          status: 'active',
          vehicleDescription: input.vehicleDescription,
          vehicleRegistration: registration,
          dealerName: input.dealerName,
        },
        now,
      );
      return { agreementId: id, customer };
    });
  } finally {
    await releaseLease(ctx.deps.db, lease);
  }
  const { agreementId, customer } = created;
  let documentsIssued = true;
  try {
    await generateAgreementDocuments(ctx.deps, agreementId);
  } catch (error) {
    // The agreement stands; its documents are issued again (once each) when asked.
    documentsIssued = false;
    ctx.deps.logger.error({ err: error, agreementId }, 'agreement documents not issued');
  }
  const login = await ctx.deps.db
    .selectFrom('accounts')
    .select('id')
    .where('customer_id', '=', customer.id)
    .executeTakeFirst();
  const email = input.email.toLowerCase();
  await ctx.deps.mailer.send(
    agreementWelcomeMail(
      mailBrandOf(config),
      { email, givenName: input.givenName },
      { agreementNumber, vehicleDescription: input.vehicleDescription },
      login !== undefined,
    ),
  );
  await auditStaffAction(ctx, {
    event: 'agreement.onboarded',
    customerId: customer.id,
    details: {
      agreementId,
      agreementNumber,
      product: input.product,
      newCustomer: customer.isNew,
      dealer: input.dealerName,
    },
  });
  return {
    agreementId,
    agreementNumber,
    customerId: customer.id,
    newCustomer: customer.isNew,
    monthlyPayment: preview.monthlyPayment,
    apr: preview.apr,
    currency,
    documentsIssued,
    invitedEmail: email,
  };
}
