/**
 * Checks the clinic deployment files (deploy/) and guide (docs/deploy.md) so they cannot drift
 * from the code:
 *
 * - deploy/compose.yaml parses (YAML 1.2 with merge keys) and validates against the Compose
 *   Specification JSON schema vendored in deploy/schema/; it runs two or more app nodes of
 *   `bin/hearth.js serve` on PostgreSQL (DATABASE_URL) and S3 (HEARTH_S3_*) with one master key,
 *   and every `${VAR}` it reads is in hearth.env.example.
 * - deploy/Caddyfile proxies to exactly those app services on their port, checks /api/health
 *   and pins each client's requests to one node.
 * - deploy/hearth.service parses as a systemd unit with known keys, starts `bin/hearth.js serve`,
 *   and holds the hardening keys; `systemd-analyze verify` must accept it when it is installed.
 * - Every Hearth variable (HEARTH_*, DATABASE_URL, AWS_*) named in docs/deploy.md, the env
 *   example, the compose file or the unit is read somewhere in src/ or bin/.
 *
 *   npx tsx scripts/validate-deploy.ts     prints the problems and exits 1, or prints "ok"
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const DEPLOY_FILES = {
  compose: 'deploy/compose.yaml',
  schema: 'deploy/schema/compose-spec.json',
  caddyfile: 'deploy/Caddyfile',
  unit: 'deploy/hearth.service',
  envExample: 'deploy/hearth.env.example',
  dockerfile: 'deploy/Dockerfile',
  guide: 'docs/deploy.md',
} as const;

const read = (root: string, rel: string): string => readFileSync(join(root, rel), 'utf8');

// ---------------------------------------------------------------------------------------------
// Environment variables

/** Hearth's variables as they are written in prose, config and code. */
const HEARTH_VAR = /\b(HEARTH_[A-Z0-9_]*[A-Z0-9]|DATABASE_URL|AWS_[A-Z0-9_]*[A-Z0-9])\b/g;
/** How the source reads a variable: `env.X`, `env['X']`, `process.env.X`. */
const ENV_READ = /\benv(?:\.([A-Z][A-Z0-9_]*)|\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\])/g;

/** Hearth variable names mentioned in a text (sorted, unique). */
export function hearthVariablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(HEARTH_VAR)].map((m) => m[1]!))].sort();
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.contract.ts')) out.push(p);
  }
  return out;
}

/** Every variable the code reads (tests excluded: a name only a test reads is no setting). */
export function variablesReadBySource(root: string): Set<string> {
  const names = new Set<string>();
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'bin'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(ENV_READ)) names.add((m[1] ?? m[2])!);
  }
  return names;
}

/** Names a text mentions that the source never reads, as problems. */
export function unknownVariables(text: string, where: string, known: Set<string>): string[] {
  return hearthVariablesIn(text)
    .filter((n) => !known.has(n))
    .map((n) => `${where} names ${n}, which nothing in src/ or bin/ reads (a stale or mistyped variable)`);
}

/** `${VAR}`, `${VAR:-x}`, `${VAR:?msg}` … in a compose file (not `$$VAR`, which is the container's). */
export function composeInterpolations(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]!);
  return [...names].sort();
}

