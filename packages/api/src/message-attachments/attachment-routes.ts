import { MAX_ATTACHMENT_BYTES } from '@marque/schemas';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { RateLimitName } from '../config.js';
import type { AppDeps } from '../deps.js';
import { clientIp } from '../http/client-ip.js';
import { recordAudit } from '../services/audit/audit-log.js';
import {
  attachmentForCustomer,
  attachmentForStaff,
  storeAttachment,
  UPLOAD_REFUSAL_MESSAGES,
  type MessageActor,
  type StoredAttachment,
} from '../services/messages/attachment-store.js';
import { hitRateLimit } from '../services/rate-limit/rate-limiter.js';
import { SESSION_COOKIE, STAFF_SESSION_COOKIE } from '../services/sessions/session-policy.js';
import { findLiveSession } from '../services/sessions/session-store.js';
import { findLiveStaffSession } from '../services/staff/staff-session-store.js';
import { contentDisposition } from './content-disposition.js';

/**
 * Where the customer web app, and on its own origin the staff console, upload a file for a message
 * (multipart, field `file`) and download one (`/:id`).
 */
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

/**
 * Who the browser is signed in as on each app: the customer app reads only the customer's cookie,
 * the staff app only a fully signed-in staff session. Each side has its own rate limit, its own
 * rule for which files it may fetch, and its own audit of a download.
 */
interface AttachmentSide {
  actorOf: (deps: AppDeps, c: Context) => Promise<MessageActor | null>;
  rateLimit: RateLimitName;
  find: (deps: AppDeps, actor: MessageActor, id: string) => Promise<StoredAttachment | undefined>;
  onDownload?: (deps: AppDeps, c: Context, actor: MessageActor, id: string) => Promise<void>;
}

function requestOf(deps: AppDeps, c: Context) {
  return { ip: clientIp(c, deps.config.trustProxy), userAgent: c.req.header('user-agent') ?? null };
}

const CUSTOMER_SIDE: AttachmentSide = {
  async actorOf(deps, c) {
    const token = getCookie(c, SESSION_COOKIE);
    if (token === undefined) return null;
    const session = await findLiveSession(deps.db, token, deps.clock());
    return session ? { type: 'customer', id: session.customer_id } : null;
  },
  rateLimit: 'attachmentUploadPerCustomer',
  find: (deps, actor, id) => attachmentForCustomer(deps.db, actor.id, id),
};

const STAFF_SIDE: AttachmentSide = {
  async actorOf(deps, c) {
    const token = getCookie(c, STAFF_SESSION_COOKIE);
    if (token === undefined) return null;
    const session = await findLiveStaffSession(deps.db, token, deps.clock());
    return session?.signedIn ? { type: 'staff', id: session.staffId } : null;
  },
  rateLimit: 'attachmentUploadPerStaff',
  find: (deps, actor, id) => attachmentForStaff(deps.db, actor.id, id),
  // Staff reading a customer's file is recorded: who opened what, and when.
  onDownload: (deps, c, actor, id) =>
    recordAudit(deps.db, deps.clock(), requestOf(deps, c), {
      event: 'message.attachment_downloaded',
      actorType: 'staff',
      actorId: actor.id,
      details: { attachmentId: id },
    }),
};

function rateLimitKey(actor: MessageActor): string {
  // Customers keep the key they always had; staff ids live in their own namespace.
  return actor.type === 'customer'
    ? `attachment-upload:${actor.id}`
    : `attachment-upload:staff:${actor.id}`;
}

/**
 * Stores one file for a message the signed-in person is writing. Its type is read from the bytes;
 * a name or declared type that disagrees is refused and audited, as is anything but PDF, PNG and
 * JPEG. The answer is the attachment's id, which only its uploader can send or, until sent, fetch.
 */
function upload(deps: AppDeps, side: AttachmentSide): Handler {
  return async (c) => {
    const actor = await side.actorOf(deps, c);
    if (actor === null) return c.json(problem('Please sign in to continue.'), 401);
    const now = deps.clock();
    const rate = await hitRateLimit(
      deps.db,
      rateLimitKey(actor),
      deps.config.rateLimits[side.rateLimit],
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
    const result = await storeAttachment(deps.db, now, actor, {
      fileName: file.name,
      declaredType: file.type === '' ? null : file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (result.ok) return c.json(result.attachment, 201);
    if (result.reason === 'unsupported_type' || result.reason === 'type_mismatch') {
      await recordAudit(deps.db, now, requestOf(deps, c), {
        event: 'message.attachment_refused',
        actorType: actor.type,
        actorId: actor.id,
        customerId: actor.type === 'customer' ? actor.id : null,
        details: { reason: result.reason, declaredType: file.type.slice(0, 100) },
      });
    }
    return c.json(
      problem(UPLOAD_REFUSAL_MESSAGES[result.reason], { reason: result.reason }),
      result.reason === 'too_large' ? 413 : 400,
    );
  };
}

/**
 * Sends an attachment the signed-in person may see as a download, never rendered inline; anything
 * else is 404, whoever it belongs to.
 */
function download(deps: AppDeps, side: AttachmentSide): Handler {
  return async (c) => {
    const actor = await side.actorOf(deps, c);
    if (actor === null) return c.json(problem('Please sign in to continue.'), 401);
    const id = c.req.param('id') ?? '';
    const attachment = UUID.test(id) ? await side.find(deps, actor, id.toLowerCase()) : undefined;
    if (attachment === undefined) return c.json(problem('Not found.'), 404);
    await side.onDownload?.(deps, c, actor, attachment.id);
    return c.body(new Uint8Array(attachment.content), 200, {
      'Content-Type': attachment.media_type,
      'Content-Length': String(attachment.size_bytes),
      'Content-Disposition': contentDisposition(attachment.file_name),
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  };
}

/** The customer's upload (their own session cookie only). */
export function uploadAttachment(deps: AppDeps): Handler {
  return upload(deps, CUSTOMER_SIDE);
}

/** The customer's download: their own upload, or a file sent in one of their threads. */
export function downloadAttachment(deps: AppDeps): Handler {
  return download(deps, CUSTOMER_SIDE);
}

/** A member of staff's upload on the staff app, for a reply. */
export function uploadStaffAttachment(deps: AppDeps): Handler {
  return upload(deps, STAFF_SIDE);
}

/** A member of staff's download on the staff app: any file sent in a thread, or their own upload; audited. */
export function downloadStaffAttachment(deps: AppDeps): Handler {
  return download(deps, STAFF_SIDE);
}
