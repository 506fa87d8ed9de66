import type { IsoDate } from '@marque/domain';
import type { Brand } from '../../../brand/brand.js';
import type { DocumentRecipient } from '../document-recipient.js';
import { letterOpening } from './letter-opening.js';
import { PdfWriter, type RenderedPdf } from './pdf-writer.js';

/** A part of a letter: an optional heading, then paragraphs, then label and value figures. */
export interface LetterSection {
  heading?: string;
  paragraphs?: readonly string[];
  facts?: readonly (readonly [string, string])[];
}

/** What a letter says; the layout, brand, address and date are the same for every letter. */
export interface LetterContent {
  title: string;
  subject: string;
  references: readonly (readonly [string, string])[];
  greeting?: string;
  sections: readonly LetterSection[];
}

/** A branded letter addressed to the customer, signed off by the lender. */
export function renderLetter(
  brand: Brand,
  recipient: DocumentRecipient,
  issuedOn: IsoDate,
  createdAt: Date,
  content: LetterContent,
): Promise<RenderedPdf> {
  const writer = new PdfWriter({
    brand,
    title: content.title,
    subject: content.subject,
    createdAt,
  });
  letterOpening(writer, recipient, issuedOn, brand.locale, content.references);
  writer.paragraph(content.greeting ?? `Dear ${recipient.name},`);
  for (const section of content.sections) {
    if (section.heading !== undefined) writer.heading(section.heading);
    for (const paragraph of section.paragraphs ?? []) writer.paragraph(paragraph);
    if (section.facts !== undefined && section.facts.length > 0) writer.facts(section.facts);
  }
  writer.paragraph(
    `If you have any questions, call us on ${brand.support.phone} (${brand.support.hours}) or send us a secure message from your online account.`,
  );
  writer.paragraph(`Yours sincerely,\n${brand.name}`);
  return writer.finish();
}
