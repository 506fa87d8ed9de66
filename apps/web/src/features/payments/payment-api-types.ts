import type { RouterOutputs } from '@marque/api';

/** The shapes the payment and Direct Debit procedures answer with, named once for the pages. */
export type PaymentView = RouterOutputs['payments']['get'];
export type PaymentStatus = PaymentView['status'];
export type CardPaymentAnswer = RouterOutputs['payments']['makeCardPayment'];
export type BankTransferDetails = RouterOutputs['payments']['bankTransferDetails'];
export type DirectDebitAnswer = RouterOutputs['directDebit']['get'];
export type MandateView = NonNullable<DirectDebitAnswer['mandate']>;
