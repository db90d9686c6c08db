/**
 * The local control channel of a running `hearth serve`: a Unix socket `<data>/control.sock`,
 * mode 0600 inside the 0700 data folder, so only the user who owns the installation can connect.
 * While the server holds the data folder (PGlite allows one process), `hearth backup` asks it
 * through this socket for a consistent snapshot; the server takes it in one REPEATABLE READ
 * transaction and streams the (unencrypted) archive back. The CLI encrypts it, so the backup
 * passphrase never reaches the server.
 *
 * Protocol: the client sends one JSON line `{"op":"snapshot","includeMasterKey":bool}`; the
 * server answers one JSON line `{"ok":true,"bytes":N}` followed by N bytes, or
 * `{"ok":false,"error":"…"}`, and closes.
 */
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { join } from 'node:path';
import { archiveSnapshot, takeSnapshot } from '../../store/backup.ts';
import type { BlobStore, Db } from '../../store/index.ts';

export const controlSocketPath = (dataDir: string): string => join(dataDir, 'control.sock');

/** Unix socket paths are limited to about 107 bytes. */
const MAX_SOCKET_PATH = 100;
const MAX_REQUEST = 4096;

export interface ControlChannel {
  readonly path: string;
  close(): Promise<void>;
}

export interface ControlDeps {
  dataDir: string;
  db: Db;
  blobs: BlobStore;
  /** The master key in use (for the key check, and included in the snapshot when asked). */
  masterKey: () => Uint8Array;
  onError?: (e: unknown) => void;
}

/** Starts the channel, or says why it is unavailable (the server runs on without it). */
export async function startControlChannel(deps: ControlDeps): Promise<ControlChannel | { unavailable: string }> {
  const path = controlSocketPath(deps.dataDir);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) return { unavailable: `the data folder path is too long for a control socket (${path})` };
  // The caller holds the data-folder lock, so a socket left here is from a process that died.
  if (existsSync(path)) rmSync(path, { force: true });
  const server: Server = createServer((sock) => void serve(sock, deps));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
    chmodSync(path, 0o600);
  } catch (e) {
    server.close();
    rmSync(path, { force: true });
    return { unavailable: `the control socket could not be opened (${(e as Error).message})` };
  }
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

async function serve(sock: Socket, deps: ControlDeps): Promise<void> {
  sock.on('error', () => undefined);
  try {
    const line = await readLine(sock);
    const req = JSON.parse(line) as { op?: unknown; includeMasterKey?: unknown };
    if (req.op !== 'snapshot') throw new Error(`unknown control operation ${JSON.stringify(req.op)}`);
    const snap = await takeSnapshot(deps.db, deps.blobs, deps.masterKey(), { includeMasterKey: req.includeMasterKey === true });
    const archive = archiveSnapshot(snap);
    sock.write(JSON.stringify({ ok: true, bytes: archive.length }) + '\n');
    sock.end(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
  } catch (e) {
    deps.onError?.(e);
    sock.end(JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e) }) + '\n');
  }
}

function readLine(sock: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d.toString('utf8');
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        sock.off('data', onData);
        resolve(buf.slice(0, nl));
      } else if (buf.length > MAX_REQUEST) reject(new Error('control request too long'));
    };
    sock.on('data', onData);
    sock.once('end', () => reject(new Error('control request ended early')));
  });
}

/** Asks the server behind `path` for a snapshot archive (unencrypted). */
export function requestSnapshot(path: string, opts: { includeMasterKey: boolean }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const sock = createConnection(path);
    const chunks: Buffer[] = [];
    sock.once('error', (e) => reject(new Error(`cannot reach the running Hearth through ${path}: ${e.message}`)));
    sock.on('connect', () => sock.write(JSON.stringify({ op: 'snapshot', includeMasterKey: opts.includeMasterKey }) + '\n'));
    sock.on('data', (d: Buffer) => chunks.push(d));
    sock.on('end', () => {
      const all = Buffer.concat(chunks);
      const nl = all.indexOf(0x0a);
      if (nl < 0) return reject(new Error('the running Hearth gave no answer'));
      const head = JSON.parse(all.subarray(0, nl).toString('utf8')) as { ok: boolean; bytes?: number; error?: string };
      if (!head.ok) return reject(new Error(`the running Hearth could not take the snapshot: ${head.error ?? 'unknown error'}`));
      const body = all.subarray(nl + 1);
      if (body.length !== head.bytes) return reject(new Error(`the snapshot arrived incomplete (${body.length} of ${head.bytes} bytes)`));
      resolve(new Uint8Array(body));
    });
  });
}