/** Names an env file sets or shows commented out (`NAME=` or `#NAME=`). */
export function envFileNames(text: string): Set<string> {
  return new Set([...text.matchAll(/^#?([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!));
}

// ---------------------------------------------------------------------------------------------
// Compose

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Compose Specification validator (draft-07 schema; its `$schema` is https://…/draft-07/schema). */
export function composeValidator(schema: Json): (doc: unknown) => ErrorObject[] {
  // strictTypes off: the specification's schema leaves some types implied (additionalProperties under oneOf).
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  const meta = createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-07.json') as Json;
  if (typeof schema.$schema === 'string' && !ajv.getSchema(schema.$schema)) ajv.addMetaSchema({ ...meta, $id: schema.$schema });
  const validate = ajv.compile(schema);
  return (doc) => (validate(doc) ? [] : [...(validate.errors ?? [])]);
}

/** Parses compose YAML as Docker Compose does: YAML 1.2, `<<` merge keys, unique keys. */
export function parseCompose(text: string): unknown {
  return parseYaml(text, { merge: true, uniqueKeys: true, prettyErrors: true });
}

const formatAjvError = (e: ErrorObject): string =>
  `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`;

/** A service's environment as a map (compose allows a map or a list of KEY=value). */
function environmentOf(service: Json): Record<string, string> {
  const env = service.environment;
  if (Array.isArray(env)) return Object.fromEntries(env.map((l) => String(l).split(/=(.*)/s).slice(0, 2) as [string, string]));
  if (isObject(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
  return {};
}

/** The services that run Hearth (image built from deploy/Dockerfile, or a command naming bin/hearth.js serve). */
export function hearthServices(doc: unknown): string[] {
  if (!isObject(doc) || !isObject(doc.services)) return [];
  return Object.entries(doc.services)
    .filter(
      ([, s]) =>
        isObject(s) &&
        (JSON.stringify(s.command ?? '').includes('hearth.js') || (isObject(s.build) && String(s.build.dockerfile ?? '').endsWith('deploy/Dockerfile'))),
    )
    .map(([name]) => name)
    .sort();
}

/** Problems with a parsed compose document: schema errors first, then what a clinic needs. */
export function composeProblems(doc: unknown, validate: (doc: unknown) => ErrorObject[]): string[] {
  const problems = validate(doc).map((e) => `compose.yaml does not match the Compose Specification: ${formatAjvError(e)}`);
  if (problems.length > 0) return problems;
  const apps = hearthServices(doc);
  if (apps.length < 2) problems.push(`compose.yaml runs ${apps.length} Hearth app service(s); a clinic deployment needs two or more`);
  const services = (doc as { services: Record<string, Json> }).services;
  const keys = new Set<string>();
  for (const name of apps) {
    const env = environmentOf(services[name]!);
    for (const need of ['DATABASE_URL', 'HEARTH_S3_BUCKET', 'HEARTH_S3_ENDPOINT', 'HEARTH_MASTER_KEY', 'HEARTH_HOST', 'HEARTH_PORT']) {
      if (!env[need]) problems.push(`compose.yaml: ${name} does not set ${need}`);
    }
    if (env.HEARTH_SECURE_COOKIES !== '1') problems.push(`compose.yaml: ${name} must set HEARTH_SECURE_COOKIES=1 (it is served over HTTPS)`);
    if (!/^https:\/\//.test(env.HEARTH_PUBLIC_ORIGIN ?? ''))
      problems.push(`compose.yaml: ${name} must set HEARTH_PUBLIC_ORIGIN to the https:// origin browsers use`);
    if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) problems.push(`compose.yaml: ${name}'s DATABASE_URL must start with postgres://`);
    keys.add(env.HEARTH_MASTER_KEY ?? '');
  }
  if (keys.size > 1) problems.push('compose.yaml: the app services must share one HEARTH_MASTER_KEY (each wraps client keys with it)');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Caddyfile

/** Problems with the Caddyfile against the compose file's app services and port. */
export function caddyfileProblems(caddyfile: string, doc: unknown): string[] {
  const problems: string[] = [];
  const text = caddyfile.replace(/#.*$/gm, '');
  const apps = hearthServices(doc);
  const services = isObject(doc) && isObject(doc.services) ? (doc.services as Record<string, Json>) : {};
  const port = apps.length > 0 ? environmentOf(services[apps[0]!]!).HEARTH_PORT : undefined;
  const proxy = /reverse_proxy\s+([^{\n]*)\{/.exec(text);
  if (!proxy) return ['Caddyfile has no reverse_proxy block'];
  const upstreams = proxy[1]!.trim().split(/\s+/).filter(Boolean).sort();
  const expected = apps.map((a) => `${a}:${port}`).sort();
  if (upstreams.join(' ') !== expected.join(' '))
    problems.push(`Caddyfile proxies to ${upstreams.join(', ') || 'nothing'}, but compose.yaml's app nodes are ${expected.join(', ')}`);
  if (!/health_uri\s+\/api\/health\b/.test(text)) problems.push('Caddyfile must check each node with health_uri /api/health');
  const pin = /request_header\s+@(\w+)\s+([\w-]+)\s+\{re\.(\w+)\.1\}/.exec(text);
  if (!pin) problems.push('Caddyfile must copy the client id of /api/clients/<id>/… into a header to pin each client to one node');
  else {
    const [, matcher, header, capture] = pin;
    if (!new RegExp(`@${matcher}\\s+path_regexp\\s+${capture}\\s+\\^/api/clients/`).test(text))
      problems.push(`Caddyfile: @${matcher} must be a path_regexp named ${capture} on ^/api/clients/`);
    if (!new RegExp(`lb_policy\\s+header\\s+${header}\\b`).test(text)) problems.push(`Caddyfile: reverse_proxy must balance with lb_policy header ${header}`);
  }
  for (const m of text.matchAll(/\{\$([A-Z_][A-Z0-9_]*)/g)) {
    const caddy = services.caddy;
    if (!caddy || !(m[1]! in environmentOf(caddy))) problems.push(`Caddyfile reads {$${m[1]}}, which compose.yaml does not give the caddy service`);
  }
  return problems;
}

/** Whether a `caddy` binary is on PATH (Debian's `caddy` package, or caddyserver.com's). */
export function caddyAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v caddy'], { encoding: 'utf8' }).status === 0;
}

/** `caddy adapt --validate` on the Caddyfile with example values for its placeholders. */
export function caddyValidate(
  caddyfile: string,
  env: Record<string, string> = { CLINIC_DOMAIN: 'studio.clinic.example', CLINIC_ACME_EMAIL: 'it@clinic.example' },
): VerifyResult {
  if (!caddyAvailable()) return { skipped: 'caddy is not installed on this machine' };
  const dir = mkdtempSync(join(tmpdir(), 'hearth-caddy-'));
  try {
    const file = join(dir, 'Caddyfile');
    writeFileSync(file, caddyfile);
    const r = spawnSync('caddy', ['adapt', '--config', file, '--adapter', 'caddyfile', '--validate'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ...env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    });
    if (r.error) return { skipped: `caddy could not run: ${r.error.message}` };
    return { ok: r.status === 0, output: r.status === 0 ? '' : r.stderr.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The Caddyfile made runnable on this machine for a test: plain HTTP on `listen`, the app
 * services replaced by `upstreams`, no admin endpoint, no certificates, and health checks every
 * `healthInterval` — everything else (pinning, health URI, limits) exactly as committed.
 */
export function caddyfileForLocalRun(caddyfile: string, listen: string, upstreams: string[], healthInterval = '200ms'): string {
  const out = caddyfile
    .replace(/^\{\n[\s\S]*?^\}\n/m, '{\n\tadmin off\n\tauto_https off\n}\n')
    .replace('{$CLINIC_DOMAIN} {', `http://${listen} {`)
    .replace(/reverse_proxy\s+[^{\n]*\{/, `reverse_proxy ${upstreams.join(' ')} {`)
    .replace(/health_interval\s+\S+/, `health_interval ${healthInterval}`)
    .replace(/log \{[\s\S]*?\n\t\}\n/, '');
  if (out.includes('{$CLINIC_DOMAIN}') || !out.includes(`reverse_proxy ${upstreams.join(' ')}`))
    throw new Error('the Caddyfile no longer has the shape caddyfileForLocalRun rewrites');
  return out;
}

// ---------------------------------------------------------------------------------------------
// systemd unit

export type UnitFile = Map<string, [string, string][]>;

/** Parses a systemd unit (sections, `Key=value`, comments, `\` continuations); throws on a malformed line. */
export function parseUnit(text: string): UnitFile {
  const sections: UnitFile = new Map();
  let current: [string, string][] | undefined;
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const section = /^\[([A-Za-z]+)\]$/.exec(line);
    if (section) {
      if (sections.has(section[1]!)) throw new Error(`line ${i + 1}: section [${section[1]}] appears twice`);
      current = [];
      sections.set(section[1]!, current);
      return;
    }
    const kv = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*)$/.exec(line);
    if (!kv) throw new Error(`line ${i + 1}: expected Key=value, got "${line}"`);
    if (!current) throw new Error(`line ${i + 1}: ${kv[1]} is outside any section`);
    current.push([kv[1]!, kv[2]!]);
  });
  return sections;
}

/** Keys this project's unit may use, per section (systemd.unit(5), systemd.service(5), systemd.exec(5), systemd.kill(5)). */
export const KNOWN_UNIT_KEYS: Record<string, readonly string[]> = {
  Unit: [
    'Description',
    'Documentation',
    'After',
    'Before',
    'Wants',
    'Requires',
    'BindsTo',
    'PartOf',
    'ConditionPathExists',
    'StartLimitIntervalSec',
    'StartLimitBurst',
  ],
  Service: [
    'Type',
    'User',
    'Group',
    'DynamicUser',
    'SupplementaryGroups',
    'WorkingDirectory',
    'EnvironmentFile',
    'Environment',
    'ExecStartPre',
    'ExecStart',
    'ExecReload',
    'ExecStop',
    'KillSignal',
    'KillMode',
    'TimeoutStartSec',
    'TimeoutStopSec',
    'Restart',
    'RestartSec',
    'RestartPreventExitStatus',
    'SuccessExitStatus',
    'LimitNOFILE',
    'MemoryMax',
    'CPUQuota',
    'TasksMax',
    'StateDirectory',
    'StateDirectoryMode',
    'LogsDirectory',
    'RuntimeDirectory',
    'ConfigurationDirectory',
    'ReadWritePaths',
    'ReadOnlyPaths',
    'InaccessiblePaths',
    'UMask',
    'ProtectSystem',
    'ProtectHome',
    'PrivateTmp',
    'PrivateDevices',
    'PrivateUsers',
    'NoNewPrivileges',
    'CapabilityBoundingSet',
    'AmbientCapabilities',
    'RestrictSUIDSGID',
    'LockPersonality',
    'ProtectKernelTunables',
    'ProtectKernelModules',
    'ProtectKernelLogs',
    'ProtectControlGroups',
    'ProtectClock',
    'ProtectHostname',
    'ProtectProc',
    'ProcSubset',
    'RestrictNamespaces',
    'RestrictRealtime',
    'RestrictAddressFamilies',
    'SystemCallArchitectures',
    'SystemCallFilter',
    'SystemCallErrorNumber',
    'IPAddressDeny',
    'IPAddressAllow',
    'RemoveIPC',
    'KeyringMode',
    'StandardOutput',
    'StandardError',
    'SyslogIdentifier',
  ],
  Install: ['WantedBy', 'RequiredBy', 'Alias'],
};

/** Hardening the unit must hold: key → accepted values (any value when empty). */
const REQUIRED_HARDENING: Record<string, readonly string[]> = {
  ProtectSystem: ['strict'],
  NoNewPrivileges: ['yes', 'true'],
  ProtectHome: ['yes', 'true', 'read-only', 'tmpfs'],
  PrivateTmp: ['yes', 'true'],
  PrivateDevices: ['yes', 'true'],
  ProtectKernelTunables: ['yes', 'true'],
  ProtectKernelModules: ['yes', 'true'],
  ProtectControlGroups: ['yes', 'true'],
  RestrictSUIDSGID: ['yes', 'true'],
  CapabilityBoundingSet: [''],
  EnvironmentFile: [],
  ReadWritePaths: [],
};

/** Problems with a parsed unit: sections, keys, what it starts, as whom, and its hardening. */
export function unitProblems(unit: UnitFile): string[] {
  const problems: string[] = [];
  for (const s of ['Unit', 'Service', 'Install']) if (!unit.has(s)) problems.push(`hearth.service has no [${s}] section`);
  for (const [section, entries] of unit) {
    const known = KNOWN_UNIT_KEYS[section];
    if (!known) {
      problems.push(`hearth.service: unexpected section [${section}]`);
      continue;
    }
    for (const [k] of entries) if (!known.includes(k)) problems.push(`hearth.service: unknown key ${k} in [${section}]`);
  }
  const service = unit.get('Service') ?? [];
  const last = (k: string): string | undefined => service.filter(([key]) => key === k).at(-1)?.[1];
  const all = (k: string): string[] => service.filter(([key]) => key === k).map(([, v]) => v);

  const exec = all('ExecStart');
  let dataFlag: string | undefined;
  if (exec.length !== 1) problems.push(`hearth.service needs exactly one ExecStart, has ${exec.length}`);
  else {
    const words = exec[0]!.trim().split(/\s+/);
    if (!words[0]?.startsWith('/') || !/\/node$/.test(words[0]))
      problems.push(`hearth.service: ExecStart must run node by its absolute path, got "${words[0]}"`);
    if (!words[1]?.startsWith('/') || !words[1].endsWith('/bin/hearth.js') || words[2] !== 'serve')
      problems.push(`hearth.service: ExecStart must run <absolute path>/bin/hearth.js serve, got "${exec[0]}"`);
    const flag = words.indexOf('--data');
    if (flag > 0) dataFlag = words[flag + 1];
  }
  const user = last('User');
  const dynamic = ['yes', 'true'].includes(last('DynamicUser') ?? '');
  if (!dynamic && (!user || user === 'root' || user === '0')) problems.push('hearth.service must run as a hearth user (User=) or DynamicUser=yes, never root');
  for (const [key, values] of Object.entries(REQUIRED_HARDENING)) {
    const v = last(key);
    if (v === undefined) problems.push(`hearth.service lacks ${key}${values.length ? `=${values[0]}` : ''}`);
    else if (values.length > 0 && !values.includes(v.trim()))
      problems.push(`hearth.service: ${key}=${v}, expected ${values.map((x) => (x === '' ? '(empty)' : x)).join(' or ')}`);
  }
  if (['yes', 'true'].includes(last('MemoryDenyWriteExecute') ?? ''))
    problems.push("hearth.service: MemoryDenyWriteExecute=yes stops Node's JIT and WebAssembly");
  // The data folder must be writable: ExecStart's --data (a flag beats any HEARTH_DATA the
  // EnvironmentFile sets; systemd lets the file override Environment=) inside ReadWritePaths.
  const data = dataFlag;
  const writable = all('ReadWritePaths')
    .flatMap((v) => v.split(/\s+/))
    .map((p) => p.replace(/^-/, ''));
  if (!data) problems.push('hearth.service: ExecStart must pass --data <folder> (the folder ReadWritePaths opens)');
  else if (!writable.some((p) => data === p || data.startsWith(`${p.replace(/\/$/, '')}/`)))
    problems.push(`hearth.service: --data ${data} is not under ReadWritePaths (${writable.join(' ') || 'none'})`);
  const state = last('StateDirectory');
  if (state && data && data !== `/var/lib/${state}`) problems.push(`hearth.service: StateDirectory=${state} creates /var/lib/${state}, but --data is ${data}`);
  return problems;
}

export type VerifyResult = { skipped: string } | { ok: boolean; output: string };

/**
 * `systemd-analyze verify` on the unit, with its /opt/hearth paths pointed at `root` and node at
 * this process's binary so the executable check passes on a build machine. systemd-analyze exits 0
 * even for unknown keys or bad values, so any diagnostic naming the unit counts as a failure.
 */
export function systemdVerify(unitText: string, root: string = ROOT, installPrefix = '/opt/hearth'): VerifyResult {
  const found = spawnSync('sh', ['-c', 'command -v systemd-analyze'], { encoding: 'utf8' });
  if (found.status !== 0) return { skipped: 'systemd-analyze is not installed on this machine' };
  const dir = mkdtempSync(join(tmpdir(), 'hearth-unit-'));
  try {
    const file = join(dir, 'hearth.service');
    writeFileSync(
      file,
      unitText
        .split(installPrefix)
        .join(resolve(root))
        .replace(/^ExecStart=\S+/m, `ExecStart=${process.execPath}`),
    );
    const r = spawnSync('systemd-analyze', ['verify', '--man=no', file], { encoding: 'utf8', timeout: 60_000 });
    if (r.error) return { skipped: `systemd-analyze could not run: ${r.error.message}` };
    const output = `${r.stdout}${r.stderr}`.trim();
    const mentions = output.split('\n').filter((l) => l.includes(basename(file)));
    return { ok: r.status === 0 && mentions.length === 0, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Everything

/** Every problem with the deployment files and guide under `root` (empty when all is well). */
export function deployProblems(root: string = ROOT): string[] {
  const problems: string[] = [];
  const known = variablesReadBySource(root);
  const composeText = read(root, DEPLOY_FILES.compose);
  const envText = read(root, DEPLOY_FILES.envExample);
  const unitText = read(root, DEPLOY_FILES.unit);

  let doc: unknown;
  try {
    doc = parseCompose(composeText);
  } catch (e) {
    return [`compose.yaml is not valid YAML: ${(e as Error).message.split('\n')[0]}`];
  }
  problems.push(...composeProblems(doc, composeValidator(JSON.parse(read(root, DEPLOY_FILES.schema)) as Json)));
  problems.push(...caddyfileProblems(read(root, DEPLOY_FILES.caddyfile), doc));
  const envNames = envFileNames(envText);
  for (const v of composeInterpolations(composeText))
    if (!envNames.has(v)) problems.push(`compose.yaml reads \${${v}}, which hearth.env.example does not show`);

  try {
    problems.push(...unitProblems(parseUnit(unitText)));
  } catch (e) {
    problems.push(`hearth.service: ${(e as Error).message}`);
  }
  const dockerfile = read(root, DEPLOY_FILES.dockerfile);
  if (!/^CMD \["node", "bin\/hearth\.js", "serve"\]$/m.test(dockerfile)) problems.push('Dockerfile must end with CMD ["node", "bin/hearth.js", "serve"]');

  problems.push(...unknownVariables(read(root, DEPLOY_FILES.guide), 'docs/deploy.md', known));
  problems.push(...unknownVariables(envText, 'hearth.env.example', known));
  problems.push(...unknownVariables(composeText, 'compose.yaml', known));
  problems.push(...unknownVariables(unitText, 'hearth.service', known));
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = deployProblems();
  const verify = systemdVerify(read(ROOT, DEPLOY_FILES.unit));
  if ('skipped' in verify) console.error(`systemd-analyze verify skipped: ${verify.skipped}`);
  else if (!verify.ok) problems.push(`systemd-analyze verify rejects hearth.service:\n${verify.output}`);
  for (const p of problems) console.error(p);
  console.log(problems.length === 0 ? 'ok' : `${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
