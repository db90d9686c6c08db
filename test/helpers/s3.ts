/**
 * A real S3-compatible server for tests: `s3rver` (npm) in its own Node process on a random
 * loopback port, keeping objects in a temporary folder. s3rver speaks the S3 REST API including
 * multipart uploads (CreateMultipartUpload / UploadPart / CompleteMultipartUpload); it checks that
 * the access key exists but, unlike AWS and MinIO, does not verify Signature V4 itself.
 *
 * Requests reach it through a small pass-through proxy in the test process that records each
 * request line and can answer the next N requests, or chosen ones, with 503 SlowDown (a busy
 * server), so tests can count requests and exercise retries and failed uploads without changing
 * the server's behaviour otherwise.
 *
 * One way s3rver differs from S3: it writes an object in place, so a read racing an overwrite of
 * the same key can see a cut-short file (S3 and MinIO swap whole objects).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface S3TestServer {
  /** Endpoint for clients (the proxy in front of s3rver). */
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Buckets created at start. */
  buckets: string[];
  /** Every request the proxy saw: method and path with query, in order. */
  requests: { method: string; url: string }[];
  /** Answer this many upcoming requests with 503 SlowDown without passing them on. */
  failNext: number;
  /** Answer every request this matches with 503 SlowDown (e.g. one part of a multipart upload). */
  failWhen: ((r: { method: string; url: string }) => boolean) | undefined;
  /** Where s3rver keeps an object's bytes on disk, to check uploads without going through S3. */
  objectPath(bucket: string, key: string): string;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs in the child: starts s3rver, registers the test key pair, prints the port, exits when stdin closes. */
const CHILD = `
const S3rver = require('s3rver');
const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account');
const o = JSON.parse(process.env.HEARTH_TEST_S3);
DUMMY_ACCOUNT.createKeyPair(o.accessKeyId, o.secretAccessKey);
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: o.directory, configureBuckets: o.buckets.map((name) => ({ name })) });
server.run().then((a) => process.stdout.write(JSON.stringify({ port: a.port }) + '\\n'), (e) => { console.error(e); process.exit(1); });
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

interface ChildOptions {
  directory: string;
  buckets: string[];
  accessKeyId: string;
  secretAccessKey: string;
}

async function startS3rver(opts: ChildOptions): Promise<{ child: ChildProcess; port: number }> {
  const env = { ...process.env, HEARTH_TEST_S3: JSON.stringify(opts) };
  const child = spawn(process.execPath, ['-e', CHILD], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`s3rver did not start within 60 s: ${err}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = /^(\{.*\})\n/m.exec(out);
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line[1]!) as { port: number }).port);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited with ${code}: ${err}`));
    });
  });
  return { child, port };
}

/** Starts s3rver with the given buckets (default `hearth-files`) and a proxy in front of it. */
export async function startS3Server(opts: { buckets?: string[] } = {}): Promise<S3TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'hearth-s3-'));
  const buckets = opts.buckets ?? ['hearth-files'];
  const keys = { accessKeyId: 'HEARTHTESTKEY', secretAccessKey: 'hearth/test/secret+key' };
  const { child, port } = await startS3rver({ directory, buckets, ...keys });
  const state: { failNext: number; failWhen: S3TestServer['failWhen'] } = { failNext: 0, failWhen: undefined };
  const requests: S3TestServer['requests'] = [];
  const proxy: Server = createServer((req, res) => {
    const seen = { method: req.method!, url: req.url! };
    requests.push(seen);
    if (state.failNext > 0 || state.failWhen?.(seen)) {
      if (state.failNext > 0) state.failNext--;
      req.resume();
      req.on('end', () => {
        res.writeHead(503, { 'content-type': 'application/xml' });
        res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
      });
      return;
    }
    const up = httpRequest({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (ur) => {
      res.writeHead(ur.statusCode ?? 502, ur.headers);
      ur.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    ...keys,
    buckets,
    requests,
    get failNext() {
      return state.failNext;
    },
    set failNext(n: number) {
      state.failNext = n;
    },
    objectPath: (bucket, key) => join(directory, bucket, dirname(key), `${basename(key)}._S3rver_object`),
    get failWhen() {
      return state.failWhen;
    },
    set failWhen(f: S3TestServer['failWhen']) {
      state.failWhen = f;
    },
    async close() {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
      const exited = new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
