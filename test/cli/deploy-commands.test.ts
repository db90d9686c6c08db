/**
 * docs/deploy.md names `hearth` commands an operator runs at 3 a.m. (backups, restores, key
 * rotation, operator accounts, workers): each must be a real command, with a subcommand its
 * usage lists and only options it accepts — so a renamed flag fails here, not in a restore drill.
 * Its GPU-host section must name every ComfyUI node type the shipped workflows use and the model
 * files the adapter asks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommand } from '../../src/cli/command.ts';
import { commands } from '../../src/cli/commands/index.ts';
import { SHOWCASE } from '../../src/backends/remote/showcase.ts';
import { ROOT } from '../helpers/e2e.ts';

interface Invocation {
  command: string;
  words: string[];
  source: string;
}

/**
 * Every `hearth COMMAND …` in a guide: in code blocks (`bin/hearth.js COMMAND` or a line that
 * starts with `hearth COMMAND`, after any VAR=value), and in inline code that starts with
 * `hearth COMMAND` or holds `bin/hearth.js COMMAND`. Continued lines are joined; the words end at a shell operator or comment.
 */
function hearthInvocations(markdown: string): Invocation[] {
  const found: Invocation[] = [];
  const take = (text: string, re: RegExp): void => {
    for (const m of text.matchAll(re)) {
      const rest = m[2]!.split(/\s(?:\||;|&&|<|>|#)\s|\s[<>]/)[0]!;
      found.push({ command: m[1]!, words: rest.split(/\s+/).filter(Boolean), source: m[0].trim() });
    }
  };
  const blocks = [...markdown.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((b) => b[1]!.replace(/\\\n\s*/g, ' '));
  for (const block of blocks) {
    for (const line of block.split('\n')) {
      take(line, /bin\/hearth\.js\s+([a-z][a-z-]*)(?=\s|$)(.*)$/g);
      take(line, /^\s*(?:[A-Z0-9_]+=\S+\s+)*hearth\s+([a-z][a-z-]*)(?=\s|$)(.*)$/g);
    }
  }
  const prose = markdown.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '');
  take(prose, /`hearth\s+([a-z][a-z-]*)((?:\s[^`]*)?)`/g);
  take(prose, /`[^`]*?bin\/hearth\.js\s+([a-z][a-z-]*)((?:\s[^`]*)?)`/g);
  return found;
}

async function problems(markdown: string): Promise<string[]> {
  const out: string[] = [];
  for (const inv of hearthInvocations(markdown)) {
    const entry = commands.find((c) => c.name === inv.command);
    if (!entry) {
      out.push(`${inv.source}: no command "${inv.command}"`);
      continue;
    }
    const cmd = await loadCommand(entry);
    const first = inv.words[0];
    if ((cmd.maxPositionals ?? 0) > 0 && ['audit', 'keys', 'admin'].includes(cmd.name)) {
      if (!first || first.startsWith('-') || !new RegExp(`hearth ${cmd.name} ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(cmd.usage))
        out.push(`${inv.source}: no subcommand "${first ?? ''}"`);
    }
    for (const w of inv.words) {
      const flag = /^--([a-z][a-z-]*)/.exec(w)?.[1];
      if (flag && !(flag in cmd.options) && flag !== 'help') out.push(`${inv.source}: hearth ${cmd.name} has no option --${flag}`);
    }
  }
  return out;
}

describe('docs/deploy.md', () => {
  const guide = readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8');

  it('names only real commands, subcommands and options', async () => {
    const invocations = hearthInvocations(guide);
    // The operator's steps are all there: backup, restore, key rotation, an operator account, the audit check, a worker.
    for (const c of ['backup', 'restore', 'keys', 'admin', 'audit', 'worker', 'serve'])
      expect(
        invocations.map((i) => i.command),
        c,
      ).toContain(c);
    expect(await problems(guide)).toEqual([]);
  });

  it('would notice a misspelt option, a missing subcommand and an unknown command', async () => {
    const broken = [
      '```sh',
      'sudo -u hearth node /opt/hearth/bin/hearth.js backup --data /var/lib/hearth \\',
      '  --output /var/backups/x.backup --passphrase-file /etc/hearth/p',
      'HEARTH_MASTER_KEY=… hearth restor x.backup --data /x',
      '```',
      'Run `hearth keys rotat` and `hearth audit verify --data /x` then `hearth keys`.',
    ].join('\n');
    expect(await problems(broken)).toEqual([
      expect.stringMatching(/hearth backup has no option --output/),
      expect.stringMatching(/no command "restor"/),
      expect.stringMatching(/no subcommand "rotat"/),
      expect.stringMatching(/hearth keys`?: no subcommand ""/),
    ]);
  });

  it('names every ComfyUI node type the workflows use, and the model files the adapter asks for', () => {
    const dir = join(ROOT, 'src', 'backends', 'comfyui', 'workflows');
    const section = guide.slice(guide.indexOf('## 5.'), guide.indexOf('## 6.'));
    const types = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const { prompt } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { prompt: Record<string, { class_type: string }> };
      expect(section, f).toContain(`\`${f}\``);
      for (const node of Object.values(prompt)) types.add(node.class_type);
    }
    expect(types.size).toBeGreaterThan(8);
    for (const t of types) expect(section, t).toContain(`\`${t}\``);
    // Where ComfyUI looks for each file the adapter names ({{checkpoint}}, {{controlnet}}, {{inpaintmodel}}).
    const c = SHOWCASE.comfyui;
    for (const path of [`checkpoints/${c.checkpoint}`, `controlnet/${c.adapter}`, `checkpoints/${c.inpaintCheckpoint}`])
      expect(section, path).toContain(`\`${path}\``);
  });
});
