import type { AppDeps } from '../../deps.js';

/** What issuing a document needs: storage, the clock and the configuration (brand, market). */
export type DocumentDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** A statement run also tells paperless customers, by e-mail or text as they chose. */
export type StatementDeps = DocumentDeps & Pick<AppDeps, 'mailer' | 'sms'>;
