/**
 * The S3 blob store against a small S3-compatible server started here on 127.0.0.1 that checks
 * every request's Signature V4 (as S3 and MinIO do) and keeps objects in memory. The signer itself
 * is checked against the worked example in AWS's S3 documentation ("Authenticating Requests:
 * Using the Authorization Header", GET Object example).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3BlobStore, S3Error, s3ConfigFromEnv, signV4 } from './s3-blob-store.ts';
import type { S3Config } from './s3-blob-store.ts';
import { openStore } from './store.ts';

const ACCESS = 'HEARTHTESTKEY';
const SECRET = 'hearth/test/secret+key';

interface FakeS3 {
  url: string;
  objects: Map<string, Buffer>;
  requests: { method: string; path: string; signedHeaders: string }[];
  failNext: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const requests: FakeS3['requests'] = [];
  const state = { failNext: 0 };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      const auth = String(req.headers.authorization ?? '');
      const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(auth);
      requests.push({ method: req.method!, path, signedHeaders: m?.[4] ?? '' });
      const xml = (status: number, code: string, message: string) => res.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
      if (state.failNext > 0) {
        state.failNext--;
        return xml(503, 'SlowDown', 'Please reduce your request rate.');
      }
      if (!m || m[1] !== ACCESS) return xml(403, 'InvalidAccessKeyId', 'The access key does not exist.');
      const sha = String(req.headers['x-amz-content-sha256']);
      if (sha !== createHash('sha256').update(body).digest('hex')) return xml(400, 'XAmzContentSHA256Mismatch', 'The content hash does not match.');
      const headers = Object.fromEntries(m[4]!.split(';').filter((h) => h !== 'x-amz-content-sha256' && h !== 'x-amz-date').map((h) => [h, String(req.headers[h] ?? '')]));
      const expected = signV4({ method: req.method!, path, headers, payloadSha256: sha, amzDate: String(req.headers['x-amz-date']), region: m[3]!, accessKeyId: ACCESS, secretAccessKey: SECRET });
      if (expected !== auth) return xml(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
      const [, bucket, ...rest] = path.split('/');
      if (bucket !== 'hearth-files') return xml(404, 'NoSuchBucket', 'The specified bucket does not exist');
      const key = rest.join('/');
      if (req.method === 'PUT') {
        objects.set(key, body);
        return res.writeHead(200, { etag: '"x"' }).end();
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return res.writeHead(204).end();
      }
      const obj = objects.get(key);
      if (!obj) return req.method === 'HEAD' ? res.writeHead(404).end() : xml(404, 'NoSuchKey', 'The specified key does not exist.');
      res.writeHead(200, { 'content-length': obj.length, 'content-type': 'application/octet-stream' }).end(req.method === 'HEAD' ? undefined : obj);
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const fake: FakeS3 = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    get failNext() {
      return state.failNext;
    },
    set failNext(n: number) {
      state.failNext = n;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
  return fake;
}

let s3: FakeS3;
let cfg: S3Config;
beforeAll(async () => {
  s3 = await startFakeS3();
  cfg = { endpoint: s3.url, bucket: 'hearth-files', region: 'eu-central-1', accessKeyId: ACCESS, secretAccessKey: SECRET, prefix: 'clinic-a/' };
});
afterAll(() => s3.close());

describe('S3 blob store', () => {
  it('signs exactly like the worked example in the S3 documentation', () => {
    const auth = signV4({
      method: 'GET',
      path: '/test.txt',
      headers: { Host: 'examplebucket.s3.amazonaws.com', Range: 'bytes=0-9' },
      payloadSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      amzDate: '20130524T000000Z',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(auth).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('puts, gets, overwrites, tests and deletes objects under its prefix', async () => {
    const store = new S3BlobStore(cfg);
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);
    await store.put('artworks/a.png', bytes);
    expect(s3.objects.has('clinic-a/artworks/a.png')).toBe(true);
    expect(Buffer.from((await store.get('artworks/a.png'))!).equals(Buffer.from(bytes))).toBe(true);
    expect(await store.exists('artworks/a.png')).toBe(true);
    await store.put('artworks/a.png', new Uint8Array([1, 2, 3]));
    expect([...(await store.get('artworks/a.png'))!]).toEqual([1, 2, 3]);
    await store.delete('artworks/a.png');
    expect(await store.get('artworks/a.png')).toBeUndefined();
    expect(await store.exists('artworks/a.png')).toBe(false);
    await store.delete('artworks/never-was.png'); // deleting a missing object is fine
    expect(s3.requests.every((r) => r.signedHeaders.includes('host') && r.signedHeaders.includes('x-amz-content-sha256'))).toBe(true);
  });

  it('refuses unsafe keys before any request, and reports refusals with the server’s words', async () => {
    const store = new S3BlobStore(cfg);
    const before = s3.requests.length;
    await expect(store.put('../etc/passwd', new Uint8Array(1))).rejects.toThrow(/invalid blob key/);
    await expect(store.get('artworks/../../x')).rejects.toThrow(/invalid blob key/);
    expect(s3.requests.length).toBe(before);
    const wrongSecret = new S3BlobStore({ ...cfg, secretAccessKey: 'not-it' });
    const err = await wrongSecret.put('artworks/b.png', new Uint8Array(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(S3Error);
    expect((err as S3Error).code).toBe('SignatureDoesNotMatch');
    expect((err as S3Error).message).toMatch(/HTTP 403 SignatureDoesNotMatch/);
    const noBucket = new S3BlobStore({ ...cfg, bucket: 'other-bucket' });
    await expect(noBucket.put('artworks/b.png', new Uint8Array(3))).rejects.toThrow(/NoSuchBucket/);
  });

  it('retries a busy server and gives a plain message when it is down', async () => {
    const store = new S3BlobStore({ ...cfg, retries: 2 });
    s3.failNext = 2;
    await store.put('thumbs/t.webp', new Uint8Array([9]));
    expect([...(await store.get('thumbs/t.webp'))!]).toEqual([9]);
    s3.failNext = 3;
    await expect(store.get('thumbs/t.webp')).rejects.toThrow(/HTTP 503 SlowDown/);
    s3.failNext = 0;
    const down = new S3BlobStore({ ...cfg, endpoint: 'http://127.0.0.1:9', retries: 0 });
    await expect(down.get('thumbs/t.webp')).rejects.toThrow(/could not be reached/);
  });

  it('reads its configuration from the environment, naming what is missing', () => {
    expect(s3ConfigFromEnv({})).toBeUndefined();
    expect(() => s3ConfigFromEnv({ HEARTH_S3_BUCKET: 'b-1' })).toThrow(/HEARTH_S3_ENDPOINT and HEARTH_S3_ACCESS_KEY_ID and HEARTH_S3_SECRET_ACCESS_KEY are missing/);
    expect(s3ConfigFromEnv({ HEARTH_S3_BUCKET: 'b-1', HEARTH_S3_ENDPOINT: 'http://m:9000', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 's', HEARTH_S3_PREFIX: 'x/' })).toEqual({
      endpoint: 'http://m:9000', bucket: 'b-1', region: 'us-east-1', accessKeyId: 'a', secretAccessKey: 's', prefix: 'x/',
    });
    expect(() => new S3BlobStore({ ...cfg, bucket: 'Bad_Bucket' })).toThrow(/not a valid S3 bucket name/);
  });

  it('keeps a client’s sealed files in the bucket when the store is opened with it', async () => {
    const store = await openStore({ s3: { ...cfg, prefix: 'store-test/' } });
    try {
      const therapist = await store.users.create({ id: crypto.randomUUID(), role: 'therapist', email: 't@x.test', displayName: 'T', passwordHash: 'h', createdAt: new Date() });
      const client = await store.clients.create({ id: crypto.randomUUID(), therapistId: therapist.id, displayName: 'C', pronouns: null, goals: '', createdAt: new Date() });
      const secret = Buffer.from('a drawing of the sea, in secret');
      await store.files.put(client.id, 'artworks/sea.png', secret);
      const raw = s3.objects.get('store-test/artworks/sea.png')!;
      expect(raw).toBeDefined();
      expect(raw.includes(Buffer.from('the sea'))).toBe(false); // sealed before it left
      expect(Buffer.from((await store.files.get(client.id, 'artworks/sea.png'))!).equals(secret)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
