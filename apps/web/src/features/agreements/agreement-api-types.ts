import type { RouterOutputs } from '@marque/api';

/** The shapes the agreement procedures answer with, named once for the components that show them. */
type Agreements = RouterOutputs['agreements'];

export type AgreementSummary = Agreements['list'][number];
export type AgreementDetail = Agreements['get'];
export type CreditFigures = Extract<AgreementDetail['figures'], { type: 'HP' | 'PCP' }>;
export type LeaseFigures = Extract<AgreementDetail['figures'], { type: 'LEASE' }>;
export type ScheduleLine = Agreements['schedule']['installments'][number];
export type Transaction = Agreements['transactions']['items'][number];
export type SettlementAnswer = Agreements['settlementQuote'];
export type EndOfTermAnswer = Agreements['endOfTermOptions'];
