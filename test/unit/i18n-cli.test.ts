/**
 * The CLI speaks the chosen language in every command's help line, refusals and results: a scan
 * fails on a `CliError` thrown with words of its own or a command summary outside the CLI
 * catalogue, and commands run in-process with `--lang de` / `--lang es` answer from it — their
 * own refusals and a service's refusal (an HttpError names an `errors` catalogue message).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_RESOURCES, setCliLocale } from '../../src/cli/cli-i18n.ts';
import type { CliCommand } from '../../src/cli/command.ts';
import { commands } from '../../src/cli/commands/index.ts';
import { main } from '../../src/cli/main.ts';
import { RESOURCES } from '../../src/domain/i18n/index.ts';
import { em, HttpError } from '../../src/services/errors.ts';

const root = join(import.meta.dirname, '..', '..');
const cliDir = join(root, 'src/cli');

/** CliErrors that pass on another module's words (already in the reader's language, or a system error), by file. */
const PASSES_ON: Record<string, number> = {
  'src/cli/commands/admin.command.ts': 2, // errorTextIn(problem, …); e.message of a refused invite link
  'src/cli/commands/audit.command.ts': 1, // USAGE, built from msg()
  'src/cli/commands/backup.command.ts': 1, // the backup file's own error
  'src/cli/commands/generate.command.ts': 1, // a model server's failure, in its own words
  'src/cli/commands/restore.command.ts': 1, // the master-key check's reason
  'src/cli/open-store.ts': 4, // the data-folder checks' and the lock's reasons
};

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

const capture = () => {
  const o = { out: '', err: '' };
  return { o, io: { out: (t: string) => void (o.out += t), err: (t: string) => void (o.err += t) } };
};

afterEach(() => setCliLocale('en'));

describe('CLI text comes from the catalogue', () => {
  it('has no CliError with words of its own, and no literal command summary', () => {
    const problems: string[] = [];
    for (const file of sources(cliDir)) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const rel = relative(root, file);
      let passes = 0;
      const visit = (n: ts.Node): void => {
        if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'CliError') {
          const m = n.arguments?.[0];
          if (m && (ts.isStringLiteralLike(m) || ts.isTemplateExpression(m)))
            problems.push(`${rel}:${sf.getLineAndCharacterOfPosition(m.getStart()).line + 1} ${m.getText(sf).slice(0, 60)}`);
          else if (m && !(ts.isCallExpression(m) && ts.isIdentifier(m.expression) && m.expression.text === 'msg')) passes++;
        }
        if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'summary' && ts.isStringLiteralLike(n.initializer))
          problems.push(`${rel}: summary is a literal`);
        ts.forEachChild(n, visit);
      };
      visit(sf);
      if (passes > (PASSES_ON[rel] ?? 0)) problems.push(`${rel}: ${passes} CliError(s) pass on words, ${PASSES_ON[rel] ?? 0} expected`);
    }
    expect(problems).toEqual([]);
  });

  it('lists every command in the chosen language', async () => {
    for (const lang of ['es', 'de'] as const) {
      const c = capture();
      expect(await main(['--help', '--lang', lang], c.io)).toBe(0);
      for (const cmd of commands) {
        const summary = CLI_RESOURCES[lang][`${cmd.name}.summary`];
        expect(summary, `${lang} ${cmd.name}.summary`).toBeDefined();
        expect(summary).not.toBe(CLI_RESOURCES.en[`${cmd.name}.summary`]);
        expect(c.o.out).toContain(`${cmd.name.padEnd(Math.max(...commands.map((x) => x.name.length)))}  ${summary}`);
      }
    }
  });

  it('refuses in German and Spanish with --lang, command by command', async () => {
    const cases: [string[], 'es' | 'de', string, string][] = [
      [['screen', '--lang', 'de'], 'de', 'screen', 'screen.screenNeedsTextFile'],
      [['--lang=es', 'analyze'], 'es', 'analyze', 'analyze.analyzeNeedsImageFile'],
      [['lines', '--lang', 'de'], 'de', 'lines', 'lines.namePhotoReadHearth'],
      [['keys', 'spin', '--lang', 'es'], 'es', 'keys', 'keys.usageHearthKeysRotate'],
      [['music', '--prompt', '  ', '--out', '/tmp/hearth-i18n-never.wav', '--lang', 'de'], 'de', 'music', 'music.promptEmpty'],
    ];
    for (const [argv, lang, name, key] of cases) {
      const c = capture();
      expect(await main(argv, c.io), argv.join(' ')).toBe(2);
      expect(c.o.err).toBe(`hearth ${name}: ${CLI_RESOURCES[lang][key]}\n`);
      expect(c.o.err).not.toBe(`hearth ${name}: ${CLI_RESOURCES.en[key]}\n`);
    }
  });

  it('prints a service refusal in the CLI language, not the English it was thrown with', async () => {
    const refusing: CliCommand = {
      name: 'refuse',
      summary: 'x',
      usage: 'hearth refuse',
      options: {},
      run: () => Promise.reject(new HttpError('conflict', em('errors:staff.alreadyDeactivated', { displayName: 'Ana' }))),
    };
    const c = capture();
    expect(await main(['refuse', '--lang', 'de'], c.io, [refusing])).toBe(2);
    expect(c.o.err).toBe(`hearth refuse: ${RESOURCES.de.errors['staff.alreadyDeactivated']!.replace('{displayName}', 'Ana')}\n`);
  });
});
