/**
 * What the CLI refuses, and that a refusal is one line with the documented exit code and changes
 * nothing: mistyped or foreign data folders, a missing master key, output paths in folders that do
 * not exist, malformed arguments, a mask of another shape, a password holding the email's name part.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openStore } from '../../src/store/index.ts';
import { newInstallation, ROOT, removeDir } from '../helpers/e2e.ts';
import { freshDatabase } from '../helpers/pg.ts';
import { runProcess } from './process.ts';
import type { ProcessResult as Result } from './process.ts';

const pgUrl = inject('pgUrl');
const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'hearth-refuse-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach(removeDir));

/** `hearth …` as a process, with optional standard input (the tests that start processes have generous timeouts: a busy 2-core machine). */
function hearth(args: string[], opts: { env?: Record<string, string | undefined>; input?: string } = {}): Promise<Result> {
  const env = { ...process.env, HEARTH_MASTER_KEY: undefined, DATABASE_URL: undefined, ...opts.env };
  return runProcess(process.execPath, ['bin/hearth.js', ...args], { cwd: ROOT, env, input: opts.input });
}

/** `hearth …` in this process (the same `main` bin/hearth.js runs), for the quick checks. */
async function inProcess(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A refusal: the exit code, exactly one line on stderr naming the command, and the reason. */
function expectRefusal(r: Result, code: number, reason: RegExp, label = ''): void {
  expect(r.code, `${label} ${r.stderr}`).toBe(code);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, label).toHaveLength(1);
  expect(lines[0], label).toMatch(/^hearth [a-z-]+: /);
  expect(lines[0], label).toMatch(reason);
}

/** A real Hearth folder, as `hearth serve` leaves it. */
async function hearthFolder(): Promise<string> {
  const dir = newInstallation(join(temp(), 'data'));
  const store = await openStore({ dataDir: dir, s3: null });
  await store.close();
  return dir;
}

