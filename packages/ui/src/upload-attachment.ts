/**
 * Where files for a message are uploaded (multipart, field `file`) and downloaded (`/<id>`), on
 * the customer site and the staff console alike; the API checks the bytes.
 */
export const ATTACHMENTS_URL = '/api/messages/attachments';

/** A stored upload, as the API answers it and lists it on a message. */
export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

const ACCEPTED_EXTENSIONS = /\.(pdf|png|jpe?g)$/i;

export type UploadOutcome = { ok: true; attachment: Attachment } | { ok: false; message: string };

/**
 * What the page can tell before sending: the size and the name's extension. The API decides from
 * the bytes themselves; this only spares the customer a wait for an answer we already know.
 */
export function precheckAttachment(file: File, maxBytes: number): string | null {
  if (file.size === 0) return `${file.name} is empty. Please choose another file.`;
  if (file.size > maxBytes) {
    return `${file.name} is larger than 5 MB. Please send a smaller file.`;
  }
  if (!ACCEPTED_EXTENSIONS.test(file.name)) {
    return `${file.name} is not a PDF, PNG or JPEG file.`;
  }
  return null;
}

function messageOf(body: unknown, fallback: string): string {
  if (typeof body !== 'object' || body === null || !('error' in body)) return fallback;
  const error = body.error;
  if (typeof error !== 'object' || error === null || !('message' in error)) return fallback;
  return typeof error.message === 'string' ? error.message : fallback;
}

/** Uploads one file; the answer is the stored attachment or the API's reason, in plain words. */
export async function uploadAttachment(
  file: File,
  maxBytes: number,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<UploadOutcome> {
  const precheck = precheckAttachment(file, maxBytes);
  if (precheck !== null) return { ok: false, message: precheck };
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetchImpl(ATTACHMENTS_URL, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    return {
      ok: false,
      message: 'We could not reach our service. Check your internet connection and try again.',
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 201) return { ok: true, attachment: body as Attachment };
  return {
    ok: false,
    message: `${file.name}: ${messageOf(body, 'The file could not be uploaded. Please try again.')}`,
  };
}
