/**
 * The export's readable summary (pdf-lib): the person's works with titles, thumbnails and
 * reflections; every measure answered (from the registry) as a table and a line chart over its
 * score bands; homework; plans.
 * Plain A4 pages in the built-in Helvetica, so text outside its character set (e.g. emoji) is
 * replaced by "?" here — records.json keeps the exact words.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { MEASURES, isMeasureId, maxTotalOf, measureDefinition } from '../../domain/measures/index.ts';
import type { MeasureDefinition } from '../../domain/measures/index.ts';
import { formatDate, translator } from '../../domain/i18n/index.ts';
import type { Locale } from '../../domain/i18n/index.ts';
import type { ExportRecords } from './export-records.ts';

type Json = Record<string, unknown>;

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const INK = rgb(0.16, 0.15, 0.14);
const MUTED = rgb(0.42, 0.4, 0.38);
const BAND_SHADES = [rgb(0.9, 0.95, 0.9), rgb(0.95, 0.95, 0.86), rgb(0.97, 0.92, 0.84), rgb(0.97, 0.88, 0.84), rgb(0.95, 0.84, 0.84)];

/** A page cursor that wraps text and starts a new page when the current one is full. */
class Writer {
  page!: PDFPage;
  y = 0;
  private readonly ok = new Map<string, boolean>();
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  need(h: number): void {
    if (this.y - h < MARGIN) this.newPage();
  }

  /** Replaces characters the standard font cannot encode. */
  clean(text: string): string {
    let out = '';
    for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
      let ok = this.ok.get(ch);
      if (ok === undefined) {
        try {
          this.font.encodeText(ch);
          ok = ch === '\n' || ch.charCodeAt(0) >= 32;
        } catch {
          ok = false;
        }
        this.ok.set(ch, ok);
      }
      out += ok ? ch : '?';
    }
    return out;
  }

  text(raw: string, opts: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number } = {}): void {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.bold : this.font;
    const x = MARGIN + (opts.indent ?? 0);
    const width = A4[0] - MARGIN - x;
    for (const para of this.clean(raw).split('\n')) {
      const words = para.split(' ');
      let line = '';
      const flush = () => {
        this.need(size * 1.4);
        this.page.drawText(line, { x, y: this.y - size, size, font, color: opts.color ?? INK });
        this.y -= size * 1.4;
        line = '';
      };
      for (const w of words) {
        const next = line ? `${line} ${w}` : w;
        if (font.widthOfTextAtSize(next, size) > width && line) {
          flush();
          line = w;
        } else line = next;
        while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
          const rest = line.slice(cut);
          line = line.slice(0, cut);
          flush();
          line = rest;
        }
      }
      flush();
    }
  }

  heading(t: string): void {
    this.need(40);
    this.y -= 10;
    this.text(t, { size: 15, bold: true });
    this.y -= 4;
  }

  gap(h = 6): void {
    this.y -= h;
  }
}

