/**
 * No hard-coded user-facing words in the translated areas of the web app: every JSX text node,
 * every string given to a prop a person reads or hears (aria-label, title, placeholder, alt,
 * label, hint, lead, …) and every string literal a JSX expression renders (`{busy ? 'Saving…' :
 * 'Save'}`) must come from `t()`. What counts as words: two letters in a row. Symbols, numbers,
 * punctuation and names that are the same in every language (Hearth, PHQ-9, SOAP) pass.
 *
 * `PENDING` lists files not translated yet with how many strings they still hold; it may only
 * shrink (a file with more strings than listed fails, and so does one with fewer, so the list
 * stays exact as work lands).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Areas this check covers (issue 18); other areas join as their teams translate them. */
export const TRANSLATED_AREAS = [
  'src/web/App.tsx',
  'src/web/pages',
  'src/web/components',
  'src/web/workspace',
  'src/web/account',
  'src/web/consent',
  'src/web/export',
  'src/web/model-servers',
];

/** Props whose string values are read or heard by a person. */
const READ_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'lead',
  'heading',
  'summary',
  'caption',
  'legend',
  'description',
  'confirmLabel',
  'busyLabel',
  'emptyText',
  'message',
  'text',
]);

/** Words that are the same in every language we speak (names of things, units, formats). */
const SAME_EVERYWHERE =
  /^(Hearth|PHQ-9|GAD-7|PCL-5|WHO-5|SOAP|DAP|BIRP|FHIR|PDF|ZIP|URL|API|TOTP|QR|ComfyUI|AUTOMATIC1111|Forge|OpenAI|S3|ID|OK|kHz|BPM|MB|KB|px|[A-Z]\d*)$/;

const isWords = (s: string): boolean => {
  const text = s.replace(/\s+/g, ' ').trim();
  if (!/\p{L}{2}/u.test(text)) return false;
  const tokens = text.split(/[\s·,;:()/|–—]+/).filter((w) => /\p{L}{2}/u.test(w));
  return tokens.some((w) => !SAME_EVERYWHERE.test(w.replace(/[.!?…"'“”‘’]/g, '')));
};

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Files inside those areas that belong to another team (translated with their area). */
const OTHER_TEAMS = new Set(['src/web/model-servers/JobProgress.tsx']);

function filesUnder(path: string, out: string[] = []): string[] {
  const abs = join(root, path);
  if (abs.endsWith('.tsx')) return [...out, abs];
  for (const e of readdirSync(abs, { withFileTypes: true })) {
    const p = join(abs, e.name);
    if (e.isDirectory()) filesUnder(relative(root, p), out);
    else if (e.name.endsWith('.tsx') && !/\.test\.tsx$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Literal strings a JSX expression would render: the literal itself, or the branches of ?:, ||, ??, &&. */
function renderedLiterals(e: ts.Expression): (ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression)[] {
  if (ts.isParenthesizedExpression(e)) return renderedLiterals(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) return [e];
  if (ts.isConditionalExpression(e)) return [...renderedLiterals(e.whenTrue), ...renderedLiterals(e.whenFalse)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind))
    return [...renderedLiterals(e.left), ...renderedLiterals(e.right)];
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return renderedLiterals(e.right);
  return [];
}

const literalText = (n: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string =>
  ts.isTemplateExpression(n) ? [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ') : n.text;

/** Every hard-coded user-facing string in one TSX source. */
export function hardCodedStrings(source: string, file = 'x.tsx'): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string) => {
    if (isWords(text)) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.replace(/\s+/g, ' ').trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const lit of renderedLiterals(node.expression)) add(lit, literalText(lit));
    } else if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) add(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) for (const lit of renderedLiterals(init.expression)) add(lit, literalText(lit));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Files still being translated, with the number of hard-coded strings each holds. May only shrink. */
const PENDING: Record<string, number> = {};

describe('hard-coded words in the translated areas', () => {
  it('finds text nodes, read props and rendered literals, and passes t() calls and names', () => {
    const src = `export const X = () => (
      <form aria-label="Change password">
        <h2>Two-step sign-in</h2>
        <p>{t('account:lead')}</p>
        <Field label={t('account:name')} hint="At least 10 characters" />
        <button>{busy ? 'Changing…' : t('account:change')}</button>
        <span title={\`Signed in as \${name}\`}>PHQ-9 · {score}</span>
        <input placeholder="e.g. calm sea" className="not-read words here" />
        <b>Hearth</b> {' · '} {count}
      </form>)`;
    expect(hardCodedStrings(src).map((f) => f.text)).toEqual([
      'Change password',
      'Two-step sign-in',
      'At least 10 characters',
      'Changing…',
      'Signed in as',
      'e.g. calm sea',
    ]);
  });

  it('leave no user-facing words outside t() (beyond the files listed as pending)', () => {
    const over: string[] = [];
    const counts: Record<string, number> = {};
    for (const area of TRANSLATED_AREAS) {
      for (const abs of filesUnder(area)) {
        const file = relative(root, abs);
        if (OTHER_TEAMS.has(file)) continue;
        const found = hardCodedStrings(readFileSync(abs, 'utf8'), file);
        if (found.length > 0) counts[file] = found.length;
        const allowed = PENDING[file] ?? 0;
        if (found.length > allowed) over.push(...found.map((f) => `${f.file}:${f.line} "${f.text}"`));
      }
    }
    expect(over).toEqual([]);
    // The pending list stays exact: a file translated further must be listed with its new count (or removed).
    expect(counts).toEqual(PENDING);
  });
});
