import type { Handler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import { recordAudit } from '../services/audit/audit-log.js';
import { customerDocumentFile } from '../services/documents/customer-documents.js';
import { SESSION_COOKIE } from '../services/sessions/session-policy.js';
import { findLiveSession } from '../services/sessions/session-store.js';

/** Where the customer app downloads a document: `/api/documents/<id>`. */
export const DOCUMENT_DOWNLOAD_PATH = '/api/documents/:documentId';

/** 'Statement for October 2026' → 'statement-for-october-2026.pdf': plain ASCII, safe in any header. */
export function downloadFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug === '' ? 'document' : slug}.pdf`;
}

/**
 * Sends one of the signed-in customer's documents as a PDF attachment. No session answers 401;
 * another customer's document answers exactly like one that does not exist (404), since the
 * customer id is part of the lookup. Every download is audited.
 */
export function documentDownload(deps: AppDeps): Handler {
  return async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findLiveSession(deps.db, token, deps.clock()) : null;
    if (session === null) {
      return c.json({ error: { message: 'Please sign in to continue.' } }, 401);
    }
    const documentId = c.req.param('documentId') ?? '';
    const file = await customerDocumentFile(deps.db, session.customer_id, documentId);
    if (file === undefined) return c.json({ error: { message: 'Not found.' } }, 404);
    await recordAudit(
      deps.db,
      deps.clock(),
      {
        ip: clientIp(c, deps.config.trustProxy),
        userAgent: c.req.header('user-agent')?.slice(0, 512) ?? null,
      },
      {
        event: 'document.downloaded',
        actorType: 'customer',
        actorId: session.account_id,
        customerId: session.customer_id,
        accountId: session.account_id,
        details: { documentId, kind: file.kind },
      },
    );
    return c.body(new Uint8Array(file.content), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${downloadFileName(file.title)}"`,
      'Content-Length': String(file.content.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      // Lets a client check the bytes against the checksum stored when the document was issued.
      'Repr-Digest': `sha-256=:${Buffer.from(file.checksum, 'hex').toString('base64')}:`,
    });
  };
}
