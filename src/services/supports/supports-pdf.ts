/**
 * A visual support on paper (pdf-lib, A4): a social story as panels (picture + sentence), a
 * schedule as first/then or a routine with a box to tick beside each step, emotion cards as a
 * 2 × 2 grid of cut-out cards (face or picture, the feeling word, what helps). Large print
 * doubles the text; high contrast prints black on white with heavy borders; symbol-only leaves
 * the words off. Built-in fonts (characters outside them print as "?"). The same support and
 * pictures give the same bytes (the dates come from the support, not the clock).
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import type { SupportKind } from '../../store/index.ts';
import { wrapLines } from '../series/storybook-pdf.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 44;

/** One item as printed: its picture bytes (PNG or any image sharp reads) and words. */
export interface PrintItem {
  image: Uint8Array | null;
  text: string;
  helps: string;
}

export interface SupportPrint {
  kind: SupportKind;
  title: string;
  scheduleMode: 'first_then' | 'routine';
  options: { largePrint: boolean; highContrast: boolean; symbolOnly: boolean };
  /** Whose support: in the footer. */
  clientName: string;
  updatedAt: Date;
  items: readonly PrintItem[];
  /** Printed words for the frame, in the client's language ("First", "Then", "What helps"). */
  labels: { first: string; then: string; helps: string };
}

interface Ink {
  text: ReturnType<typeof rgb>;
  border: ReturnType<typeof rgb>;
  fill: ReturnType<typeof rgb>;
  borderWidth: number;
}

