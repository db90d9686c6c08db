/**
 * End-to-end harness: a real `hearth serve` process on a temporary data folder and a free port,
 * and real Chromium (Debian's /usr/bin/chromium) driven by Playwright.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Builds the web app if needed (once per run). */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, ['scripts/build-if-stale.js'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Fills the empty folder `dir` with a copy of the run's unused installation when the tier's global
 * setup made one (test/setup/data-template.ts: it saves PGlite's initdb and the migrations, ~7
 * CPU-s a server or store); otherwise leaves it empty, and the first open initialises it. Returns `dir`.
 */
export function newInstallation(dir: string): string {
  const template = process.env.HEARTH_TEST_DATA_TEMPLATE;
  if (template) cpSync(template, dir, { recursive: true });
  return dir;
}

/** Starts `hearth serve`; without `dataDir`, on a new (unused) installation of its own. */
export async function startServer(opts: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? newInstallation(mkdtempSync(join(tmpdir(), 'hearth-e2e-')));
  const port = await freePort();
  const proc = spawn(process.execPath, ['bin/hearth.js', 'serve', '--data', dataDir, '--port', String(port), '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a busy 2-core machine a cold start can take a minute or more.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`hearth serve exited early (${proc.exitCode}):\n${out}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`hearth serve did not start within 180 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    dataDir,
    proc,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((res) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return res(proc.exitCode);
        proc.once('exit', (code) => res(code));
        proc.kill(signal);
      }),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Playwright's own limit for an action or a wait (30 s) is a speed assertion: under a load of ~19
 * on two cores the studio's refine (a server-side inpaint, then the page's status line) took longer
 * and the journey failed though nothing was wrong (session 8). Every page of a browser from
 * launchBrowser, and every page given to watch(), waits up to this long; the test's own limit
 * (vitest.config.ts, 240 s) still catches a hang.
 */
export const PAGE_TIMEOUT_MS = 150_000;

/** Every context `browser` makes (newContext, and newPage through it) gets PAGE_TIMEOUT_MS. */
export function withGenerousTimeouts(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const ctx = await newContext(options);
    ctx.setDefaultTimeout(PAGE_TIMEOUT_MS);
    return ctx;
  };
  return browser;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return withGenerousTimeouts(browser);
}

/** Fails with the list of serious or critical axe violations on the current page. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    throw new Error(
      `${label}: accessibility violations:\n${bad
        .map(
          (v) =>
            `- ${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        )
        .join('\n')}`,
    );
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Collects console errors and page errors, for `expect(problems).toEqual([])` at the end of a journey. */
export function watch(page: Page, problems: string[]): Page {
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return page;
}

/** The heading of a page (level 1 by default) by its accessible name. */
/**
 * A time later today in this machine's time zone (the dashboard's agenda shows the local day): the
 * next full hour, or ten minutes on (at most 23:59) in the last hour before midnight. "Now plus an
 * hour" fell on tomorrow after 23:00 and the agenda row was not there.
 */
export function laterToday(): Date {
  const d = new Date();
  if (d.getHours() < 23) d.setHours(d.getHours() + 1, 0, 0, 0);
  else d.setMinutes(Math.min(59, d.getMinutes() + 10), 0, 0);
  return d;
}

export const heading = (page: Page, name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });

/** A tiny cookie-keeping API client for setting the scene (keeps the session cookie and CSRF token). */
export function apiAs(base: string) {
  let cookie = '';
  let csrf = '';
  return async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookie) headers.cookie = cookie;
    if (csrf) headers['x-csrf-token'] = csrf;
    const res = await fetch(base + path, { method, headers, body: method === 'GET' ? undefined : JSON.stringify(body ?? {}) });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (set.length) cookie = set.join('; ');
    const json = (await res.json()) as T & { csrfToken?: string };
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    if (json.csrfToken) csrf = json.csrfToken;
    return json;
  };
}
