/**
 * Backup and restore of a whole installation.
 *
 * A snapshot is taken in ONE `REPEATABLE READ` transaction: every table of the schema (users,
 * client records, `client_keys`, the audit chain, …) as PostgreSQL's own JSON of each row, plus
 * every file the snapshot's rows name (columns `blob_key` / `thumb_key`), read while the
 * transaction is open. Files are write-once and written before their row, so the rows and files
 * agree. Files are copied as stored — still sealed with each client's key. The same code runs on
 * PGlite and PostgreSQL.
 *
 * Version 2 (streamSnapshot, written by `hearth backup`): a ZIP of tables/<name>.jsonl, blobs/<key>,
 * optionally master.key, and manifest.json last, streamed a page of rows or one file at a time and
 * sealed in authenticated chunks (backup-file.ts). Version 1 (takeSnapshot/archiveSnapshot, still
 * read by restore): the same with tables/<name>.json, built in memory and sealed at once. Restore writes into an
 * empty data folder: the master key first (from the backup, or the one given), then the schema
 * (migrations), then the rows in foreign-key order in one transaction, sequences, and the files.
 */
import { createHash, createHmac } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { Inflate, strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { BlobStore } from './blob-store.ts';
import { assertBlobKey } from './blob-store.ts';
import type { Db, Queryable } from './db.ts';
import { loadMigrations } from './migrate.ts';

const BLOB_COLUMN = /^(blob|thumb)_key$|_blob_key$/;
const SKIP_TABLES = new Set(['schema_migrations']);

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupManifest {
  format: 'hearth-backup';
  version: 1 | 2;
  createdAt: string;
  database: 'pglite' | 'postgres';
  migrations: number[];
  tables: Record<string, { rows: number }>;
  /** Blob key → sha256 of the stored (sealed) bytes. */
  blobs: Record<string, string>;
  /** Blob keys named by rows but absent from storage when the snapshot was taken. */
  missingBlobs: string[];
  /** HMAC of a fixed label under the master key: tells the right key from a wrong one. */
  masterKeyCheck: string;
  includesMasterKey: boolean;
}

export interface Snapshot {
  manifest: BackupManifest;
  /** Table → rows as JSON objects (PostgreSQL's `row_to_json`). */
  tables: Record<string, Record<string, unknown>[]>;
  blobs: Map<string, Uint8Array>;
  masterKey?: Uint8Array;
}

export const masterKeyCheck = (master: Uint8Array): string => createHmac('sha256', master).update('hearth master key check v1').digest('hex');
const quote = (ident: string): string => `"${ident.replace(/"/g, '""')}"`;
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

async function tableNames(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  return rows.map((r) => r.table_name);
}

/** Takes a consistent snapshot of every table and the files its rows name. */
export async function takeSnapshot(db: Db, blobs: BlobStore, master: Uint8Array, opts: { includeMasterKey?: boolean; now?: Date } = {}): Promise<Snapshot> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables: Snapshot['tables'] = {};
    const keys = new Set<string>();
    const names = await tableNames(tx);
    const blobCols = await tx.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'text'",
    );
    for (const t of names) {
      const rows = (await tx.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM ${quote(t)} t`)).map(
        (r) => JSON.parse(r.j) as Record<string, unknown>,
      );
      tables[t] = rows;
      for (const c of blobCols.filter((b) => b.table_name === t && BLOB_COLUMN.test(b.column_name))) {
        for (const r of rows) if (typeof r[c.column_name] === 'string') keys.add(r[c.column_name] as string);
      }
    }
    const files = new Map<string, Uint8Array>();
    const missing: string[] = [];
    for (const k of [...keys].sort()) {
      const bytes = await blobs.get(k);
      if (bytes) files.set(k, bytes);
      else missing.push(k);
    }
    const migrations = (tables.schema_migrations ?? []).map((r) => Number(r.version)).sort((a, b) => a - b);
    const manifest: BackupManifest = {
      format: 'hearth-backup',
      version: 1,
      createdAt: (opts.now ?? new Date()).toISOString(),
      database: db.kind,
      migrations,
      tables: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, { rows: rows.length }])),
      blobs: Object.fromEntries([...files].map(([k, b]) => [k, sha256(b)])),
      missingBlobs: missing,
      masterKeyCheck: masterKeyCheck(master),
      includesMasterKey: opts.includeMasterKey === true,
    };
    return { manifest, tables, blobs: files, ...(opts.includeMasterKey ? { masterKey: master } : {}) };
  });
}

/** The snapshot as one (unencrypted) archive. */
export function archiveSnapshot(s: Snapshot): Uint8Array {
  const files: Zippable = { 'manifest.json': [strToU8(JSON.stringify(s.manifest)), { level: 6 }] };
  for (const [t, rows] of Object.entries(s.tables)) files[`tables/${t}.json`] = [strToU8(JSON.stringify(rows)), { level: 6 }];
  for (const [k, b] of s.blobs) files[`blobs/${k}`] = [b, { level: 0 }];
  if (s.masterKey) files['master.key'] = [strToU8(Buffer.from(s.masterKey).toString('base64')), { level: 0 }];
  return zipSync(files);
}

/** Reads an archive back, checking it against its manifest (every file's sha256). */
export function readArchive(archive: Uint8Array): Snapshot {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(archive);
  } catch {
    throw new BackupError('the backup contents cannot be read (damaged)');
  }
  const m = entries['manifest.json'];
  if (!m) throw new BackupError('the backup has no manifest');
  const manifest = JSON.parse(strFromU8(m)) as BackupManifest;
  if (manifest.format !== 'hearth-backup' || manifest.version !== 1) throw new BackupError('the backup manifest is not one this Hearth understands');
  const tables: Snapshot['tables'] = {};
  for (const [t, info] of Object.entries(manifest.tables)) {
    if (!/^[a-z_][a-z0-9_]*$/.test(t)) throw new BackupError(`the backup names an invalid table ${JSON.stringify(t)}`);
    const f = entries[`tables/${t}.json`];
    if (!f) throw new BackupError(`the backup is missing table ${t}`);
    const rows = JSON.parse(strFromU8(f)) as Record<string, unknown>[];
    if (rows.length !== info.rows) throw new BackupError(`table ${t} has ${rows.length} rows, the manifest says ${info.rows}`);
    tables[t] = rows;
  }
  const blobs = new Map<string, Uint8Array>();
  for (const [k, hash] of Object.entries(manifest.blobs)) {
    assertBlobKey(k);
    const b = entries[`blobs/${k}`];
    if (!b || sha256(b) !== hash) throw new BackupError(`file ${k} is missing from the backup or does not match its checksum`);
    blobs.set(k, b);
  }
  const key = entries['master.key'];
  return { manifest, tables, blobs, ...(key ? { masterKey: new Uint8Array(Buffer.from(strFromU8(key), 'base64')) } : {}) };
}

/** True when `dir` does not exist or holds nothing. */
export function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function foreignKeyOrder(q: Queryable, tables: string[]): Promise<{ order: string[]; selfRefs: Map<string, { column: string; refColumn: string }[]> }> {
  const fks = await q.query<{ child: string; parent: string; column: string; ref_column: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS column, ra.attname AS ref_column
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const strip = (s: string) => s.replace(/^.*\./, '').replace(/"/g, '');
  const deps = new Map(tables.map((t) => [t, new Set<string>()]));
  const selfRefs = new Map<string, { column: string; refColumn: string }[]>();
  for (const f of fks) {
    const child = strip(f.child);
    const parent = strip(f.parent);
    if (child === parent) selfRefs.set(child, [...(selfRefs.get(child) ?? []), { column: f.column, refColumn: f.ref_column }]);
    else deps.get(child)?.add(parent);
  }
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t) === 'done') return;
    if (state.get(t) === 'visiting') throw new BackupError(`foreign keys form a cycle through ${t}`);
    state.set(t, 'visiting');
    for (const p of deps.get(t) ?? []) if (deps.has(p)) visit(p);
    state.set(t, 'done');
    order.push(t);
  };
  for (const t of tables) visit(t);
  return { order, selfRefs };
}

/** Rows ordered so that a row referring to another row of its own table comes after it. */
function parentsFirst(rows: Record<string, unknown>[], refs: { column: string; refColumn: string }[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const placed = new Map(refs.map((r) => [r.refColumn, new Set<unknown>()]));
  let pending = rows;
  while (pending.length > 0) {
    const next: Record<string, unknown>[] = [];
    for (const row of pending) {
      if (refs.every((r) => row[r.column] === null || row[r.column] === undefined || placed.get(r.refColumn)!.has(row[r.column]))) {
        out.push(row);
        for (const r of refs) placed.get(r.refColumn)!.add(row[r.refColumn]);
      } else next.push(row);
    }
    if (next.length === pending.length) throw new BackupError('rows refer to rows that are not in the backup');
    pending = next;
  }
  return out;
}

/**
 * Loads a snapshot's rows into a freshly migrated, empty database (one transaction) and its
 * files into `blobs`. Refuses a backup from a newer schema.
 */
export async function loadSnapshot(db: Db, blobs: BlobStore, s: Snapshot): Promise<{ rows: number; files: number }> {
  const known = new Set(loadMigrations().map((m) => m.version));
  const unknown = s.manifest.migrations.filter((v) => !known.has(v));
  if (unknown.length > 0) throw new BackupError(`the backup comes from a newer Hearth (schema versions ${unknown.join(', ')}); update Hearth first`);
  let rows = 0;
  await db.transaction(async (tx) => {
    const present = await tableNames(tx);
    const missing = Object.keys(s.tables).filter((t) => !SKIP_TABLES.has(t) && !present.includes(t));
    if (missing.length > 0) throw new BackupError(`the backup has tables this Hearth does not: ${missing.join(', ')}`);
    const { order, selfRefs } = await foreignKeyOrder(tx, present);
    for (const t of order) {
      if (SKIP_TABLES.has(t)) continue;
      const any = await tx.query(`SELECT 1 FROM ${quote(t)} LIMIT 1`);
      if (any.length > 0) throw new BackupError(`the target database already holds data (table ${t}); restore needs an empty one`);
    }
    const columns = await tx.query<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()',
    );
    for (const t of order) {
      const data = s.tables[t];
      if (!data || SKIP_TABLES.has(t) || data.length === 0) continue;
      const cols = new Set(columns.filter((c) => c.table_name === t).map((c) => c.column_name));
      const refs = selfRefs.get(t);
      for (const row of refs ? parentsFirst(data, refs) : data) {
        const keys = Object.keys(row).filter((k) => cols.has(k));
        const list = keys.map(quote).join(', ');
        await tx.query(`INSERT INTO ${quote(t)} (${list}) SELECT ${list} FROM json_populate_record(NULL::${quote(t)}, $1::json)`, [JSON.stringify(row)]);
        rows++;
      }
    }
    // A backup from before the keyed audit chain (migration 21) holds plain-sha256 entries: mark them
    // so the next open re-chains them (AuditRepository.upgradeChain) instead of failing to verify.
    if (!s.manifest.migrations.includes(21)) await tx.query('UPDATE audit_log SET chain = 1');
    const serials = await tx.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')",
    );
    for (const c of serials) {
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${quote(c.column_name)}) FROM ${quote(c.table_name)}), 0) + 1, false)`,
        [quote(c.table_name), c.column_name],
      );
    }
  });
  for (const [k, b] of s.blobs) await blobs.put(k, b);
  return { rows, files: s.blobs.size };
}

