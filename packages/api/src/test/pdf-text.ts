import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a PDF says, as a screen reader or a search would find it: every page's text in reading order. */
export interface PdfText {
  /** All text, items separated by single spaces. */
  text: string;
  pages: number;
  title: string | undefined;
  language: string | undefined;
}

/** Reads a PDF's text and metadata with pdf.js, as a customer's viewer would. */
export async function readPdfText(content: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: new Uint8Array(content), verbosity: 0 }).promise;
  try {
    const parts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str);
    }
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
    return {
      text: parts.join(' ').replace(/\s+/g, ' ').trim(),
      pages: pdf.numPages,
      title: info.Title,
      language: info.Language,
    };
  } finally {
    await pdf.destroy();
  }
}