/** The picture as a PNG on white for the PDF, or null when it does not decode. */
async function picturePng(bytes: Uint8Array | null): Promise<Buffer | null> {
  if (!bytes) return null;
  try {
    return await sharp(bytes)
      .rotate()
      .resize({ width: 900, height: 900, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .png()
      .toBuffer();
  } catch {
    return null;
  }
}

function fitted(page: PDFPage, img: PDFImage, x: number, y: number, w: number, h: number): void {
  const s = Math.min(w / img.width, h / img.height);
  page.drawImage(img, { x: x + (w - img.width * s) / 2, y: y + (h - img.height * s) / 2, width: img.width * s, height: img.height * s });
}

function box(page: PDFPage, ink: Ink, x: number, y: number, w: number, h: number): void {
  page.drawRectangle({ x, y, width: w, height: h, color: ink.fill, borderColor: ink.border, borderWidth: ink.borderWidth });
}

function textIn(page: PDFPage, font: PDFFont, text: string, size: number, x: number, yTop: number, w: number, ink: Ink, centre = false): number {
  let y = yTop - size;
  for (const line of wrapLines(font, text, size, w)) {
    const lw = font.widthOfTextAtSize(line, size);
    page.drawText(line, { x: centre ? x + (w - lw) / 2 : x, y, size, font, color: ink.text });
    y -= size * 1.25;
  }
  return yTop - y;
}

/** Renders the support as a PDF. */
export async function supportPdf(input: SupportPrint): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(input.title.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?'));
  doc.setCreator('Hearth');
  doc.setProducer('Hearth');
  doc.setCreationDate(input.updatedAt);
  doc.setModificationDate(input.updatedAt);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const { largePrint, highContrast, symbolOnly } = input.options;
  const ink: Ink = highContrast
    ? { text: rgb(0, 0, 0), border: rgb(0, 0, 0), fill: rgb(1, 1, 1), borderWidth: 4 }
    : { text: rgb(0.16, 0.15, 0.14), border: rgb(0.72, 0.66, 0.6), fill: rgb(0.99, 0.97, 0.94), borderWidth: 1.5 };
  const size = largePrint ? 30 : 18;
  // Decoded in parallel, embedded in order (the object order, and so the bytes, stay the same).
  const pngs = await Promise.all(input.items.map((it) => picturePng(it.image)));
  const images: (PDFImage | null)[] = [];
  for (const png of pngs) images.push(png ? await doc.embedPng(png) : null);
  const W = A4[0] - 2 * MARGIN;
  let page: PDFPage | null = null;
  let y = 0;
  const footer = (p: PDFPage): void => {
    p.drawText(`${input.clientName.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?')} · ${input.updatedAt.toISOString().slice(0, 10)}`, {
      x: MARGIN,
      y: 24,
      size: 9,
      font: regular,
      color: rgb(0.45, 0.42, 0.4),
    });
  };
  const newPage = (): PDFPage => {
    const p = doc.addPage(A4);
    footer(p);
    y = A4[1] - MARGIN;
    if (!page) {
      y -= textIn(p, bold, input.title, largePrint ? 34 : 24, MARGIN, y, W, ink, true) + 14;
    }
    page = p;
    return p;
  };
  let p = newPage();

  if (input.kind === 'cards') {
    // 2 × 2 cards a page, each cut-out sized.
    const cw = (W - 16) / 2;
    const ch = (A4[1] - 2 * MARGIN - 90) / 2;
    input.items.forEach((it, i) => {
      const slot = i % 4;
      if (i > 0 && slot === 0) p = newPage();
      const top = A4[1] - MARGIN - 70 - Math.floor(slot / 2) * (ch + 16);
      const x = MARGIN + (slot % 2) * (cw + 16);
      box(p, ink, x, top - ch, cw, ch);
      const picH = symbolOnly ? ch - 30 : ch * 0.55;
      const img = images[i];
      if (img) fitted(p, img, x + 14, top - 14 - picH, cw - 28, picH);
      if (!symbolOnly) {
        let ty = top - 22 - picH;
        ty -= textIn(p, bold, it.text, size, x + 12, ty, cw - 24, ink, true) + 6;
        if (it.helps) textIn(p, regular, `${input.labels.helps}: ${it.helps}`, Math.round(size * 0.75), x + 12, ty, cw - 24, ink, true);
      }
    });
  } else if (input.kind === 'schedule' && input.scheduleMode === 'first_then') {
    const cw = (W - 24) / 2;
    const ch = Math.min(420, A4[1] - 2 * MARGIN - 120);
    const top = y - 10;
    [input.labels.first, input.labels.then].forEach((label, i) => {
      const x = MARGIN + i * (cw + 24);
      box(p, ink, x, top - ch, cw, ch);
      textIn(p, bold, label, size + 4, x, top - 12, cw, ink, true);
      const img = images[i];
      const picH = ch - (symbolOnly ? 70 : 130);
      if (img) fitted(p, img, x + 16, top - 56 - picH, cw - 32, picH);
      const it = input.items[i];
      if (it && !symbolOnly) textIn(p, regular, it.text, size, x + 12, top - 64 - picH, cw - 24, ink, true);
    });
  } else {
    // Story panels and routine steps: one row each, picture left, words right; routines get a tick box.
    const rowH = largePrint || symbolOnly ? 170 : 130;
    const routine = input.kind === 'schedule';
    input.items.forEach((it, i) => {
      if (y - rowH < MARGIN + 20) p = newPage();
      box(p, ink, MARGIN, y - rowH, W, rowH);
      const img = images[i];
      const picW = symbolOnly ? W - (routine ? 120 : 24) : rowH - 20;
      if (img) fitted(p, img, MARGIN + 10, y - rowH + 10, picW, rowH - 20);
      if (!symbolOnly) {
        const label = routine ? `${i + 1}. ${it.text}` : it.text;
        textIn(p, routine ? bold : regular, label, size, MARGIN + rowH + 6, y - 16, W - rowH - (routine ? 110 : 20), ink);
      }
      if (routine) {
        const s = 56;
        p.drawRectangle({
          x: MARGIN + W - s - 20,
          y: y - rowH / 2 - s / 2,
          width: s,
          height: s,
          borderColor: ink.border,
          borderWidth: Math.max(3, ink.borderWidth),
          color: rgb(1, 1, 1),
        });
      }
      y -= rowH + 12;
    });
  }
  return doc.save({ useObjectStreams: false });
}