/*
 * Version 2: the snapshot streamed. Rows are read a page at a time through a cursor of the
 * snapshot transaction and written as JSON lines (`tables/<name>.jsonl`), files one at a time,
 * all through fflate's streaming Zip; every write is awaited, so memory holds one page or one
 * file at a time. The manifest (row counts, file checksums, known only at the end) is the last
 * entry. The reader uses the ZIP's central directory, reaching each entry through random access
 * to the (chunked, authenticated) backup: entries are read in any order, each as a stream.
 */
const PAGE_ROWS = 500;

export interface SnapshotStreamOptions {
  includeMasterKey?: boolean;
  now?: Date;
  /**
   * Read the files inside the snapshot transaction (PostgreSQL: a transaction of its own
   * connection). The embedded database has one connection, so by default it reads them after the
   * rows' transaction ends: files are write-once, and one removed in between is listed as missing.
   */
  filesInTransaction?: boolean;
}

/** Streams a consistent snapshot as a ZIP archive (plain bytes) through `write`; resolves to its manifest. */
export async function streamSnapshot(
  db: Db,
  blobs: BlobStore,
  master: Uint8Array,
  write: (bytes: Uint8Array) => Promise<void>,
  opts: SnapshotStreamOptions = {},
): Promise<BackupManifest> {
  let pending: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else pending.push(data);
  });
  let written = 0;
  const flush = async () => {
    if (failure) throw failure;
    const out = pending;
    pending = [];
    for (const b of out) {
      written += b.length;
      // fflate's streaming ZIP writes 32-bit sizes and offsets (no ZIP64).
      if (written > 0xffffffff) throw new BackupError('the backup would exceed 4 GiB, more than this archive format holds');
      await write(b);
    }
  };
  const addFile = async (name: string, level: 0 | 6, parts: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) => {
    const f = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level });
    zip.add(f);
    for await (const p of parts) {
      f.push(p, false);
      await flush();
    }
    f.push(new Uint8Array(0), true);
    await flush();
  };
  const tableRows: Record<string, { rows: number }> = {};
  const files: Record<string, string> = {};
  const missing: string[] = [];
  const keys = new Set<string>();
  let migrations: number[] = [];
  const copyFiles = async () => {
    for (const k of [...keys].sort()) {
      const bytes = await blobs.get(k);
      if (!bytes) {
        missing.push(k);
        continue;
      }
      files[k] = sha256(bytes);
      await addFile(`blobs/${k}`, 0, [bytes]);
    }
  };
  const inTx = opts.filesInTransaction ?? db.kind === 'postgres';
  await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const names = await tableNames(tx);
    const blobCols = await tx.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'text'",
    );
    for (const t of names) {
      const cols = blobCols.filter((b) => b.table_name === t && BLOB_COLUMN.test(b.column_name)).map((c) => c.column_name);
      let count = 0;
      await tx.query(`DECLARE hearth_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quote(t)} t`);
      async function* pages(): AsyncIterable<Uint8Array> {
        for (;;) {
          const page = await tx.query<{ j: string }>(`FETCH ${PAGE_ROWS} FROM hearth_backup`);
          if (page.length === 0) return;
          count += page.length;
          for (const { j } of page) {
            if (cols.length > 0) {
              const r = JSON.parse(j) as Record<string, unknown>;
              for (const c of cols) if (typeof r[c] === 'string') keys.add(r[c] as string);
              if (t === 'schema_migrations') migrations.push(Number(r.version));
            } else if (t === 'schema_migrations') migrations.push(Number((JSON.parse(j) as { version: unknown }).version));
          }
          yield strToU8(page.map((r) => r.j).join('\n') + '\n');
        }
      }
      await addFile(`tables/${t}.jsonl`, 6, pages());
      await tx.query('CLOSE hearth_backup');
      tableRows[t] = { rows: count };
    }
    if (inTx) await copyFiles();
  });
  if (!inTx) await copyFiles();
  if (opts.includeMasterKey) await addFile('master.key', 0, [strToU8(Buffer.from(master).toString('base64'))]);
  migrations = migrations.sort((a, b) => a - b);
  const manifest: BackupManifest = {
    format: 'hearth-backup',
    version: 2,
    createdAt: (opts.now ?? new Date()).toISOString(),
    database: db.kind,
    migrations,
    tables: tableRows,
    blobs: files,
    missingBlobs: missing,
    masterKeyCheck: masterKeyCheck(master),
    includesMasterKey: opts.includeMasterKey === true,
  };
  await addFile('manifest.json', 6, [strToU8(JSON.stringify(manifest))]);
  zip.end();
  await flush();
  return manifest;
}

