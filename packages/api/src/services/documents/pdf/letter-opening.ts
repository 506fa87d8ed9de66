import type { IsoDate } from '@marque/domain';
import type { DocumentRecipient } from '../document-recipient.js';
import { longDate } from './document-format.js';
import type { PdfWriter } from './pdf-writer.js';

/** The address block, the date and the references every letter and statement starts with. */
export function letterOpening(
  writer: PdfWriter,
  recipient: DocumentRecipient,
  date: IsoDate,
  locale: string,
  references: readonly (readonly [string, string])[],
): void {
  writer.address([recipient.name, ...recipient.addressLines]);
  writer.facts([['Date', longDate(date, locale)], ...references]);
}
