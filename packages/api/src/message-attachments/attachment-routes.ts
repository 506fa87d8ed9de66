import { MAX_ATTACHMENT_BYTES } from '@marque/schemas';
import type { Handler, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { AppDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import { recordAudit } from '../services/audit/audit-log.js';
import {
  attachmentForCustomer,
  storeAttachment,
  UPLOAD_REFUSAL_MESSAGES,
} from '../services/messages/attachment-store.js';
import { hitRateLimit } from '../services/rate-limit/rate-limiter.js';
import { SESSION_COOKIE } from '../services/sessions/session-policy.js';
import { findLiveSession } from '../services/sessions/session-store.js';
import { contentDisposition } from './content-disposition.js';

/** Where the customer web app uploads a file for a message (multipart, field `file`). */
export const ATTACHMENTS_PATH = '/api/messages/attachments';

/** The file and the multipart framing around it; the app's 64 KB limit does not apply here. */
export const MAX_UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function problem(message: string, extra: Record<string, unknown> = {}) {
  return { error: { message, ...extra } };
}

/** The upload's own body limit: 5 MB of file, refused with 413 before it is read any further. */
export function uploadBodyLimit(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_UPLOAD_BODY_BYTES,
    onError: (c) =>
      c.json(problem(UPLOAD_REFUSAL_MESSAGES.too_large, { reason: 'too_large' }), 413),
  });
}

async function signedInCustomer(deps: AppDeps, token: string | undefined): Promise<string | null> {
  if (token === undefined) return null;
  const session = await findLiveSession(deps.db, token, deps.clock());
  return session?.customer_id ?? null;
}

/**
 * Stores one file for a message the signed-in customer is writing. Its type is read from the
 * bytes; a name or declared type that disagrees is refused and audited, as is anything but PDF,
 * PNG and JPEG. The answer is the attachment's id, which only this customer can send or fetch.
 */
export function uploadAttachment(deps: AppDeps): Handler {
  return async (c) => {
    const customerId = await signedInCustomer(deps, getCookie(c, SESSION_COOKIE));
    if (customerId === null) return c.json(problem('Please sign in to continue.'), 401);
    const now = deps.clock();
    const rate = await hitRateLimit(
      deps.db,
      `attachment-upload:${customerId}`,
      deps.config.rateLimits.attachmentUploadPerCustomer,
      now,
    );
    if (!rate.allowed) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return c.json(problem('You have sent a lot of files. Please try again later.'), 429);
    }
    const form = await c.req.parseBody().catch(() => null);
    const file = form?.file;
    if (!(file instanceof File)) {
      return c.json(problem('Choose a file to attach.', { reason: 'missing' }), 400);
    }
    const result = await storeAttachment(
      deps.db,
      now,
      { type: 'customer', id: customerId },
      {
        fileName: file.name,
        declaredType: file.type === '' ? null : file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
      },
    );
    if (result.ok) return c.json(result.attachment, 201);
    if (result.reason === 'unsupported_type' || result.reason === 'type_mismatch') {
      await recordAudit(
        deps.db,
        now,
        { ip: clientIp(c, deps.config.trustProxy), userAgent: c.req.header('user-agent') ?? null },
        {
          event: 'message.attachment_refused',
          actorType: 'customer',
          actorId: customerId,
          customerId,
          details: { reason: result.reason, declaredType: file.type.slice(0, 100) },
        },
      );
    }
    return c.json(
      problem(UPLOAD_REFUSAL_MESSAGES[result.reason], { reason: result.reason }),
      result.reason === 'too_large' ? 413 : 400,
    );
  };
}

/**
 * Sends an attachment the signed-in customer may see (their own upload, or one in their thread)
 * as a download, never rendered inline; anything else is 404, whoever it belongs to.
 */
export function downloadAttachment(deps: AppDeps): Handler {
  return async (c) => {
    const customerId = await signedInCustomer(deps, getCookie(c, SESSION_COOKIE));
    if (customerId === null) return c.json(problem('Please sign in to continue.'), 401);
    const id = c.req.param('id') ?? '';
    const attachment = UUID.test(id)
      ? await attachmentForCustomer(deps.db, customerId, id.toLowerCase())
      : undefined;
    if (attachment === undefined) return c.json(problem('Not found.'), 404);
    return c.body(new Uint8Array(attachment.content), 200, {
      'Content-Type': attachment.media_type,
      'Content-Length': String(attachment.size_bytes),
      'Content-Disposition': contentDisposition(attachment.file_name),
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  };
}
