/**
 * The S3 blob store against a real S3-compatible server (s3rver, started by test/helpers/s3.ts
 * in its own process), through the AWS SDK exactly as production uses it.
 */
import { createHash, createCipheriv } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../test/helpers/s3.ts';
import type { S3TestServer } from '../../test/helpers/s3.ts';
import { blobStoreContract } from './blob-store.contract.ts';
import { S3BlobStore, S3Error, s3ConfigFromEnv } from './s3-blob-store.ts';
import type { S3Config } from './s3-blob-store.ts';
import { storeContract } from './store.contract.ts';
import { openStore } from './store.ts';

let s3: S3TestServer;
let cfg: S3Config;
const stores: S3BlobStore[] = [];
const storeWith = (c: Partial<S3Config> = {}): S3BlobStore => {
  const s = new S3BlobStore({ ...cfg, ...c });
  stores.push(s);
  return s;
};

beforeAll(async () => {
  s3 = await startS3Server();
  const { endpoint, accessKeyId, secretAccessKey } = s3;
  cfg = { endpoint, bucket: 'hearth-files', region: 'eu-central-1', accessKeyId, secretAccessKey, prefix: 'clinic-a/' };
}, 90_000);
afterAll(async () => {
  for (const s of stores) s.close();
  await s3?.close();
});

/** Deterministic bytes that do not compress or repeat: AES-256-CTR of zeros under a fixed key. */
function pseudoRandom(length: number, seed: number): Uint8Array {
  const key = createHash('sha256').update(`seed-${seed}`).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const out = new Uint8Array(length);
  const zeros = Buffer.alloc(1 << 20);
  for (let at = 0; at < length; at += zeros.length) out.set(cipher.update(zeros.subarray(0, Math.min(zeros.length, length - at))), at);
  return out;
}

blobStoreContract('S3 (s3rver)', () => storeWith({ prefix: 'contract-run/' }), { serverWritesInPlace: true });
storeContract('PGlite with files in S3 (s3rver)', () => openStore({ s3: cfg }));

