/** Runs a process to its end for the CLI tests, collecting what it prints. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `input` is written to standard input (which is then closed); `started` gets the child, e.g. to signal it later. */
export function runProcess(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; started?: (p: ChildProcess) => void } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(opts.input ?? '');
    opts.started?.(p);
  });
}

/**
 * Runs `hearth <args>` in this process through the CLI's own `main` (argument parsing, the
 * command, and its mapping of errors to one line and an exit code), with `env` applied to
 * process.env for the duration (undefined removes a variable). For the many refusal cases of a
 * command whose real process round trip a test already covers once: a spawned `hearth` costs a
 * Node start and the compiled server's import each time. Calls must not overlap (process.env is shared).
 */
export async function runCliInProcess(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  let stdout = '';
  let stderr = '';
  set(env);
  try {
    const { main } = await import('../../src/cli/main.ts');
    const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    set(saved);
  }
}
