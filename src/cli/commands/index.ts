/**
 * Every CLI command, in the order `hearth --help` lists them. An entry names the command and its
 * one-line summary (read from the CLI catalogue in the current language); the command's module —
 * and the packages it needs — is imported only when the command runs, so `hearth --help` and
 * `hearth generate` never load the server, the database or the export code.
 */
import type { CliCommandEntry } from '../command.ts';
import { msg } from '../cli-i18n.ts';

export const commands: readonly CliCommandEntry[] = [
  {
    name: 'serve',
    get summary() {
      return msg('serve.summary');
    },
    load: async () => (await import('./serve.command.ts')).serveCommand,
  },
  {
    name: 'worker',
    get summary() {
      return msg('worker.summary');
    },
    load: async () => (await import('./worker.command.ts')).workerCommand,
  },
  {
    name: 'demo',
    get summary() {
      return msg('demo.summary');
    },
    load: async () => (await import('./demo.command.ts')).demoCommand,
  },
  {
    name: 'generate',
    get summary() {
      return msg('generate.summary');
    },
    load: async () => (await import('./generate.command.ts')).generateCommand,
  },
  {
    name: 'inpaint',
    get summary() {
      return msg('inpaint.summary');
    },
    load: async () => (await import('./inpaint.command.ts')).inpaintCommand,
  },
  {
    name: 'lines',
    get summary() {
      return msg('lines.summary');
    },
    load: async () => (await import('./lines.command.ts')).linesCommand,
  },
  {
    name: 'styles',
    get summary() {
      return msg('styles.summary');
    },
    load: async () => (await import('./styles.command.ts')).stylesCommand,
  },
  {
    name: 'music',
    get summary() {
      return msg('music.summary');
    },
    load: async () => (await import('./music.command.ts')).musicCommand,
  },
  {
    name: 'analyze-audio',
    get summary() {
      return msg('analyze-audio.summary');
    },
    load: async () => (await import('./analyze-audio.command.ts')).analyzeAudioCommand,
  },
  {
    name: 'analyze',
    get summary() {
      return msg('analyze.summary');
    },
    load: async () => (await import('./analyze.command.ts')).analyzeCommand,
  },
  {
    name: 'screen',
    get summary() {
      return msg('screen.summary');
    },
    load: async () => (await import('./screen.command.ts')).screenCommand,
  },
  {
    name: 'audit',
    get summary() {
      return msg('audit.summary');
    },
    load: async () => (await import('./audit.command.ts')).auditCommand,
  },
  {
    name: 'export',
    get summary() {
      return msg('export.summary');
    },
    load: async () => (await import('./export.command.ts')).exportCommand,
  },
  {
    name: 'backup',
    get summary() {
      return msg('backup.summary');
    },
    load: async () => (await import('./backup.command.ts')).backupCommand,
  },
  {
    name: 'restore',
    get summary() {
      return msg('restore.summary');
    },
    load: async () => (await import('./restore.command.ts')).restoreCommand,
  },
  {
    name: 'keys',
    get summary() {
      return msg('keys.summary');
    },
    load: async () => (await import('./keys.command.ts')).keysCommand,
  },
  {
    name: 'admin',
    get summary() {
      return msg('admin.summary');
    },
    load: async () => (await import('./admin.command.ts')).adminCommand,
  },
];