/** Random access to plain archive bytes (ChunkedBackupReader). */
export interface ArchiveSource {
  readonly plainLength: number;
  read(pos: number, len: number): Promise<Buffer>;
  readRange(pos: number, len: number, each: (part: Uint8Array) => void | Promise<void>): Promise<void>;
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** A streamed archive, read through its ZIP central directory. */
export class ArchiveReader {
  private constructor(
    private readonly src: ArchiveSource,
    readonly entries: Map<string, Entry>,
    readonly manifest: BackupManifest,
  ) {}

  static async open(src: ArchiveSource): Promise<ArchiveReader> {
    const bad = (why: string) => new BackupError(`the backup contents cannot be read (${why})`);
    if (src.plainLength < 22) throw bad('no archive directory');
    const eocd = await src.read(src.plainLength - 22, 22);
    if (eocd.readUInt32LE(0) !== 0x06054b50) throw bad('no archive directory');
    const count = eocd.readUInt16LE(10);
    const dirSize = eocd.readUInt32LE(12);
    const dirAt = eocd.readUInt32LE(16);
    if (dirAt + dirSize > src.plainLength - 22) throw bad('the directory points outside the archive');
    const dir = await src.read(dirAt, dirSize);
    const entries = new Map<string, Entry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50) throw bad('a damaged directory entry');
      const nameLen = dir.readUInt16LE(p + 28);
      const extraLen = dir.readUInt16LE(p + 30);
      const commentLen = dir.readUInt16LE(p + 32);
      const name = dir.subarray(p + 46, p + 46 + nameLen).toString('utf8');
      entries.set(name, {
        name,
        method: dir.readUInt16LE(p + 10),
        compressed: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        offset: dir.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    const reader = new ArchiveReader(src, entries, undefined as unknown as BackupManifest);
    const m = await reader.bytes('manifest.json');
    if (!m) throw new BackupError('the backup has no manifest');
    let manifest: BackupManifest;
    try {
      manifest = JSON.parse(strFromU8(m)) as BackupManifest;
    } catch {
      throw new BackupError('the backup manifest is damaged');
    }
    if (manifest.format !== 'hearth-backup' || manifest.version !== 2) throw new BackupError('the backup manifest is not one this Hearth understands');
    return new ArchiveReader(src, entries, manifest);
  }

  /** Streams one entry's (decompressed) bytes to `each`; false when the entry is absent. */
  async stream(name: string, each: (part: Uint8Array) => void | Promise<void>): Promise<boolean> {
    const e = this.entries.get(name);
    if (!e) return false;
    const local = await this.src.read(e.offset, 30);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new BackupError(`the backup contents cannot be read (entry ${name} is damaged)`);
    const start = e.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (e.method === 0) {
      await this.src.readRange(start, e.compressed, each);
      return true;
    }
    if (e.method !== 8) throw new BackupError(`the backup contents cannot be read (entry ${name} uses compression ${e.method})`);
    let out: Uint8Array[] = [];
    const inflate = new Inflate((data) => void out.push(data));
    let total = 0;
    await this.src.readRange(start, e.compressed, async (part) => {
      inflate.push(part, false);
      for (const o of out) {
        total += o.length;
        await each(o);
      }
      out = [];
    });
    inflate.push(new Uint8Array(0), true);
    for (const o of out) {
      total += o.length;
      await each(o);
    }
    if (total !== e.size) throw new BackupError(`the backup contents cannot be read (entry ${name} has ${total} bytes, its directory says ${e.size})`);
    return true;
  }

  /** One entry whole (small entries: the manifest, one file). */
  async bytes(name: string): Promise<Uint8Array | undefined> {
    const parts: Uint8Array[] = [];
    if (!(await this.stream(name, (p) => void parts.push(new Uint8Array(p))))) return undefined;
    return new Uint8Array(Buffer.concat(parts));
  }

  /** A table's rows, a page at a time. */
  async rows(table: string, each: (rows: Record<string, unknown>[]) => Promise<void>): Promise<number> {
    let rest = '';
    let count = 0;
    const decoder = new TextDecoder();
    const found = await this.stream(`tables/${table}.jsonl`, async (part) => {
      const text = rest + decoder.decode(part, { stream: true });
      const lines = text.split('\n');
      rest = lines.pop()!;
      if (lines.length > 0) {
        count += lines.length;
        await each(lines.map((l) => JSON.parse(l) as Record<string, unknown>));
      }
    });
    if (!found) throw new BackupError(`the backup is missing table ${table}`);
    if (rest + decoder.decode() !== '') throw new BackupError(`table ${table} ends in an incomplete row`);
    return count;
  }

  masterKey(): Promise<Uint8Array | undefined> {
    return this.bytes('master.key').then((k) => (k ? new Uint8Array(Buffer.from(strFromU8(k), 'base64')) : undefined));
  }

  /** Checks every table's row count and every file's checksum against the manifest, writing nothing. */
  async check(): Promise<void> {
    for (const [t, info] of Object.entries(this.manifest.tables)) {
      if (!/^[a-z_][a-z0-9_]*$/.test(t)) throw new BackupError(`the backup names an invalid table ${JSON.stringify(t)}`);
      const n = await this.rows(t, async () => undefined);
      if (n !== info.rows) throw new BackupError(`table ${t} has ${n} rows, the manifest says ${info.rows}`);
    }
    for (const [k, hash] of Object.entries(this.manifest.blobs)) {
      assertBlobKey(k);
      const h = createHash('sha256');
      const found = await this.stream(`blobs/${k}`, (p) => void h.update(p));
      if (!found || h.digest('hex') !== hash) throw new BackupError(`file ${k} is missing from the backup or does not match its checksum`);
    }
  }
}

/** Loads a checked streamed archive into a freshly migrated, empty database and its files into `blobs`. */
export async function loadArchive(db: Db, blobs: BlobStore, a: ArchiveReader): Promise<{ rows: number; files: number }> {
  const s = a.manifest;
  const known = new Set(loadMigrations().map((m) => m.version));
  const unknown = s.migrations.filter((v) => !known.has(v));
  if (unknown.length > 0) throw new BackupError(`the backup comes from a newer Hearth (schema versions ${unknown.join(', ')}); update Hearth first`);
  let rows = 0;
  await db.transaction(async (tx) => {
    const present = await tableNames(tx);
    const missing = Object.keys(s.tables).filter((t) => !SKIP_TABLES.has(t) && !present.includes(t));
    if (missing.length > 0) throw new BackupError(`the backup has tables this Hearth does not: ${missing.join(', ')}`);
    const { order, selfRefs } = await foreignKeyOrder(tx, present);
    for (const t of order) {
      if (SKIP_TABLES.has(t)) continue;
      const any = await tx.query(`SELECT 1 FROM ${quote(t)} LIMIT 1`);
      if (any.length > 0) throw new BackupError(`the target database already holds data (table ${t}); restore needs an empty one`);
    }
    const columns = await tx.query<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()',
    );
    for (const t of order) {
      if (!s.tables[t] || SKIP_TABLES.has(t) || s.tables[t].rows === 0) continue;
      const cols = new Set(columns.filter((c) => c.table_name === t).map((c) => c.column_name));
      const insert = async (row: Record<string, unknown>) => {
        const keys = Object.keys(row).filter((k) => cols.has(k));
        const list = keys.map(quote).join(', ');
        await tx.query(`INSERT INTO ${quote(t)} (${list}) SELECT ${list} FROM json_populate_record(NULL::${quote(t)}, $1::json)`, [JSON.stringify(row)]);
        rows++;
      };
      const refs = selfRefs.get(t);
      if (refs) {
        // Rows referring to rows of their own table: this one table is ordered in memory.
        const all: Record<string, unknown>[] = [];
        await a.rows(t, async (page) => void all.push(...page));
        for (const row of parentsFirst(all, refs)) await insert(row);
      } else
        await a.rows(t, async (page) => {
          for (const row of page) await insert(row);
        });
    }
    if (!s.migrations.includes(21)) await tx.query('UPDATE audit_log SET chain = 1');
    const serials = await tx.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')",
    );
    for (const c of serials) {
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${quote(c.column_name)}) FROM ${quote(c.table_name)}), 0) + 1, false)`,
        [quote(c.table_name), c.column_name],
      );
    }
  });
  let files = 0;
  for (const k of Object.keys(s.blobs)) {
    const b = await a.bytes(`blobs/${k}`);
    if (!b) throw new BackupError(`file ${k} is missing from the backup`);
    await blobs.put(k, b);
    files++;
  }
  return { rows, files };
}
