/**
 * The local control channel of a running `hearth serve`: a Unix socket `<data>/control.sock`,
 * mode 0600 inside the 0700 data folder, so only the user who owns the installation can connect.
 * While the server holds the data folder (PGlite allows one process), `hearth backup` asks it
 * through this socket for a consistent snapshot; the server takes it in one REPEATABLE READ
 * transaction and streams the (unencrypted) archive back. The CLI encrypts it, so the backup
 * passphrase never reaches the server.
 *
 * Protocol: the client sends one JSON line `{"op":"snapshot","includeMasterKey":bool}`; the
 * server answers with frames, each `type(1) ‖ length(u32 BE) ‖ payload`: `D` archive bytes (as the
 * snapshot streams, each written when the socket has room), then `Z` (empty: the archive is
 * complete) or `E` (a JSON `{"error":"…"}`), and closes. A connection that ends without `Z` is
 * an incomplete snapshot.
 */
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { join } from 'node:path';
import { streamSnapshot } from '../../store/backup.ts';
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

const frame = (type: 'D' | 'Z' | 'E', payload: Uint8Array = new Uint8Array(0)): Buffer => {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(payload.length, 1);
  return Buffer.concat([head, payload]);
};

/** Writes to the socket and waits while its buffer is full (back-pressure). */
function send(sock: Socket, bytes: Buffer): Promise<void> {
  if (sock.destroyed) return Promise.reject(new Error('the backup client went away'));
  if (sock.write(bytes)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      sock.off('drain', ok);
      sock.off('close', gone);
      if (e) reject(e);
      else resolve();
    };
    const ok = () => done();
    const gone = () => done(new Error('the backup client went away'));
    sock.once('drain', ok);
    sock.once('close', gone);
  });
}

async function serve(sock: Socket, deps: ControlDeps): Promise<void> {
  sock.on('error', () => undefined);
  try {
    const line = await readLine(sock);
    const req = JSON.parse(line) as { op?: unknown; includeMasterKey?: unknown };
    if (req.op !== 'snapshot') throw new Error(`unknown control operation ${JSON.stringify(req.op)}`);
    await streamSnapshot(deps.db, deps.blobs, deps.masterKey(), (b) => send(sock, frame('D', b)), { includeMasterKey: req.includeMasterKey === true });
    sock.end(frame('Z'));
  } catch (e) {
    deps.onError?.(e);
    if (!sock.destroyed) sock.end(frame('E', Buffer.from(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }))));
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

/** Asks the server behind `path` for a snapshot archive (unencrypted), handing its bytes to `each` as they arrive. */
export async function requestSnapshot(path: string, opts: { includeMasterKey: boolean }, each: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  const sock = createConnection(path);
  await new Promise<void>((resolve, reject) => {
    sock.once('error', (e) => reject(new Error(`cannot reach the running Hearth through ${path}: ${e.message}`)));
    sock.once('connect', () => resolve());
  });
  sock.write(JSON.stringify({ op: 'snapshot', includeMasterKey: opts.includeMasterKey }) + '\n');
  let buf: Buffer = Buffer.alloc(0);
  let ended = false;
  try {
    // Reading one chunk at a time and awaiting `each` pauses the socket: the server waits for room.
    for await (const d of sock as AsyncIterable<Buffer>) {
      buf = buf.length === 0 ? d : Buffer.concat([buf, d]);
      while (buf.length >= 5) {
        const len = buf.readUInt32BE(1);
        if (buf.length < 5 + len) break;
        const type = String.fromCharCode(buf[0]!);
        const payload = buf.subarray(5, 5 + len);
        buf = buf.subarray(5 + len);
        if (type === 'D') await each(payload);
        else if (type === 'Z') ended = true;
        else if (type === 'E') {
          const { error } = JSON.parse(payload.toString('utf8')) as { error?: string };
          throw new Error(`the running Hearth could not take the snapshot: ${error ?? 'unknown error'}`);
        } else throw new Error('the running Hearth gave an answer this Hearth does not understand');
      }
    }
  } finally {
    sock.destroy();
  }
  if (!ended) throw new Error('the snapshot from the running Hearth arrived incomplete');
}