describe('data folders', () => {
  it('refuses a mistyped --data for every command that reads one, and creates nothing there', async () => {
    const typo = join(temp(), 'dta');
    const out = join(temp(), 'x.out');
    const cases: [string, string[], { env?: Record<string, string>; input?: string }][] = [
      ['audit verify', ['audit', 'verify', '--data', typo], {}],
      ['audit verify --json', ['audit', 'verify', '--data', typo, '--json'], {}],
      ['export', ['export', '--client', '6f1c7a52-3d0e-4c55-9a43-6f0d1e2b9c10', '--out', `${out}.zip`, '--data', typo], {}],
      ['keys rotate', ['keys', 'rotate', '--data', typo], {}],
      ['backup', ['backup', '--out', `${out}.backup`, '--data', typo], { env: { HEARTH_BACKUP_PASSPHRASE: 'a long enough passphrase' } }],
      ['admin add', ['admin', 'add', '--email', 'ops@clinic.test', '--data', typo], { input: 'lantern over quiet water' }],
      ['HEARTH_DATA', ['audit', 'verify'], { env: { HEARTH_DATA: typo } }],
    ];
    const results = await Promise.all(cases.map(([, args, opts]) => hearth(args, opts)));
    for (const [i, [label]] of cases.entries()) {
      const r = results[i]!;
      expectRefusal(r, 2, /the data folder .*dta does not exist; pass --data with the folder `hearth serve` uses/, label);
      expect(r.stdout, label).toBe(''); // not {"ok":true,"entries":0}
    }
    expect(existsSync(typo)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  }, 300_000);

  it('refuses a folder that is not Hearth’s, and only serve and demo start a new one — in a new or empty folder', async () => {
    const foreign = temp();
    writeFileSync(join(foreign, 'notes.txt'), 'my own notes');
    const missingParent = join(temp(), 'no', 'such', 'data');
    const [audit, serve, demo, deep] = await Promise.all([
      inProcess(['audit', 'verify', '--data', foreign]),
      hearth(['serve', '--data', foreign, '--port', '1']),
      inProcess(['demo', '--data', foreign]),
      inProcess(['demo', '--data', missingParent]),
    ]);
    expectRefusal(audit, 2, /is not a Hearth data folder \(it has no database\); pass --data with the folder `hearth serve` uses/);
    expectRefusal(serve, 2, /is neither empty nor a Hearth data folder; choose a new or empty folder/);
    expectRefusal(demo, 2, /is neither empty nor a Hearth data folder/);
    expectRefusal(deep, 2, /cannot create the data folder .*: the folder .*no\/such does not exist/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    expect(existsSync(join(missingParent, '..'))).toBe(false);
  }, 180_000);

  it('refuses a Hearth folder whose master key is missing (a new key could not read it), and writes no new key', async () => {
    const dir = await hearthFolder();
    expect((await inProcess(['audit', 'verify', '--data', dir, '--json'])).stdout).toMatch(/"ok":true/);
    renameSync(join(dir, 'keys', 'master.key'), join(temp(), 'master.key'));
    const [audit, serve] = await Promise.all([inProcess(['audit', 'verify', '--data', dir]), hearth(['serve', '--data', dir, '--port', '1'])]);
    for (const r of [audit, serve])
      expectRefusal(r, 2, /holds a Hearth database but no keys\/master\.key, and HEARTH_MASTER_KEY is not set: put the key file back/);
    expect(readdirSync(join(dir, 'keys'))).toEqual([]);
  }, 240_000);

  it.skipIf(!pgUrl)(
    'with DATABASE_URL: refuses a database without Hearth’s tables and leaves it empty',
    async () => {
      const url = await freshDatabase(pgUrl!);
      const dir = temp();
      const r = await hearth(['audit', 'verify', '--data', dir], { env: { DATABASE_URL: url } });
      expectRefusal(r, 2, /the database at DATABASE_URL has no Hearth tables; check DATABASE_URL/);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        expect((await c.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n).toBe(0);
      } finally {
        await c.end();
      }
      expect(readdirSync(dir)).toEqual([]);
      // Once Hearth made its tables, the same command works; without the folder's master key it is refused again.
      const store = await openStore({ dataDir: dir, databaseUrl: url, s3: null });
      await store.close();
      expect((await hearth(['audit', 'verify', '--data', dir, '--json'], { env: { DATABASE_URL: url } })).code).toBe(0);
      const moved = join(temp(), 'master.key');
      renameSync(join(dir, 'keys', 'master.key'), moved);
      const [noKey, serveNoKey] = await Promise.all([
        hearth(['audit', 'verify', '--data', dir], { env: { DATABASE_URL: url } }),
        hearth(['serve', '--data', join(temp(), 'fresh'), '--port', '1'], { env: { DATABASE_URL: url } }),
      ]);
      for (const x of [noKey, serveNoKey]) expectRefusal(x, 2, /the database at DATABASE_URL holds Hearth data, but .* has no keys\/master\.key/);
    },
    240_000,
  );
});

describe('output paths', () => {
  it('refuses a missing folder (no folder is created) unless --mkdir, and refuses a folder as the file', async () => {
    const dir = temp();
    const nowhere = join(dir, 'no', 'such');
    const cases: [string[], RegExp][] = [
      [
        ['generate', '--prompt', 'a calm sea', '--size', '64', '--out', join(nowhere, 'x.png')],
        /--out: the folder .*no\/such does not exist; create it first or add --mkdir/,
      ],
      [['lines', join(dir, 'in.png'), '--out', join(nowhere, 'l.png')], /--out: the folder .* does not exist/],
      [['music', '--prompt', 'calm piano', '--seconds', '2', '--out', join(nowhere, 'm.wav')], /--out: the folder .* does not exist/],
      [['export', '--client', '6f1c7a52-3d0e-4c55-9a43-6f0d1e2b9c10', '--out', join(nowhere, 'r.zip'), '--data', dir], /--out: the folder .* does not exist/],
      [['generate', '--prompt', 'a calm sea', '--size', '64', '--out', join(dir, 'new.png') + '/'], /--out .* is a folder; name a file inside it/],
    ];
    mkdirSync(join(dir, 'taken.png'));
    cases.push([['generate', '--prompt', 'a calm sea', '--out', join(dir, 'taken.png')], /is a folder; name a file inside it/]);
    for (const [args, reason] of cases) expectRefusal(await inProcess(args), 2, reason, args.join(' '));
    expect(readdirSync(dir)).toEqual(['taken.png']);

    const made = await inProcess(['generate', '--prompt', 'a calm sea', '--size', '64', '--out', join(nowhere, 'x.png'), '--mkdir']);
    expect(made.code, made.stderr).toBe(0);
    expect((await sharp(join(nowhere, 'x.png')).metadata()).width).toBe(64);
  });
});

describe('arguments', () => {
  it('turns every argument mistake into one line that names the option', async () => {
    const out = join(temp(), 'x.wav');
    const cases: [string[], RegExp][] = [
      [['music', '--prompt', 'calm', '--seconds', '-5', '--out', out], /^hearth music: --seconds must be between 1 and 3600, got -5$/],
      [['music', '--prompt', 'calm', '--seconds', 'five', '--out', out], /--seconds must be a number, got "five"/],
      [['music', '--prompt', 'calm', '--seconds', 'NaN', '--out', out], /--seconds must be a number, got "NaN"/],
      [['generate', '--prompt', 'calm', '--size', '-64', '--out', out.replace(/wav$/, 'png')], /--size must be between 64 and 2048, got -64/],
      [['generate', '--foo', '--prompt', 'calm'], /^hearth generate: unknown option --foo; see hearth generate --help$/],
      [['audit', 'verify', '-x'], /unknown option -x; see hearth audit --help/],
      [['generate', '--prompt'], /^hearth generate: --prompt needs a value; see hearth generate --help$/],
      [['styles', '--json=yes'], /--json takes no value; see hearth styles --help/],
      [['generate', '--prompt', '--out', 'x.png'], /--prompt needs a value \(write one that starts with "-" as --prompt=-VALUE\)/],
    ];
    for (const [args, reason] of cases) expectRefusal(await inProcess(args), 2, reason, args.join(' '));
    expect(existsSync(out)).toBe(false);
  });

  it('inpaint refuses a mask of another shape and says when it stretches one of the same shape', async () => {
    const dir = temp();
    const image = join(dir, 'sea.png');
    expect((await inProcess(['generate', '--prompt', 'a calm blue sea', '--width', '128', '--height', '96', '--seed', '3', '--out', image])).code).toBe(0);
    const mask = async (w: number, h: number): Promise<string> => {
      const path = join(dir, `mask-${w}x${h}.png`);
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="black"/>` +
        `<rect x="${w / 4}" y="${h / 4}" width="${w / 2}" height="${h / 2}" fill="white"/></svg>`;
      await sharp(Buffer.from(svg)).png().toFile(path);
      return path;
    };
    const args = (m: string, out: string) => ['inpaint', '--image', image, '--mask', m, '--prompt', 'a warm sunrise', '--out', join(dir, out)];
    const square = await inProcess(args(await mask(64, 64), 'a.png'));
    expectRefusal(square, 2, /the mask is 64×64 but the picture is 128×96; make the mask the picture's size \(or the same shape\)/);
    expect(existsSync(join(dir, 'a.png'))).toBe(false);
    const small = await inProcess(args(await mask(32, 24), 'b.png'));
    expect(small.code).toBe(0);
    expect(small.stderr).toBe("Note: the 32×24 mask was stretched to the picture's 128×96.\n");
    const exact = await inProcess(args(await mask(128, 96), 'c.png'));
    expect(exact.code).toBe(0);
    expect(exact.stderr).toBe('');
  });

  it('admin add names what the password contains', async () => {
    const r = await hearth(['admin', 'add', '--email', 'maria.lopez@clinic.test', '--name', 'Maria', '--data', join(temp(), 'x')], {
      input: 'xx-maria.lopez-2024',
    });
    expectRefusal(r, 2, /The password contains "maria\.lopez", the part of the email address before the @; choose one without it\./);
    const n = await hearth(['admin', 'add', '--email', 'ops@clinic.test', '--name', 'Robin Gale', '--data', join(temp(), 'x')], {
      input: 'hello robingale 77',
    });
    expectRefusal(n, 2, /The password contains the name "Robin Gale"; choose one without it\./);
  }, 180_000);
});

describe('hearth --help', () => {
  let help = '';
  beforeAll(async () => {
    help = (await inProcess(['--help'])).stdout;
  });
  it('documents the exit codes', () => {
    expect(help).toMatch(/Exit codes: 0 done, 1 a problem was found .*, 2 bad input, 3 data folder in use or model server unreachable/);
  });
});

describe('every command, tried with what a newcomer mistypes', () => {
  it('refuses words a command does not take (a folder without --data would otherwise mean ./data), before the command runs', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['audit', 'verify', 'restored'],
        /^hearth audit: unexpected argument "restored" \(a data folder is named with --data restored\); see hearth audit --help$/,
      ],
      [['demo', 'mydata'], /^hearth demo: unexpected argument "mydata" \(a data folder is named with --data mydata\)/],
      [['keys', 'rotate', 'data2'], /unexpected argument "data2" \(a data folder is named with --data data2\)/],
      [['styles', 'extra'], /^hearth styles: unexpected argument "extra"; see hearth styles --help$/],
      [['generate', 'a calm sea', '--prompt', 'sea', '--out', 'x.png'], /^hearth generate: unexpected argument "a calm sea"; see hearth generate --help$/],
    ];
    for (const [args, reason] of cases) expectRefusal(await inProcess(args), 2, reason, args.join(' '));
    // The commands that take words still do.
    expect((await inProcess(['screen', 'I', 'painted', 'the', 'sea', '--json'])).code).toBe(0);
  });

  it('audit checkpoint refuses a mistyped folder as such (not as "no checkpoint yet")', async () => {
    const typo = join(temp(), 'dta');
    expectRefusal(await inProcess(['audit', 'checkpoint', '--data', typo]), 2, /the data folder .*dta does not exist; pass --data/);
    expect(existsSync(typo)).toBe(false);
  });

  it('restore makes the data folder, not the folders above it', async () => {
    const dir = temp();
    const passphrase = join(dir, 'passphrase.txt');
    writeFileSync(passphrase, 'a long enough backup passphrase');
    const deep = join(dir, 'no', 'such', 'restored');
    const r = await inProcess(['restore', join(dir, 'hearth.backup'), '--data', deep, '--passphrase-file', passphrase]);
    expectRefusal(r, 2, /cannot create the data folder .*restored: the folder .*no\/such does not exist; create it first/);
    expect(readdirSync(dir)).toEqual(['passphrase.txt']);
  });

  it('names a picture too large to decode, and a WAV too large to read, without reading them', async () => {
    const dir = temp();
    // A valid PNG header for 8000×8000 (64 MP, over the 40 MP limit) whose pixels are all zero.
    const { crc32, deflateSync } = await import('node:zlib');
    const chunk = (type: string, data: Buffer): Buffer => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([len, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(8000, 0);
    ihdr.writeUInt32BE(8000, 4);
    ihdr.set([1, 0, 0, 0, 0], 8); // 1-bit grey
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(8000 * 1001))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    const big = join(dir, 'big.png');
    writeFileSync(big, png);
    expectRefusal(await inProcess(['lines', big, '--out', join(dir, 'l.png')]), 2, /^hearth lines: photo file has too many pixels: .*big\.png$/);
    expectRefusal(
      await inProcess(['generate', '--prompt', 'sea', '--sketch', big, '--out', join(dir, 'g.png')]),
      2,
      /^hearth generate: sketch file has too many pixels/,
    );

    // A 16-bit stereo WAV header whose data runs to the end of a 1.1 GB (sparse) file.
    const wav = join(dir, 'long.wav');
    const h = Buffer.alloc(44);
    h.write('RIFF', 0, 'latin1');
    h.writeUInt32LE(0xffffffff, 4);
    h.write('WAVEfmt ', 8, 'latin1');
    h.writeUInt32LE(16, 16);
    h.writeUInt16LE(1, 20);
    h.writeUInt16LE(2, 22);
    h.writeUInt32LE(48000, 24);
    h.writeUInt32LE(192000, 28);
    h.writeUInt16LE(4, 32);
    h.writeUInt16LE(16, 34);
    h.write('data', 36, 'latin1');
    h.writeUInt32LE(0xffffffff, 40);
    writeFileSync(wav, h);
    truncateSync(wav, 1100 * 1024 * 1024);
    const used = process.memoryUsage().rss;
    expectRefusal(await inProcess(['analyze-audio', wav]), 2, /^hearth analyze-audio: .*long\.wav: the file is 1100 MB; WAV files up to 1024 MB are read/);
    expectRefusal(
      await inProcess(['music', '--prompt', 'calm', '--condition', wav, '--seconds', '5', '--out', join(dir, 'm.wav')]),
      2,
      /^hearth music: --condition: the file is 1100 MB/,
    );
    expect(process.memoryUsage().rss - used).toBeLessThan(200 * 1024 * 1024); // not read
    expect(readdirSync(dir).sort()).toEqual(['big.png', 'long.wav']);
  });

  it('screen and audit --checkpoints refuse a file of another kind instead of judging it', async () => {
    const dir = temp();
    const picture = join(dir, 'drawing.png');
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#336699' } })
      .png()
      .toFile(picture);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my own notes\n');
    // Bytes of a picture once read as a crisis ("URGENT"): a wrong file is a wrong argument.
    expectRefusal(await inProcess(['screen', '--file', picture]), 2, /^hearth screen: .*drawing\.png is not text \(it holds binary data, such as a picture\)/);
    expectRefusal(await inProcess(['screen', '--jsonl', '--file', picture]), 2, /is not text/);
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in Latin-1, not UTF-8
    expectRefusal(await inProcess(['screen', '--file', latin1]), 2, /is not text/);
    const utf8 = join(dir, 'es.txt');
    writeFileSync(utf8, 'Hoy dibujé el mar y me sentí tranquila');
    expect((await inProcess(['screen', '--file', utf8])).code).toBe(0);
    // Not "Audit log BROKEN" (exit 1): the operator named the wrong file.
    for (const f of [picture, notes])
      expectRefusal(
        await inProcess(['audit', 'verify', '--data', dir, '--checkpoints', f]),
        2,
        /^hearth audit: --checkpoints .* is not an audit checkpoint file \(`hearth audit checkpoint` prints the lines it holds\)$/,
      );
    // A picture given as the master key: named as the wrong file, not as a key of the wrong length.
    const restored = join(dir, 'restored');
    expectRefusal(
      await inProcess(['restore', notes, '--data', restored, '--passphrase-file', notes, '--master-key-file', picture]),
      2,
      /^hearth restore: .*drawing\.png is not a master key file \(keys\/master\.key holds one line of base64, 44 characters\)$/,
    );
    expect(readdirSync(dir).sort()).toEqual(['drawing.png', 'es.txt', 'latin1.txt', 'notes.txt']);
  });

  it('admin add with nothing on standard input says where the password comes from', async () => {
    const r = await hearth(['admin', 'add', '--email', 'ops@clinic.test', '--data', join(temp(), 'x')], { input: '' });
    expectRefusal(r, 2, /^hearth admin: pipe the password on standard input, e\.g\.: printf %s "\$PASSWORD" \| hearth admin add/);
  }, 180_000);
});
