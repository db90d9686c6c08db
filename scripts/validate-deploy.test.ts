/**
 * The clinic deployment files stay valid and in step with the code: the compose file against
 * the Compose Specification schema, the Caddyfile against the compose services, the systemd unit
 * by systemd-analyze (when installed) and by its keys, and every Hearth variable the guide, the
 * env example, the compose file and the unit name is read by the source. Each check is also shown
 * to fail on a broken copy, so a pass means something.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  caddyAvailable,
  caddyfileForLocalRun,
  caddyfileProblems,
  caddyValidate,
  composeInterpolations,
  composeProblems,
  composeValidator,
  DEPLOY_FILES,
  deployProblems,
  envFileNames,
  hearthServices,
  hearthVariablesIn,
  parseCompose,
  parseUnit,
  ROOT,
  systemdVerify,
  unitProblems,
  unknownVariables,
  variablesReadBySource,
} from './validate-deploy.ts';

const read = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');
const composeText = read(DEPLOY_FILES.compose);
const unitText = read(DEPLOY_FILES.unit);
const validate = composeValidator(JSON.parse(read(DEPLOY_FILES.schema)) as Record<string, unknown>);

describe('deployment files', () => {
  it('have no problems as committed', () => {
    expect(deployProblems()).toEqual([]);
  });

  it('vendor the Compose Specification schema with its source and licence', () => {
    const schema = JSON.parse(read(DEPLOY_FILES.schema)) as { title?: string; properties?: Record<string, unknown> };
    expect(schema.title).toBe('Compose Specification');
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(['services', 'volumes', 'networks']));
    const readme = read('deploy/schema/README.md');
    expect(readme).toMatch(/github\.com\/compose-spec\/compose-spec/);
    expect(readme).toMatch(/[0-9a-f]{40}/);
    expect(readme).toMatch(/Apache-2\.0/);
  });
});

describe('compose file', () => {
  const doc = parseCompose(composeText);

  it('runs two or more Hearth nodes with PostgreSQL, S3 storage and a proxy', () => {
    expect(hearthServices(doc).length).toBeGreaterThanOrEqual(2);
    const services = Object.keys((doc as { services: object }).services);
    expect(services).toEqual(expect.arrayContaining(['postgres', 'minio', 'caddy']));
  });

  it('fails the schema on a misspelt key, a wrong type and an unknown condition', () => {
    const typo = composeProblems(parseCompose(composeText.replace('stop_grace_period:', 'stop_grace_periode:')), validate);
    expect(typo.join('\n')).toMatch(/stop_grace_periode/);
    const ports = composeProblems(
      parseCompose(composeText.replace('ports:\n      - "80:80"\n      - "443:443"\n      - "443:443/udp"', 'ports: 443')),
      validate,
    );
    expect(ports.join('\n')).toMatch(/\/services\/caddy\/ports/);
    const cond = composeProblems(parseCompose(composeText.replace('condition: service_healthy', 'condition: service_ready')), validate);
    expect(cond.length).toBeGreaterThan(0);
  });

  it('refuses one app node, a missing DATABASE_URL and cookies without Secure', () => {
    expect(
      composeProblems(parseCompose(composeText.replace(/ {2}app2:\n {4}<<: \*hearth-app\n/, '  app2:\n    image: hearth:local\n')), validate).join('\n'),
    ).toMatch(/needs two or more/);
    expect(composeProblems(parseCompose(composeText.replace(/^ {4}DATABASE_URL: .*\n/m, '')), validate).join('\n')).toMatch(/does not set DATABASE_URL/);
    expect(composeProblems(parseCompose(composeText.replace('HEARTH_SECURE_COOKIES: "1"', 'HEARTH_SECURE_COOKIES: "0"')), validate).join('\n')).toMatch(
      /HEARTH_SECURE_COOKIES=1/,
    );
    expect(composeProblems(parseCompose(composeText.replace(/^ {4}HEARTH_PUBLIC_ORIGIN: .*\n/m, '')), validate).join('\n')).toMatch(/HEARTH_PUBLIC_ORIGIN/);
  });

  it('reads only variables the env example shows', () => {
    const shown = envFileNames(read(DEPLOY_FILES.envExample));
    const used = composeInterpolations(composeText);
    expect(used).toEqual(expect.arrayContaining(['HEARTH_MASTER_KEY', 'POSTGRES_PASSWORD', 'CLINIC_DOMAIN']));
    expect(used.filter((v) => !shown.has(v))).toEqual([]);
    expect(composeInterpolations('a: ${NEW_THING:-x}\nb: $${CONTAINER_ONLY}')).toEqual(['NEW_THING']);
  });
});

describe('Caddyfile', () => {
  const doc = parseCompose(composeText);
  const caddy = read(DEPLOY_FILES.caddyfile);

  it('proxies to exactly the compose app nodes and pins each client to one node', () => {
    expect(caddyfileProblems(caddy, doc)).toEqual([]);
  });

  it('is accepted by caddy adapt --validate, which rejects a broken copy', (ctx) => {
    const result = caddyValidate(caddy);
    if ('skipped' in result) {
      ctx.skip(result.skipped);
      return;
    }
    expect(result).toEqual({ ok: true, output: '' });
    expect(caddyValidate(caddy.replace('lb_policy header X-Hearth-Pin', 'lb_policy sticky_by_magic'))).toMatchObject({ ok: false });
  });

  it('notices a missing node, a lost health check and a lost pin', () => {
    expect(caddyfileProblems(caddy.replace('app1:8080 app2:8080', 'app1:8080'), doc).join('\n')).toMatch(/app1:8080, app2:8080/);
    expect(caddyfileProblems(caddy.replace('health_uri /api/health', 'health_uri /'), doc).join('\n')).toMatch(/health_uri/);
    expect(caddyfileProblems(caddy.replace('lb_policy header X-Hearth-Pin', 'lb_policy round_robin'), doc).join('\n')).toMatch(/lb_policy header X-Hearth-Pin/);
  });
});

describe('Caddyfile, run by caddy in front of two stand-in nodes', () => {
  /** A stand-in app node: answers every request with its name; /api/health with `healthy`. */
  interface Node {
    name: string;
    server: Server;
    port: number;
    healthy: boolean;
  }
  const nodes: Node[] = [];
  let caddyProcess: ChildProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'hearth-caddy-run-'));
  afterAll(() => {
    caddyProcess?.kill('SIGTERM');
    for (const n of nodes) n.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const startNode = (name: string): Promise<Node> =>
    new Promise((resolveNode) => {
      const node = { name, healthy: true } as Node;
      node.server = createServer((req, res) => {
        if (req.url === '/api/health') res.writeHead(node.healthy ? 200 : 503).end();
        else res.writeHead(200, { 'content-type': 'text/plain' }).end(`${name} ${req.headers.host}`);
      });
      node.server.listen(0, '127.0.0.1', () => {
        node.port = (node.server.address() as AddressInfo).port;
        resolveNode(node);
      });
    });
  const freePort = (): Promise<number> =>
    new Promise((resolvePort) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolvePort(port));
      });
    });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('pins every request about one client to one node, keeps Host, and leaves an unhealthy node out', async (ctx) => {
    if (!caddyAvailable()) {
      ctx.skip('caddy is not installed on this machine');
      return;
    }
    nodes.push(await startNode('node-a'), await startNode('node-b'));
    const port = await freePort();
    const file = join(dir, 'Caddyfile');
    writeFileSync(
      file,
      caddyfileForLocalRun(
        read(DEPLOY_FILES.caddyfile),
        `127.0.0.1:${port}`,
        nodes.map((n) => `127.0.0.1:${n.port}`),
      ),
    );
    caddyProcess = spawn('caddy', ['run', '--config', file, '--adapter', 'caddyfile'], {
      stdio: 'ignore',
      env: { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    });
    const base = `http://127.0.0.1:${port}`;
    const who = async (path: string): Promise<string> => {
      const r = await fetch(base + path);
      return r.text();
    };
    for (let t = 0; ; t += 100) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (t > 20_000) throw new Error('caddy did not start within 20 s');
      await sleep(100);
    }

    const ids = Array.from({ length: 24 }, (_, i) => `${String(i).padStart(8, '0')}-1111-4222-8333-000000000000`);
    const home = new Map<string, string>();
    for (const id of ids) {
      const answers = new Set<string>();
      for (const path of [`/api/clients/${id}/live-canvas`, `/api/clients/${id}/jobs/abc`, `/api/clients/${id}/generate`, `/api/clients/${id}`])
        answers.add(await who(path));
      expect(answers.size, `client ${id}`).toBe(1);
      const [answer] = [...answers];
      expect(answer).toMatch(new RegExp(`^node-[ab] 127\\.0\\.0\\.1:${port}$`));
      home.set(id, answer!.split(' ')[0]!);
    }
    // Both nodes carry clients (24 ids landing on one node by chance: p = 2 × 2^-24).
    expect(new Set(home.values()).size).toBe(2);

    // Node b reports unhealthy: after a few health checks, its clients are served by node a.
    nodes[1]!.healthy = false;
    const moved = ids.filter((i) => home.get(i) === 'node-b');
    const served = async (): Promise<string[]> => Promise.all(moved.map((id) => who(`/api/clients/${id}/live-canvas`)));
    for (let t = 0; t < 15_000 && (await served()).some((a) => !a.startsWith('node-a ')); t += 200) await sleep(200);
    for (const answer of await served()) expect(answer).toMatch(/^node-a /);
    // Node a's clients never moved.
    for (const id of ids.filter((i) => home.get(i) === 'node-a')) expect(await who(`/api/clients/${id}/jobs/x`)).toMatch(/^node-a /);
  }, 60_000);
});

