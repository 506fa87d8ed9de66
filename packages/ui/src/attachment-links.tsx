import { formatFileSize } from './file-size.js';
import { ATTACHMENTS_URL, type Attachment } from './upload-attachment.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
};

/** The files sent with a message, each a download link naming its type and size. */
export function AttachmentLinks({ attachments }: { attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul className="message-attachments" aria-label="Attachments">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <a href={`${ATTACHMENTS_URL}/${attachment.id}`} download={attachment.fileName}>
            {attachment.fileName}
          </a>{' '}
          <span className="message-attachments__meta">
            ({TYPE_NAMES[attachment.mediaType] ?? attachment.mediaType},{' '}
            {formatFileSize(attachment.sizeBytes)})
          </span>
        </li>
      ))}
    </ul>
  );
}
