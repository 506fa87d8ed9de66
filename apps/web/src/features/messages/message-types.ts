import type { RouterOutputs } from '@marque/api';

export type ThreadSummary = RouterOutputs['messages']['list'][number];
export type Thread = RouterOutputs['messages']['get'];
export type ThreadMessage = Thread['messages'][number];
export type Attachment = ThreadMessage['attachments'][number];
