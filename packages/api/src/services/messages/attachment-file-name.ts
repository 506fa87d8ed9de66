import { extensionOf } from './attachment-type.js';
import type { AttachmentMediaType } from '../../db/message-tables.js';

const MAX_NAME_LENGTH = 100;

/**
 * A customer's file name made safe to store, show and send back in a Content-Disposition header:
 * no path (a name like `../../etc/passwd` keeps only its last part), no control or quote
 * characters, no leading dots, at most 100 characters, and the extension of the type the bytes
 * show (a PNG named `photo.pdf` is saved as `photo.png`).
 */
export function sanitiseFileName(original: string, mediaType: AttachmentMediaType): string {
  const lastPart = original.split(/[/\\]/).pop() ?? '';
  const dot = lastPart.lastIndexOf('.');
  const stem = (dot > 0 ? lastPart.slice(0, dot) : lastPart)
    .normalize('NFC')
    // Controls, quotes, and characters Windows or a header cannot hold.
    .replace(/[\p{Cc}\p{Cf}"'`<>:|?*;%\\]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const extension = `.${extensionOf(mediaType)}`;
  // Cut by whole characters as people see them, so an accent or emoji is never split in half.
  const characters = Array.from(new Intl.Segmenter().segment(stem), (part) => part.segment);
  const bounded = characters
    .slice(0, MAX_NAME_LENGTH - extension.length)
    .join('')
    .trim();
  return `${bounded === '' ? 'attachment' : bounded}${extension}`;
}
