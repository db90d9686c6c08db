/**
 * README.md's commands, run as printed. Every line of every ```sh block runs in order, through
 * `sh`, in one empty temporary folder, and must exit 0 — except the few that CI runs itself
 * (SKIPPED, each with its reason). The substitutions are the ones README names, and no others:
 * `npx hearth` → this checkout's bin/hearth.js, `CLIENT_ID` → a demo client's id, HEARTH_PORT → a
 * free port; the folder holds the four files README lists. `hearth serve` lines run until
 * /api/health answers and then get SIGTERM, which must stop them cleanly.
 */
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.ts';
import { openStore } from '../../src/store/index.ts';
import { freePort, ROOT, removeDir } from '../helpers/e2e.ts';
import { runProcess } from './process.ts';
import type { ProcessResult } from './process.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Lines README shows that this test does not run, and why. */
const SKIPPED: Record<string, string> = {
  'npm install && npm start': 'CI installs on a fresh clone and the e2e tier starts the server',
  'npm start': 'builds the web app in the checkout and serves until stopped; `npx hearth serve` below runs the same server',
  'npm test': 'CI runs it',
};

/** The shell lines of README's ```sh blocks, in order. */
function readmeShellLines(markdown: string): string[] {
  const lines: string[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    for (const line of block[1]!.split('\n')) if (line.trim() !== '' && !line.trim().startsWith('#')) lines.push(line.trim());
  }
  return lines;
}

const LINES = readmeShellLines(README);
const SERVE = /^npx hearth serve\b/;

let dir = '';
let port = 0;
let clientId: string | undefined;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-readme-'));
  port = await freePort();
  copyFileSync(join(ROOT, 'test/heldout/art/images/boat-lake-mountains.png'), join(dir, 'photo.png'));
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" fill="black"/><circle cx="380" cy="130" r="70" fill="white"/></svg>';
  await sharp(Buffer.from(svg)).png().toFile(join(dir, 'mask.png'));
  writeFileSync(join(dir, 'passphrase.txt'), 'a long backup passphrase, kept apart\n', { mode: 0o600 });
  writeFileSync(join(dir, 'password.txt'), 'lantern over quiet water 42', { mode: 0o600 });
});
afterAll(() => removeDir(dir));

/** The environment a newcomer has: none of Hearth's variables, except the free port. */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, HEARTH_PORT: String(port) };
  for (const k of Object.keys(e)) if (/^(HEARTH_(?!PORT$)|DATABASE_URL$)/.test(k)) delete e[k];
  return e;
}

async function demoClientId(): Promise<string> {
  if (clientId) return clientId;
  const store = await openStore({ dataDir: join(dir, 'data'), s3: null });
  try {
    const therapist = await store.users.byEmail('maya@demo.hearth');
    const clients = await store.clients.listForTherapist(therapist!.id);
    clientId = clients[0]!.id;
    return clientId;
  } finally {
    await store.close();
  }
}

async function substitute(line: string): Promise<string> {
  let cmd = line.replaceAll('npx hearth', `node "${join(ROOT, 'bin', 'hearth.js')}"`);
  if (cmd.includes('CLIENT_ID')) cmd = cmd.replaceAll('CLIENT_ID', await demoClientId());
  return cmd;
}

/** Runs a README line through sh; a server line (`untilHealthy`) gets SIGTERM once /api/health answers. */
function sh(cmd: string, cwd: string, untilHealthy: boolean): Promise<ProcessResult> {
  const stopWhenHealthy = async (p: ChildProcess): Promise<void> => {
    const deadline = Date.now() + 150_000;
    while (p.exitCode === null && Date.now() < deadline) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    p.kill('SIGTERM');
  };
  return runProcess('sh', ['-c', untilHealthy ? `exec ${cmd}` : cmd], { cwd, env: env(), started: untilHealthy ? (p) => void stopWhenHealthy(p) : undefined });
}

/** The files a line says it writes (`--out FILE`, or FILE-1…, FILE-2… with `--count`). */
function outputsOf(line: string): string[] {
  const out = /--out (\S+)/.exec(line)?.[1];
  if (!out) return [];
  const count = Number(/--count (\d+)/.exec(line)?.[1] ?? 1);
  return count === 1 ? [out] : Array.from({ length: count }, (_, i) => out.replace(/(\.\w+)$/, `-${i + 1}$1`));
}

describe('README.md', () => {
  it('shows every hearth command in a runnable line, names only real scripts and commands in its prose', () => {
    for (const c of commands)
      expect(
        LINES.some((l) => l.includes(`npx hearth ${c.name}`)),
        c.name,
      ).toBe(true);
    const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    for (const [, span] of README.matchAll(/`([^`\n]+)`/g)) {
      const run = /^npm run (\S+)/.exec(span!);
      if (run) expect(scripts, span).toContain(run[1]);
      const h = /^(?:npx )?hearth (\S+)/.exec(span!);
      if (h && !['--help', 'COMMAND'].includes(h[1]!))
        expect(
          commands.map((c) => c.name),
          span,
        ).toContain(h[1]);
    }
    for (const line of LINES) if (!line.startsWith('npx hearth') && !line.includes('| npx hearth')) expect(SKIPPED, line).toHaveProperty([line]);
  });

  it('npx hearth, inside the checkout, is this checkout’s bin/hearth.js (what the lines below run), with no package fetched', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = await runProcess('npx', ['--no-install', 'hearth', '--version'], { cwd: join(ROOT, 'src'), env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  }, 240_000);

  for (const line of LINES) {
    if (SKIPPED[line]) {
      it.skip(`${line}  (${SKIPPED[line]})`, () => {});
      continue;
    }
    it(
      line,
      async () => {
        const serve = SERVE.test(line);
        const r = await sh(await substitute(line), line.startsWith('npm ') ? ROOT : dir, serve);
        expect(r.code, `${line}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`).toBe(0);
        if (serve) expect(r.stderr).toMatch(/Hearth is running at [\s\S]*Hearth stopped\. All data is saved\./);
        else expect(r.stderr, line).toMatch(/^(Note: .*\n)?$/); // nothing but notes on stderr
        if (/--jsonl\b/.test(line)) for (const l of r.stdout.trim().split('\n')) expect(JSON.parse(l)).toHaveProperty('level');
        else if (/--json\b/.test(line)) expect(() => JSON.parse(r.stdout), line).not.toThrow();
        for (const f of outputsOf(line)) expect(statSync(join(dir, f)).size, f).toBeGreaterThan(100);
        if (/audit verify/.test(line)) expect(r.stdout).toMatch(/^Audit log intact: [1-9]\d* entries verified\.$/m);
        if (/^npx hearth demo/.test(line)) expect(readdirSync(join(dir, 'data'))).toContain('db');
        if (/^npx hearth restore/.test(line)) expect(existsSync(join(dir, 'restored', 'keys', 'master.key'))).toBe(true);
      },
      240_000,
    );
  }
});
