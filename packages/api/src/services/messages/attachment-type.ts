import type { AttachmentMediaType } from '../../db/message-tables.js';

const SIGNATURES: readonly { mediaType: AttachmentMediaType; magic: readonly number[] }[] = [
  // '%PDF-' (ISO 32000-1 §7.5.2: the header line starts the file).
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // The PNG signature (RFC 2083 §3.1).
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // A JPEG starts with SOI then another marker (FF D8 FF).
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/**
 * What a file really is, from its first bytes (magic numbers), or null when it is none of the types
 * we accept. The name and the type the browser declared are never trusted: an executable renamed
 * `statement.pdf` is refused here.
 */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  for (const { mediaType, magic } of SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte)) {
      return mediaType;
    }
  }
  return null;
}

/** The file-name extensions each type is saved with. */
const EXTENSIONS: Readonly<Record<AttachmentMediaType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

/** The extension a download of this type is given. */
export function extensionOf(mediaType: AttachmentMediaType): string {
  return EXTENSIONS[mediaType][0] ?? 'bin';
}

/** True when a file name's extension matches the type its bytes show. */
export function extensionMatches(fileName: string, mediaType: AttachmentMediaType): boolean {
  const dot = fileName.lastIndexOf('.');
  const extension = dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
  return EXTENSIONS[mediaType].includes(extension);
}
