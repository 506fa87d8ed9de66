import type { RouterOutputs } from '@marque/api';

/** The shapes the documents procedures answer with, named once for the pages. */
export type DocumentsAnswer = RouterOutputs['documents']['list'];
export type CustomerDocument = DocumentsAnswer['documents'][number];
export type DocumentKind = CustomerDocument['kind'];
