import type { CliCommand } from '../command.ts';
import { adminCommand } from './admin.command.ts';
import { analyzeAudioCommand } from './analyze-audio.command.ts';
import { analyzeCommand } from './analyze.command.ts';
import { auditCommand } from './audit.command.ts';
import { backupCommand } from './backup.command.ts';
import { demoCommand } from './demo.command.ts';
import { exportCommand } from './export.command.ts';
import { generateCommand } from './generate.command.ts';
import { inpaintCommand } from './inpaint.command.ts';
import { keysCommand } from './keys.command.ts';
import { linesCommand } from './lines.command.ts';
import { musicCommand } from './music.command.ts';
import { restoreCommand } from './restore.command.ts';
import { screenCommand } from './screen.command.ts';
import { serveCommand } from './serve.command.ts';
import { stylesCommand } from './styles.command.ts';
import { workerCommand } from './worker.command.ts';

/** Every CLI command, in the order `hearth --help` lists them. */
export const commands: readonly CliCommand[] = [
  serveCommand,
  workerCommand,
  demoCommand,
  generateCommand,
  inpaintCommand,
  linesCommand,
  stylesCommand,
  musicCommand,
  analyzeAudioCommand,
  analyzeCommand,
  screenCommand,
  auditCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  keysCommand,
  adminCommand,
];