describe('systemd unit', () => {
  it('parses into its sections and starts bin/hearth.js serve as a hearth user with hardening', () => {
    const unit = parseUnit(unitText);
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install']);
    const service = new Map(unit.get('Service'));
    expect(service.get('ExecStart')).toMatch(/^\/\S+\/node \/\S+\/bin\/hearth\.js serve --data \/var\/lib\/hearth$/);
    expect(service.get('User')).toBe('hearth');
    expect(service.get('ProtectSystem')).toBe('strict');
    expect(service.get('NoNewPrivileges')).toBe('yes');
    expect(unitProblems(unit)).toEqual([]);
  });

  it('refuses a unit without hardening, run as root, starting something else, or with an unknown key', () => {
    const problems = (text: string): string => unitProblems(parseUnit(text)).join('\n');
    expect(problems(unitText.replace(/^ProtectSystem=strict\n/m, ''))).toMatch(/lacks ProtectSystem=strict/);
    expect(problems(unitText.replace('ProtectSystem=strict', 'ProtectSystem=full'))).toMatch(/ProtectSystem=full, expected strict/);
    expect(problems(unitText.replace(/^NoNewPrivileges=yes\n/m, ''))).toMatch(/lacks NoNewPrivileges/);
    expect(problems(unitText.replace(/^EnvironmentFile=.*\n/m, ''))).toMatch(/lacks EnvironmentFile/);
    expect(problems(unitText.replace('User=hearth', 'User=root'))).toMatch(/never root/);
    expect(problems(unitText.replace('bin/hearth.js serve', 'bin/hearth.js demo'))).toMatch(/bin\/hearth\.js serve/);
    expect(problems(unitText.replace('ReadWritePaths=/var/lib/hearth', 'ReadWritePaths=/srv/other'))).toMatch(/not under ReadWritePaths/);
    expect(problems(unitText.replace(' --data /var/lib/hearth', ''))).toMatch(/must pass --data/);
    expect(problems(unitText.replace('UMask=0077', 'UMask=0077\nProtectSytem=strict'))).toMatch(/unknown key ProtectSytem/);
    expect(() => parseUnit('ExecStart=/usr/bin/node\n')).toThrow(/outside any section/);
    expect(() => parseUnit('[Service]\nnot a key\n')).toThrow(/expected Key=value/);
  });

  it('passes systemd-analyze verify, which rejects a broken copy', (ctx) => {
    const result = systemdVerify(unitText);
    if ('skipped' in result) {
      ctx.skip(result.skipped);
      return;
    }
    expect(result.ok, result.output).toBe(true);
    const broken = systemdVerify(unitText.replace('ProtectSystem=strict', 'ProtectSystem=bogus'));
    expect(broken).toMatchObject({ ok: false });
    expect((broken as { output: string }).output).toMatch(/ProtectSystem|protect system/i);
  });
});

