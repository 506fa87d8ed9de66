import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Brand } from '../../../brand/brand.js';

/** A4 in points, the size every letter and statement is printed on. */
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const HEADER_HEIGHT = 64;
const FOOTER_HEIGHT = 46;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const RULE = '#c8ced6';

/** A table column: numbers are right-aligned so that pounds line up with pounds. */
export interface PdfColumn {
  header: string;
  /** Share of the text width, e.g. 0.2. */
  width: number;
  align?: 'left' | 'right';
}

export interface PdfDocumentMeta {
  brand: Brand;
  /** The document title: shown as its heading and in the reader's title bar. */
  title: string;
  subject: string;
  /** Printed and stored as the creation date: from the injected clock, never the machine's. */
  createdAt: Date;
}

/** The finished file and what is stored beside it. */
export interface RenderedPdf {
  content: Buffer;
  /** SHA-256 hex of the content. */
  checksum: string;
  size: number;
}

/**
 * A branded A4 PDF written as real, tagged text (headings, paragraphs and tables a screen reader
 * can follow, with the title and language in the metadata), so a statement can be searched,
 * copied and read aloud. The header and page footers are marked as artifacts, outside the reading order.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly meta: PdfDocumentMeta) {
    this.doc = new PDFDocument({
      size: A4,
      margins: {
        top: MARGIN + HEADER_HEIGHT,
        bottom: MARGIN + FOOTER_HEIGHT,
        left: MARGIN,
        right: MARGIN,
      },
      bufferPages: true,
      tagged: true,
      lang: meta.brand.locale,
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: meta.title,
        Author: meta.brand.name,
        Subject: meta.subject,
        Creator: meta.brand.name,
        CreationDate: meta.createdAt,
        ModDate: meta.createdAt,
      },
      // Helvetica, one of the PDF standard fonts, is not embedded: every reader supplies it or a
      // face with the same metrics, and a statement stays about 10 KB and renders in milliseconds
      // (an embedded subset adds about 17 KB and several milliseconds to each of thousands a month).
      font: 'Helvetica',
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => {
        resolve(Buffer.concat(this.chunks));
      });
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.doc.on('pageAdded', () => {
      this.drawHeader();
    });
    this.drawHeader();
    this.heading(meta.title, 1);
  }

  private get textWidth(): number {
    return A4[0] - 2 * MARGIN;
  }

  /** The brand band across the top of every page. */
  private drawHeader(): void {
    const { doc } = this;
    const { colours, name } = this.meta.brand;
    const { x, y } = doc;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.save().rect(0, 0, A4[0], HEADER_HEIGHT).fill(colours.primary).restore();
    doc.save().rect(0, HEADER_HEIGHT, A4[0], 4).fill(colours.accent).restore();
    doc
      .font('Helvetica-Bold')
      .fontSize(18)
      .fillColor(colours.onPrimary)
      .text(name, MARGIN, 22, { width: this.textWidth, lineBreak: false });
    doc.endMarkedContent();
    doc.font('Helvetica').fontSize(10).fillColor(INK);
    doc.x = x;
    doc.y = y;
  }

  private fits(height: number): boolean {
    return this.doc.y + height <= A4[1] - MARGIN - FOOTER_HEIGHT;
  }

  /** Starts a new page when fewer than `height` points are left. */
  private keepTogether(height: number): void {
    if (!this.fits(height)) this.doc.addPage();
  }

  heading(text: string, level: 1 | 2 = 2): this {
    const { doc } = this;
    this.keepTogether(level === 1 ? 40 : 60);
    if (level === 2) doc.moveDown(0.8);
    this.root.add(
      doc.struct(level === 1 ? 'H1' : 'H2', {}, () => {
        doc
          .font('Helvetica-Bold')
          .fontSize(level === 1 ? 17 : 12.5)
          .fillColor(level === 1 ? INK : this.meta.brand.colours.primary)
          .text(text, MARGIN, doc.y, { width: this.textWidth });
      }),
    );
    doc.moveDown(0.4).font('Helvetica').fontSize(10).fillColor(INK);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean; bold?: boolean } = {}): this {
    const { doc } = this;
    this.keepTogether(30);
    this.root.add(
      doc.struct('P', {}, () => {
        doc
          .font(options.bold === true ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(10)
          .fillColor(options.muted === true ? MUTED : INK)
          .text(text, MARGIN, doc.y, { width: this.textWidth, lineGap: 2 });
      }),
    );
    doc.moveDown(0.5).font('Helvetica').fillColor(INK);
    return this;
  }

  /** A postal address, one line each. */
  address(lines: readonly string[]): this {
    return this.paragraph(lines.join('\n'));
  }

  /** Label and value pairs in two columns, e.g. the summary figures of a statement. */
  facts(rows: readonly (readonly [string, string])[]): this {
    return this.table(
      [
        { header: 'Item', width: 0.6 },
        { header: 'Value', width: 0.4, align: 'right' },
      ],
      rows,
      { headerRow: false },
    );
  }

  /** A table of text cells with a header row repeated on every page it runs onto. */
  table(
    columns: readonly PdfColumn[],
    rows: readonly (readonly string[])[],
    options: { headerRow?: boolean } = {},
  ): this {
    const { doc } = this;
    const showHeader = options.headerRow ?? true;
    const widths = columns.map((column) => column.width * this.textWidth);
    const table = doc.struct('Table');
    this.root.add(table);
    const rowHeight = (cells: readonly string[], header: boolean): number => {
      doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
      const heights = cells.map((cell, index) =>
        doc.heightOfString(cell, { width: (widths[index] ?? 0) - 8 }),
      );
      return Math.max(...heights) + 8;
    };
    const drawRow = (cells: readonly string[], header: boolean): void => {
      const height = rowHeight(cells, header);
      doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
      const top = doc.y;
      if (header) {
        doc.markContent('Artifact', { type: 'Layout' });
        doc.save().rect(MARGIN, top, this.textWidth, height).fill('#eef2f6').restore();
        doc.endMarkedContent();
      }
      const row = doc.struct('TR');
      table.add(row);
      let x = MARGIN;
      cells.forEach((cell, index) => {
        const width = widths[index] ?? 0;
        const align = columns[index]?.align ?? 'left';
        const left = x;
        row.add(
          doc.struct(header ? 'TH' : 'TD', {}, () => {
            doc.fillColor(INK).text(cell, left + 4, top + 4, { width: width - 8, align });
          }),
        );
        x += width;
      });
      row.end();
      doc.markContent('Artifact', { type: 'Layout' });
      doc
        .save()
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + this.textWidth, top + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke()
        .restore();
      doc.endMarkedContent();
      doc.x = MARGIN;
      doc.y = top + height;
    };
    const headerCells = columns.map((column) => column.header);
    const headerHeight = showHeader ? rowHeight(headerCells, true) : 0;
    rows.forEach((cells, index) => {
      const height = rowHeight(cells, false);
      // A table never starts with its header alone at the foot of a page, and a row that moves to a
      // new page takes the header with it.
      if (!this.fits(height + (index === 0 ? headerHeight : 0))) doc.addPage();
      if (showHeader && (index === 0 || doc.y === doc.page.margins.top)) drawRow(headerCells, true);
      drawRow(cells, false);
    });
    table.end();
    doc.moveDown(0.8).font('Helvetica').fontSize(10);
    return this;
  }

  /** Ends the document: page footers with the lender's details and "Page n of m", then the bytes. */
  async finish(): Promise<RenderedPdf> {
    const { doc } = this;
    const { brand } = this.meta;
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      // Writing inside the bottom margin must not start another page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' });
      const y = A4[1] - MARGIN - FOOTER_HEIGHT + 14;
      doc
        .save()
        .moveTo(MARGIN, y - 6)
        .lineTo(A4[0] - MARGIN, y - 6)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke()
        .restore();
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor(MUTED)
        .text(
          `${brand.name} · ${brand.support.phone} · ${brand.support.email} · ${brand.support.hours}`,
          MARGIN,
          y,
          { width: this.textWidth - 70, lineBreak: false },
        )
        .text(
          `Page ${String(index - range.start + 1)} of ${String(range.count)}`,
          A4[0] - MARGIN - 70,
          y,
          {
            width: 70,
            align: 'right',
            lineBreak: false,
          },
        )
        .text(brand.legalNotice, MARGIN, y + 12, { width: this.textWidth, lineBreak: false });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
    this.root.end();
    doc.end();
    const content = await this.done;
    return {
      content,
      checksum: createHash('sha256').update(content).digest('hex'),
      size: content.length,
    };
  }
}
