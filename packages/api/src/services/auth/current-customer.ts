import type { Market } from '@marque/domain';
import type { Context } from '../../trpc/context.js';
import { findAccountById } from '../accounts/account-store.js';
import { hasConfirmedTotp, remainingRecoveryCodes } from '../mfa/second-factor-store.js';

export interface CurrentCustomer {
  customerId: string;
  username: string;
  email: string;
  givenName: string;
  familyName: string;
  mfaEnabled: boolean;
  recoveryCodesLeft: number;
  market: Market;
}

/** The signed-in customer as the web app shows them, or null when nobody is signed in. */
export async function currentCustomer(ctx: Context): Promise<CurrentCustomer | null> {
  if (ctx.session === null) return null;
  const { db, config } = ctx.deps;
  const account = await findAccountById(db, ctx.session.accountId);
  if (account === undefined) return null;
  const mfaEnabled = await hasConfirmedTotp(db, account.id);
  return {
    customerId: account.customer_id,
    username: account.username,
    email: account.email,
    givenName: account.given_name,
    familyName: account.family_name,
    mfaEnabled,
    recoveryCodesLeft: mfaEnabled ? await remainingRecoveryCodes(db, account.id) : 0,
    market: config.market,
  };
}
