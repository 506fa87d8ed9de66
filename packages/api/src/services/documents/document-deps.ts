import type { AppDeps } from '../../deps.js';

/** What issuing a document needs: storage, the clock and the configuration (brand, market). */
export type DocumentDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** A statement run also e-mails paperless customers. */
export type StatementDeps = DocumentDeps & Pick<AppDeps, 'mailer'>;
