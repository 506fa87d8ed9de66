import type { RouterOutputs } from '@marque/api';

export type ReportedEntry = RouterOutputs['transactionCases']['entry'];
export type TransactionCase = RouterOutputs['transactionCases']['list'][number];