const measureLabel = (id: unknown): string => (typeof id === 'string' && isMeasureId(id) ? measureDefinition(id).name : String(id));
/** A date in the reader's language ("7 Dec 2026", "7 dic 2026", "07.12.2026"). */
const dayIn =
  (locale: Locale) =>
  (iso: unknown): string =>
    typeof iso === 'string' && !Number.isNaN(Date.parse(iso)) ? formatDate(new Date(iso), locale, { day: 'numeric', month: 'short', year: 'numeric' }) : '';
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** Renders the summary in `locale`. `thumbs` maps artwork id → its stored WebP thumbnail. */
export async function summaryPdf(r: ExportRecords, thumbs: ReadonlyMap<string, Uint8Array>, locale: Locale = 'en'): Promise<Uint8Array> {
  const t = translator(locale);
  const day = dayIn(locale);
  const doc = await PDFDocument.create();
  const name = String(r.client.displayName ?? t('records:readme.someone'));
  doc.setTitle(t('records:pdf.docTitle', { name }));
  doc.setLanguage(locale);
  doc.setCreator('Hearth');
  doc.setCreationDate(new Date(r.exportedAt));
  doc.setModificationDate(new Date(r.exportedAt));
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));

  w.text(t('records:pdf.title', { name }), { size: 20, bold: true });
  w.text(t('records:pdf.exported', { at: `${formatDate(new Date(r.exportedAt), locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC` }), {
    color: MUTED,
  });
  if (typeof r.client.goals === 'string' && r.client.goals.trim()) {
    w.gap();
    w.text(t('records:pdf.goals'), { bold: true });
    w.text(r.client.goals);
  }
  w.gap();
  w.text(
    t('records:pdf.counts', {
      works: r.artworks.length,
      reflections: r.reflections.length,
      measures: r.measures.length,
      homework: r.homework.length,
      music: r.musicPieces.length,
      sessions: r.sessions.length,
    }),
    { color: MUTED },
  );

  // Works, with thumbnails and the reflections written about them.
  w.heading(t('records:pdf.works'));
  if (r.artworks.length === 0) w.text(t('records:pdf.noWorks'), { color: MUTED });
  const reflectionsFor = new Map<string, Json[]>();
  for (const ref of r.reflections)
    if (typeof ref.artworkId === 'string') reflectionsFor.set(ref.artworkId, [...(reflectionsFor.get(ref.artworkId) ?? []), ref]);
  for (const a of r.artworks) {
    const id = String(a.id);
    const thumb = thumbs.get(id);
    w.need(100);
    const top = w.y;
    let textIndent = 0;
    if (thumb) {
      try {
        const jpg = await sharp(thumb)
          .resize(90, 90, { fit: 'inside' })
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        const img = await doc.embedJpg(jpg.data);
        w.page.drawImage(img, { x: MARGIN, y: top - jpg.info.height, width: jpg.info.width, height: jpg.info.height });
        textIndent = 100;
      } catch {
        textIndent = 0;
      }
    }
    w.text(String(a.title || t('records:pdf.untitled')), { bold: true, size: 11, indent: textIndent });
    const prompt = (a.params as Json | undefined)?.prompt;
    w.text(`${day(a.createdAt)} · ${String(a.kind)}${typeof prompt === 'string' && prompt ? ` · "${prompt}"` : ''}`, { color: MUTED, indent: textIndent });
    for (const ref of reflectionsFor.get(id) ?? []) w.text(`“${String(ref.text)}” (${day(ref.createdAt)})`, { indent: textIndent });
    if (thumb && textIndent > 0) w.y = Math.min(w.y, top - 96);
    w.gap(8);
  }
  const loose = r.reflections.filter((x) => typeof x.artworkId !== 'string');
  if (loose.length > 0) {
    w.heading(t('records:pdf.otherReflections'));
    for (const ref of loose) w.text(`${day(ref.createdAt)}: ${String(ref.text)}`);
  }

  // Questionnaires: a table and one chart per measure answered.
  const answered = MEASURES.filter((def) => r.measures.some((m) => m.measure === def.id));
  w.heading(answered.length > 0 ? t('records:pdf.questionnairesOf', { names: answered.map((d) => d.name).join(', ') }) : t('records:pdf.questionnaires'));
  if (r.measures.length === 0) w.text(t('records:pdf.noQuestionnaires'), { color: MUTED });
  else {
    w.text(t('records:pdf.notDiagnosis'), { color: MUTED, size: 9 });
    w.gap(4);
    const cols = [0, 90, 170, 240];
    w.need(16);
    [t('records:pdf.date'), t('records:pdf.questionnaire'), t('records:pdf.score'), t('records:pdf.range')].forEach((h, i) =>
      w.page.drawText(h, { x: MARGIN + cols[i]!, y: w.y - 10, size: 10, font: w.bold, color: INK }),
    );
    w.y -= 16;
    for (const m of r.measures) {
      w.need(14);
      const cells = [day(m.createdAt), measureLabel(m.measure), `${String(m.total)} / ${String(m.maxTotal)}`, w.clean(String(m.band))];
      cells.forEach((c, i) => w.page.drawText(c, { x: MARGIN + cols[i]!, y: w.y - 10, size: 10, font: w.font, color: INK }));
      w.y -= 14;
    }
    for (const def of answered)
      drawChart(
        w,
        def,
        r.measures.filter((m) => m.measure === def.id),
        { title: t('records:pdf.overTime', { name: def.name }), day },
      );
  }

  w.heading(t('records:pdf.homework'));
  if (r.homework.length === 0) w.text(t('records:pdf.noHomework'), { color: MUTED });
  for (const h of r.homework) {
    w.text(t('records:pdf.homeworkLine', { title: String(h.title), status: String(h.status), withDue: h.dueAt ? 'yes' : 'no', due: day(h.dueAt) }), {
      bold: true,
    });
    if (h.goal) w.text(String(h.goal), { color: MUTED, indent: 10 });
  }

  w.heading(t('records:pdf.plans'));
  if (r.plans.length === 0) w.text(r.omitted.plans ? t('records:pdf.notIncluded') : t('records:pdf.noPlans'), { color: MUTED });
  for (const p of r.plans) {
    const content = (p.content ?? {}) as Json;
    w.text(t('records:pdf.planFrom', { date: day(p.createdAt), status: String(p.status) }), { bold: true });
    for (const g of arr(content.goals)) {
      w.text(t('records:pdf.goal', { text: String(g.text) }), { indent: 10 });
      for (const o of arr(g.objectives)) w.text(`- ${String(o.text)}`, { indent: 20 });
    }
    for (const pr of arr(p.progress)) {
      const latest = pr.latest === null || pr.latest === undefined ? t('records:pdf.noScore') : t('records:pdf.latest', { score: String(pr.latest) });
      const target = {
        measure: measureLabel(pr.measure),
        direction: pr.direction === 'above' ? 'above' : 'below',
        target: String(pr.target),
        by: day(pr.by) || String(pr.by),
        latest,
        status: String(pr.status).replace('_', ' '),
      };
      w.text(t('records:pdf.target', target), {
        indent: 10,
        color: MUTED,
      });
    }
  }
  return doc.save({ useObjectStreams: true });
}

