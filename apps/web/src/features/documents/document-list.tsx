import { DateText } from '@marque/ui';
import type { CustomerDocument } from './document-api-types.js';
import { documentDownloadUrl, documentKindText, fileSizeText } from './document-text.js';

/** Documents newest first, each with its type, date, size and a download link named for it. */
export function DocumentList({ documents }: { documents: readonly CustomerDocument[] }) {
  return (
    <ul className="documents">
      {documents.map((document) => (
        <li key={document.id} className="documents__item">
          <span className="documents__icon" aria-hidden="true">
            PDF
          </span>
          <div className="documents__text">
            <p className="documents__title">{document.title}</p>
            <p className="documents__meta">
              {documentKindText(document.kind)} ·{' '}
              <DateText date={document.createdAt.slice(0, 10)} /> · {fileSizeText(document.size)}
            </p>
          </div>
          <a
            className="mq-button mq-button--secondary documents__download"
            href={documentDownloadUrl(document.id)}
            download
          >
            Download<span className="mq-visually-hidden"> {document.title} (PDF)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