describe('variables named in the guide and the deployment files', () => {
  const known = variablesReadBySource(ROOT);

  it('are found in the source, as the source reads them', () => {
    for (const name of [
      'DATABASE_URL',
      'HEARTH_MASTER_KEY',
      'HEARTH_S3_BUCKET',
      'HEARTH_S3_ENDPOINT',
      'HEARTH_S3_ACCESS_KEY_ID',
      'HEARTH_S3_SECRET_ACCESS_KEY',
      'HEARTH_LOG_LEVEL',
      'HEARTH_SECURE_COOKIES',
    ]) {
      expect(known.has(name), name).toBe(true);
    }
    const guide = hearthVariablesIn(read(DEPLOY_FILES.guide));
    expect(guide).toEqual(expect.arrayContaining(['DATABASE_URL', 'HEARTH_MASTER_KEY', 'HEARTH_S3_BUCKET', 'HEARTH_BACKUP_PASSPHRASE']));
    expect(guide.filter((n) => !known.has(n))).toEqual([]);
  });

  it('flag a name nothing reads', () => {
    expect(unknownVariables('Set HEARTH_S3_BUCKETS and HEARTH_MASTER_KEY.', 'docs/deploy.md', known)).toEqual([
      'docs/deploy.md names HEARTH_S3_BUCKETS, which nothing in src/ or bin/ reads (a stale or mistyped variable)',
    ]);
    expect(hearthVariablesIn('`HEARTH_S3_*` and HEARTH_PORT.')).toEqual(['HEARTH_PORT']);
  });
});
