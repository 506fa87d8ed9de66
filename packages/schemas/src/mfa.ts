import { z } from 'zod';
import { authenticatorCodeField } from './customer-fields.js';

/** Confirming two-step set-up with the first code the authenticator app shows. */
export const confirmTotpInput = z.object({ code: authenticatorCodeField });