describe('S3 blob store', () => {
  it('keeps objects under its prefix in its bucket, one request per operation', async () => {
    const store = storeWith();
    const raw = storeWith({ prefix: undefined });
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);
    const before = s3.requests.length;
    await store.put('artworks/a.png', bytes);
    expect(s3.requests.slice(before).map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['PUT /hearth-files/clinic-a/artworks/a.png']);
    expect(Buffer.from((await raw.get('clinic-a/artworks/a.png'))!).equals(Buffer.from(bytes))).toBe(true);
    expect(await raw.exists('artworks/a.png')).toBe(false);
    await store.delete('artworks/a.png');
    expect(await raw.exists('clinic-a/artworks/a.png')).toBe(false);
  });

  it('refuses unsafe keys before any request, and reports refusals in one plain line', async () => {
    const store = storeWith();
    const before = s3.requests.length;
    await expect(store.put('../etc/passwd', new Uint8Array(1))).rejects.toThrow(/invalid blob key/);
    await expect(store.get('artworks/../../x')).rejects.toThrow(/invalid blob key/);
    await expect(store.exists('/etc/passwd')).rejects.toThrow(/invalid blob key/);
    expect(s3.requests.length).toBe(before);

    const stranger = storeWith({ accessKeyId: 'NOBODY' });
    const err = await stranger.put('artworks/b.png', new Uint8Array(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(S3Error);
    expect(err).toMatchObject({ status: 403, code: 'InvalidAccessKeyId' });
    expect((err as S3Error).message).toBe(`S3 storage at ${s3.endpoint} refused the credentials: HTTP 403 InvalidAccessKeyId.`);
    await expect(stranger.get('artworks/b.png')).rejects.toThrow(/refused the credentials/);

    const noBucket = storeWith({ bucket: 'other-bucket' });
    const nb = (await noBucket.put('artworks/b.png', new Uint8Array(3)).catch((e: unknown) => e)) as S3Error;
    expect(nb.message).toBe(`S3 storage at ${s3.endpoint} has no bucket "other-bucket": HTTP 404 NoSuchBucket.`);
    await expect(noBucket.get('artworks/b.png')).rejects.toThrow(/has no bucket/); // not "missing file"
  });

  it('retries a busy server and gives a plain message when it is down', async () => {
    const store = storeWith({ retries: 2 });
    s3.failNext = 2;
    const before = s3.requests.length;
    await store.put('thumbs/t.webp', new Uint8Array([9]));
    expect(s3.requests.length - before).toBe(3); // two 503s, then the PUT that landed
    expect([...(await store.get('thumbs/t.webp'))!]).toEqual([9]);
    s3.failNext = 3;
    const busy = (await store.get('thumbs/t.webp').catch((e: unknown) => e)) as S3Error;
    expect(busy).toBeInstanceOf(S3Error);
    expect(busy.message).toMatch(/^S3 storage at http:\/\/127\.0\.0\.1:\d+ refused to read thumbs\/t\.webp: HTTP 503 SlowDown .*after 3 attempts\.$/);
    expect(s3.failNext).toBe(0);
    const down = storeWith({ endpoint: 'http://127.0.0.1:9', retries: 0 });
    await expect(down.get('thumbs/t.webp')).rejects.toThrow(/^S3 storage at http:\/\/127\.0\.0\.1:9 could not be reached \(ECONNREFUSED\)\.$/);
    // A server that takes the connection and never answers fails the request instead of hanging it.
    const held: Socket[] = [];
    const mute = createNetServer((socket) => void held.push(socket));
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', r));
    try {
      const silent = storeWith({ endpoint: `http://127.0.0.1:${(mute.address() as AddressInfo).port}`, retries: 0, timeoutMs: 300 });
      const late = /^S3 storage at http:\/\/127\.0\.0\.1:\d+ did not answer in time \(check thumbs\/t\.webp\)\.$/;
      await expect(silent.exists('thumbs/t.webp')).rejects.toThrow(late);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((r) => mute.close(r));
    }
  });

  it('reads its configuration from the environment, naming what is missing', () => {
    expect(s3ConfigFromEnv({})).toBeUndefined();
    expect(() => s3ConfigFromEnv({ HEARTH_S3_BUCKET: 'b-1' }))
      .toThrow(/HEARTH_S3_ENDPOINT and HEARTH_S3_ACCESS_KEY_ID and HEARTH_S3_SECRET_ACCESS_KEY are missing/);
    const env = { HEARTH_S3_BUCKET: 'b-1', HEARTH_S3_ENDPOINT: 'http://m:9000', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 's', HEARTH_S3_PREFIX: 'x/' };
    expect(s3ConfigFromEnv(env)).toEqual({
      endpoint: 'http://m:9000', bucket: 'b-1', region: 'us-east-1', accessKeyId: 'a', secretAccessKey: 's', prefix: 'x/',
    });
    expect(() => new S3BlobStore({ ...cfg, bucket: 'Bad_Bucket' })).toThrow(/not a valid S3 bucket name/);
    expect(() => new S3BlobStore({ ...cfg, endpoint: 'ftp://m' })).toThrow(/must be http\(s\)/);
  });

  it('keeps a client’s sealed files in the bucket when the store is opened with it', async () => {
    const store = await openStore({ s3: { ...cfg, prefix: 'store-test/' } });
    try {
      const createdAt = new Date();
      const id = crypto.randomUUID();
      const therapist = await store.users.create({ id, role: 'therapist', email: 't@x.test', displayName: 'T', passwordHash: 'h', createdAt });
      const client = await store.clients.create({ id: crypto.randomUUID(), therapistId: therapist.id, displayName: 'C', pronouns: null, goals: '', createdAt });
      const secret = Buffer.from('a drawing of the sea, in secret');
      await store.files.put(client.id, 'artworks/sea.png', secret);
      const raw = await storeWith({ prefix: 'store-test/' }).get('artworks/sea.png');
      expect(raw).toBeDefined();
      expect(Buffer.from(raw!).includes(Buffer.from('the sea'))).toBe(false); // sealed before it left
      expect(Buffer.from((await store.files.get(client.id, 'artworks/sea.png'))!).equals(secret)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('leaves the old object whole when a multipart upload fails part-way, and a new key absent', { timeout: 90_000 }, async () => {
    const store = storeWith({ retries: 0, partSize: 5 * 1024 * 1024 });
    const size = 12 * 1024 * 1024; // three parts
    const first = pseudoRandom(size, 2);
    const firstSha = createHash('sha256').update(first).digest('hex');
    await store.put('backups/mp.bin', first);
    const before = s3.requests.length;
    s3.failWhen = (r) => r.method === 'PUT' && /[?&]partNumber=2(&|$)/.test(r.url);
    try {
      const err = (await store.put('backups/mp.bin', pseudoRandom(size, 3)).catch((e: unknown) => e)) as S3Error;
      expect(err).toBeInstanceOf(S3Error);
      expect(err.message).toMatch(/ refused to write backups\/mp\.bin: HTTP 503 SlowDown \(Please reduce your request rate\.\)\.$/);
      await expect(store.put('backups/new.bin', pseudoRandom(size, 4))).rejects.toThrow(/HTTP 503 SlowDown/);
    } finally {
      s3.failWhen = undefined;
    }
    const back = await store.get('backups/mp.bin');
    expect(createHash('sha256').update(back!).digest('hex')).toBe(firstSha);
    expect(await store.exists('backups/new.bin')).toBe(false);
    const aborts = s3.requests.slice(before).filter((r) => r.method === 'DELETE' && r.url.includes('uploadId='));
    expect(aborts).toHaveLength(2); // each failed upload was abandoned on the server
  });

  it('uploads 100 MB in 8 MiB parts and reads back the same bytes', { timeout: 120_000 }, async () => {
    const store = storeWith();
    const size = 100 * 1024 * 1024 + 12_345; // not a whole number of parts
    let bytes: Uint8Array | undefined = pseudoRandom(size, 1);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const before = s3.requests.length;
    let base = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers - base)), 20);
    let t = performance.now();
    await store.put('backups/big.bin', bytes);
    const upPeak = peak;
    const upMs = performance.now() - t;
    bytes = undefined; // only the digest is kept from here on
    const isPart = (url: string) => new URL(url, 'http://x').searchParams.has('partNumber');
    const calls = s3.requests.slice(before).map((r) => `${r.method} ${isPart(r.url) ? 'part' : r.url.split('?')[1] ?? ''}`);
    expect(calls[0]).toBe('POST uploads=');
    expect(calls.filter((c) => c === 'PUT part')).toHaveLength(Math.ceil(size / (8 * 1024 * 1024))); // 13
    expect(calls.at(-1)).toMatch(/^POST uploadId=/);
    const onDisk = createHash('sha256');
    for await (const chunk of createReadStream(s3.objectPath('hearth-files', 'clinic-a/backups/big.bin'))) onDisk.update(chunk as Buffer);
    expect(onDisk.digest('hex')).toBe(sha); // what the server stored, read without S3
    base = process.memoryUsage().arrayBuffers;
    peak = 0;
    t = performance.now();
    const back = await store.get('backups/big.bin');
    const downMs = performance.now() - t;
    clearInterval(sampler);
    const downPeak = peak;
    expect(back?.byteLength).toBe(size);
    expect(createHash('sha256').update(back!).digest('hex')).toBe(sha);
    await store.delete('backups/big.bin');
    expect(await store.exists('backups/big.bin')).toBe(false);
    // Memory stays bounded: parts go up as views of the caller's bytes (four 8 MiB parts in
    // flight), and the download lands in one buffer of the announced length, not chunks + a copy.
    expect(upPeak).toBeLessThan(64 * 2 ** 20);
    expect(downPeak).toBeLessThan(size + 80 * 2 ** 20); // measured +88…130 MiB (sampled: a momentary join would slip past)
    const mb = (n: number) => Math.round(n / 2 ** 20);
    console.log(`s3 100 MB: upload ${Math.round(upMs)} ms (+${mb(upPeak)} MiB), download ${Math.round(downMs)} ms (+${mb(downPeak)} MiB)`);
  });
});