/** A line chart of one measure's totals over time, over its score bands shaded by severity. */
function drawChart(w: Writer, def: MeasureDefinition, points: Json[], words: { title: string; day(iso: unknown): string }): void {
  const { day } = words;
  const max = maxTotalOf(def);
  const height = 150;
  const width = A4[0] - 2 * MARGIN - 40;
  w.need(height + 50);
  w.gap(10);
  w.text(words.title, { bold: true });
  const x0 = MARGIN + 30;
  const y0 = w.y - height - 6;
  def.bands.forEach((b, i) => {
    const yb = y0 + (b.min / max) * height;
    const hb = ((b.max + (i === def.bands.length - 1 ? 0 : 1) - b.min) / max) * height;
    w.page.drawRectangle({ x: x0, y: yb, width, height: Math.max(hb, 1), color: BAND_SHADES[Math.min(b.severity, BAND_SHADES.length - 1)]! });
    const label = w.clean(b.label);
    w.page.drawText(label, { x: x0 + width - w.font.widthOfTextAtSize(label, 7) - 3, y: yb + 2, size: 7, font: w.font, color: MUTED });
  });
  for (const t of [0, Math.round(max / 2), max]) w.page.drawText(String(t), { x: MARGIN, y: y0 + (t / max) * height - 3, size: 8, font: w.font, color: MUTED });
  const xs = points.map((_, i) => (points.length === 1 ? x0 + width / 2 : x0 + 10 + (i / (points.length - 1)) * (width - 20)));
  const ys = points.map((p) => y0 + (Math.min(Number(p.total), max) / max) * height);
  for (let i = 1; i < points.length; i++)
    w.page.drawLine({ start: { x: xs[i - 1]!, y: ys[i - 1]! }, end: { x: xs[i]!, y: ys[i]! }, thickness: 1.5, color: INK });
  points.forEach((p, i) => {
    w.page.drawCircle({ x: xs[i]!, y: ys[i]!, size: 2.5, color: INK });
    if (i === 0 || i === points.length - 1) w.page.drawText(day(p.createdAt), { x: xs[i]! - 20, y: y0 - 12, size: 7, font: w.font, color: MUTED });
  });
  w.y = y0 - 20;
}
