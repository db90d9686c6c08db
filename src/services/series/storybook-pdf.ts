/**
 * A series as a printable storybook (pdf-lib, A4): a cover with the title, the client's
 * description and the first pictures, then one chapter per page — its number and title, the
 * picture as large as the page allows, and the client's words below it.
 * Built-in fonts (Times for the words, Helvetica for the frame), so characters outside their set
 * (e.g. emoji) print as "?"; the app and the export's records keep the exact words. The same
 * series and pictures give the same bytes (dates come from the series, not the clock).
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import sharp from 'sharp';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.16, 0.15, 0.14);
const MUTED = rgb(0.45, 0.42, 0.4);
const ACCENT = rgb(0.55, 0.35, 0.25);
/** Long edge the pictures are embedded at: sharp on paper, small in the file. */
const PICTURE_EDGE = 1400;

/** What the PDF shows of one chapter: its words, and the work's image bytes when it has one. */
export interface StorybookChapter {
  title: string;
  words: string;
  image: Uint8Array | null;
}

export interface StorybookInput {
  title: string;
  description: string;
  /** Whose story: shown on the cover ("by …"). */
  author: string;
  /** When the series was last changed (the PDF's dates, so bytes do not depend on the clock). */
  updatedAt: Date;
  chapters: readonly StorybookChapter[];
}

/** Replaces what a standard font cannot encode with "?", keeping line breaks. */
function cleanFor(font: PDFFont, text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    if (ch === '\n') {
      out += ch;
      continue;
    }
    try {
      font.encodeText(ch);
      out += ch.charCodeAt(0) >= 32 ? ch : '?';
    } catch {
      out += '?';
    }
  }
  return out;
}

/** Breaks text into lines no wider than `width` at `size`, splitting long words. */
export function wrapLines(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of cleanFor(font, text).split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      let w = word;
      const next = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) <= width) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      while (font.widthOfTextAtSize(w, size) > width && w.length > 1) {
        let cut = w.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(w.slice(0, cut), size) > width) cut--;
        lines.push(w.slice(0, cut));
        w = w.slice(cut);
      }
      line = w;
    }
    lines.push(line);
  }
  return lines;
}

function centred(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color = INK): void {
  const w = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (A4[0] - w) / 2, y, size, font, color });
}

/** The picture as a JPEG for the PDF, or null when it does not decode. */
async function pictureJpeg(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    return await sharp(bytes)
      .rotate()
      .resize({ width: PICTURE_EDGE, height: PICTURE_EDGE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer();
  } catch {
    return null;
  }
}

/** Draws `img` fitted inside the box (x, y = lower left), centred; returns the drawn height. */
function drawFitted(page: PDFPage, img: PDFImage, x: number, y: number, w: number, h: number): number {
  const scale = Math.min(w / img.width, h / img.height);
  const dw = img.width * scale;
  const dh = img.height * scale;
  page.drawRectangle({ x: x + (w - dw) / 2 - 1, y: y + h - dh - 1, width: dw + 2, height: dh + 2, color: rgb(0.93, 0.91, 0.88) });
  page.drawImage(img, { x: x + (w - dw) / 2, y: y + h - dh, width: dw, height: dh });
  return dh;
}

/** Renders the storybook. */
export async function storybookPdf(input: StorybookInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(cleanForTitle(input.title));
  doc.setAuthor(cleanForTitle(input.author));
  doc.setCreator('Hearth');
  doc.setProducer('Hearth');
  doc.setCreationDate(input.updatedAt);
  doc.setModificationDate(input.updatedAt);
  const serif = await doc.embedFont(StandardFonts.TimesRoman);
  const serifItalic = await doc.embedFont(StandardFonts.TimesRomanItalic);
  const sans = await doc.embedFont(StandardFonts.Helvetica);
  const sansBold = await doc.embedFont(StandardFonts.HelveticaBold);
  // Encode in parallel, embed in chapter order (object numbers, hence bytes, stay the same).
  const jpegs = await Promise.all(input.chapters.map((c) => (c.image ? pictureJpeg(c.image) : Promise.resolve(null))));
  const pictures: (PDFImage | null)[] = [];
  for (const j of jpegs) pictures.push(j ? await doc.embedJpg(j) : null);
  const textWidth = A4[0] - 2 * MARGIN;

  // Cover: title, by whom, the description, and up to six of the pictures in a row or two.
  const cover = doc.addPage(A4);
  cover.drawRectangle({ x: MARGIN / 2, y: MARGIN / 2, width: A4[0] - MARGIN, height: A4[1] - MARGIN, borderColor: ACCENT, borderWidth: 1.2 });
  let y = A4[1] - 170;
  for (const line of wrapLines(sansBold, input.title, 30, textWidth)) {
    centred(cover, line, sansBold, 30, y);
    y -= 38;
  }
  centred(cover, cleanFor(serifItalic, `by ${input.author}`), serifItalic, 16, y - 4, MUTED);
  y -= 44;
  for (const line of wrapLines(serif, input.description, 13, textWidth - 40).slice(0, 12)) {
    centred(cover, line, serif, 13, y);
    y -= 18;
  }
  const shown = pictures.filter((p): p is PDFImage => p !== null).slice(0, 6);
  if (shown.length > 0) {
    const perRow = Math.min(3, shown.length);
    const cell = (textWidth - (perRow - 1) * 12) / perRow;
    const rows = Math.ceil(shown.length / perRow);
    const top = Math.min(y - 24, 140 + rows * (cell + 12));
    shown.forEach((img, i) => {
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      drawFitted(cover, img, MARGIN + col * (cell + 12), top - (row + 1) * cell - row * 12, cell, cell);
    });
  }
  const chapterCount = `${input.chapters.length} chapter${input.chapters.length === 1 ? '' : 's'}`;
  centred(cover, `${chapterCount} · ${input.updatedAt.toISOString().slice(0, 10)}`, sans, 10, MARGIN + 10, MUTED);

  // One chapter per page.
  input.chapters.forEach((c, i) => {
    let page = doc.addPage(A4);
    let cy = A4[1] - MARGIN;
    page.drawText(`Chapter ${i + 1}`, { x: MARGIN, y: cy - 11, size: 11, font: sans, color: ACCENT });
    cy -= 24;
    for (const line of wrapLines(sansBold, c.title || `Chapter ${i + 1}`, 20, textWidth)) {
      page.drawText(line, { x: MARGIN, y: cy - 20, size: 20, font: sansBold, color: INK });
      cy -= 26;
    }
    cy -= 10;
    const wordLines = wrapLines(serif, c.words, 13, textWidth);
    const wordsHeight = c.words ? Math.min(wordLines.length, 24) * 18 : 0;
    const picture = pictures[i];
    if (picture) {
      const boxH = Math.max(160, cy - MARGIN - 30 - wordsHeight - 16);
      const drawn = drawFitted(page, picture, MARGIN, cy - boxH, textWidth, boxH);
      cy -= drawn + 22;
    }
    for (const line of wordLines) {
      if (cy < MARGIN + 30) {
        // Long words continue on a page of their own: nothing the client wrote is cut off.
        centred(page, `${i + 1} / ${input.chapters.length}`, sans, 9, MARGIN / 2 + 6, MUTED);
        page = doc.addPage(A4);
        cy = A4[1] - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y: cy - 13, size: 13, font: serif, color: INK });
      cy -= 18;
    }
    const folio = `${i + 1} / ${input.chapters.length}`;
    centred(page, folio, sans, 9, MARGIN / 2 + 6, MUTED);
  });
  return doc.save({ useObjectStreams: false });
}

function cleanForTitle(s: string): string {
  return [...s].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
}
