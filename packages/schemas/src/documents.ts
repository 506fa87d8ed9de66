import { z } from 'zod';

/** The customer's documents, all of them or one agreement's (whether it is theirs is the API's to check). */
export const documentsListInput = z
  .object({ agreementId: z.uuid({ error: 'Choose one of your agreements.' }).optional() })
  .optional();

/** Paperless (statements and letters online only) or paper (posted as well). */
export const paperlessInput = z.object({
  paperless: z.boolean({ error: 'Choose paperless or paper.' }),
});
