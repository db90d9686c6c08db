/**
 * Files in S3-compatible object storage (AWS S3, MinIO, Ceph RGW, Garage …) for clinics that run
 * several app nodes: the same `BlobStore` interface as the local folder, through the AWS SDK v3
 * (`@aws-sdk/client-s3`, with `@aws-sdk/lib-storage` for multipart uploads). Objects hold what
 * `ClientFiles` already sealed, so the store never sees client content in the clear. Path-style
 * addressing (`<endpoint>/<bucket>/<key>`) works with every S3-compatible server.
 *
 * Configuration (`s3ConfigFromEnv`): HEARTH_S3_ENDPOINT (e.g. https://s3.eu-central-1.amazonaws.com
 * or http://minio.clinic.lan:9000), HEARTH_S3_BUCKET, HEARTH_S3_REGION (default us-east-1),
 * HEARTH_S3_ACCESS_KEY_ID / HEARTH_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY), optional HEARTH_S3_PREFIX.
 */
import type * as ClientS3 from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { BlobStore } from './blob-store.ts';
import { assertBlobKey } from './blob-store.ts';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prepended to every key, e.g. `hearth/` to share a bucket. */
  prefix?: string;
  /** Longest silence on a connection before a request fails (an answer must start within 4× this); default 30 s. */
  timeoutMs?: number;
  /** Retries of a failed request (network error, throttling or 5xx) by the SDK's standard strategy; default 2. */
  retries?: number;
  /** Objects larger than this go up as a multipart upload in parts of this size; default 8 MiB (S3's minimum is 5 MiB). */
  partSize?: number;
}

/** A refusal or failure from the object store, with its S3 error code when it sent one. */
export class S3Error extends Error {
  override name = 'S3Error';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const MIB = 1024 * 1024;
/** Parts uploaded at once: with 8 MiB parts, at most 32 MiB is on the wire for one object. */
const PART_QUEUE = 4;
const CREDENTIAL_CODES = new Set(['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'InvalidToken', 'ExpiredToken', 'AuthorizationHeaderMalformed']);

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $response?: { statusCode?: number };
}

type S3Sdk = typeof ClientS3 & { Upload: typeof Upload };
let sdkLoading: Promise<S3Sdk> | undefined;
/** The AWS SDK, imported on first use: a server without HEARTH_S3_* never loads it (it is a large part of start-up). */
const s3Sdk = (): Promise<S3Sdk> =>
  (sdkLoading ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/lib-storage')]).then(([s3, storage]) => ({ ...s3, Upload: storage.Upload })));

export class S3BlobStore implements BlobStore {
  private readonly base: URL;
  /** The SDK client, made once the SDK has loaded (see s3Sdk). */
  private readonly client: Promise<{ sdk: S3Sdk; client: S3Client }>;
  private readonly partSize: number;

  constructor(private readonly cfg: S3Config) {
    this.base = new URL(cfg.endpoint);
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') throw new Error(`S3 endpoint must be http(s)://, got ${cfg.endpoint}`);
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(cfg.bucket)) throw new Error(`"${cfg.bucket}" is not a valid S3 bucket name`);
    this.partSize = Math.max(5 * MIB, cfg.partSize ?? 8 * MIB);
    const timeout = cfg.timeoutMs ?? 30_000;
    // The SDK warns on Node 20 that its releases after January 2027 need Node 22; the lockfile pins
    // this release, so the warning speaks to us, not to the clinic running `hearth serve`.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const settings = {
      endpoint: cfg.endpoint,
      region: cfg.region,
      forcePathStyle: true,
      credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
      retryMode: 'standard',
      maxAttempts: (cfg.retries ?? 2) + 1,
      // Silence on a connection fails a request after timeoutMs; an answer must start within 4×.
      requestHandler: { connectionTimeout: Math.min(timeout, 10_000), socketTimeout: timeout, requestTimeout: 4 * timeout, throwOnRequestTimeout: true },
      // Only the checksums S3 requires: many S3-compatible servers refuse or mis-store the CRC
      // trailers the SDK adds by default, and every object is AES-GCM sealed (authenticated) anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    } as const;
    this.client = s3Sdk().then((sdk) => ({ sdk, client: new sdk.S3Client(settings) }));
    // A failed load is reported by the first call that needs the client.
    this.client.catch(() => undefined);
  }

  /** Where it stores, for start-up messages (no credentials). */
  describe(): string {
    return `${this.where()}/${this.cfg.bucket}/${this.cfg.prefix ?? ''}`;
  }

  /**
   * One PUT up to `partSize`, a multipart upload above it (parts sent `PART_QUEUE` at a time, as
   * views of `bytes`, not copies). Either way the object appears whole or not at all: S3 makes a
   * multipart object visible only on CompleteMultipartUpload, and a failed upload is aborted.
   */
  async put(key: string, bytes: Uint8Array): Promise<void> {
    const Key = this.objectKey(key);
    const { sdk, client } = await this.client;
    const upload = new sdk.Upload({
      client,
      params: { Bucket: this.cfg.bucket, Key, Body: bytes, ContentType: 'application/octet-stream' },
      partSize: this.partSize,
      queueSize: PART_QUEUE,
      // We abort ourselves: lib-storage's own abort replaces the real error with the abort's.
      leavePartsOnError: true,
    });
    try {
      await upload.done();
    } catch (e) {
      if (upload.uploadId) {
        await client.send(new sdk.AbortMultipartUploadCommand({ Bucket: this.cfg.bucket, Key, UploadId: upload.uploadId })).catch(() => undefined);
      }
      throw this.failure('write', key, e);
    }
  }

  /**
   * What `source` yields, uploaded as it comes: lib-storage cuts it into `partSize` parts (a
   * multipart upload once it exceeds one part, `PART_QUEUE` parts in flight), so at most about
   * partSize × PART_QUEUE is held however big the object. Whole or not at all, as `put`.
   */
  async putStream(key: string, source: AsyncIterable<Uint8Array>): Promise<number> {
    const Key = this.objectKey(key);
    const { sdk, client } = await this.client;
    let bytes = 0;
    const body = Readable.from(
      (async function* () {
        for await (const part of source) {
          bytes += part.byteLength;
          yield part;
        }
      })(),
    );
    const upload = new sdk.Upload({
      client,
      params: { Bucket: this.cfg.bucket, Key, Body: body, ContentType: 'application/octet-stream' },
      partSize: this.partSize,
      queueSize: PART_QUEUE,
      leavePartsOnError: true,
    });
    try {
      await upload.done();
      return bytes;
    } catch (e) {
      body.destroy();
      if (upload.uploadId) {
        await client.send(new sdk.AbortMultipartUploadCommand({ Bucket: this.cfg.bucket, Key, UploadId: upload.uploadId })).catch(() => undefined);
      }
      throw this.failure('write', key, e);
    }
  }

  /** The object's body as the SDK streams it (one version: a GET answers from one object), or undefined. */
  async getStream(key: string): Promise<Readable | undefined> {
    const Key = this.objectKey(key);
    try {
      const { sdk, client } = await this.client;
      const res = await client.send(new sdk.GetObjectCommand({ Bucket: this.cfg.bucket, Key }));
      const body = res.Body as AsyncIterable<Uint8Array> | undefined;
      if (!body) return Readable.from([]);
      return body instanceof Readable ? body : Readable.from(body);
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw this.failure('read', key, e);
    }
  }

  /** The object's bytes read into one buffer of its announced length (no second copy), or undefined. */
  async get(key: string): Promise<Uint8Array | undefined> {
    const Key = this.objectKey(key);
    try {
      const { sdk, client } = await this.client;
      const res = await client.send(new sdk.GetObjectCommand({ Bucket: this.cfg.bucket, Key }));
      return await readAll(res.Body as AsyncIterable<Uint8Array> | undefined, res.ContentLength);
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw this.failure('read', key, e);
    }
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    try {
      const { sdk, client } = await this.client;
      await client.send(new sdk.DeleteObjectCommand({ Bucket: this.cfg.bucket, Key }));
    } catch (e) {
      if (isMissing(e)) return;
      throw this.failure('delete', key, e);
    }
  }

  async exists(key: string): Promise<boolean> {
    const Key = this.objectKey(key);
    try {
      const { sdk, client } = await this.client;
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.cfg.bucket, Key }));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw this.failure('check', key, e);
    }
  }

  /** Closes the SDK's pooled connections (the store stays usable: it reconnects on demand). */
  close(): void {
    void this.client.then(
      ({ client }) => client.destroy(),
      () => undefined,
    );
  }

  private objectKey(key: string): string {
    assertBlobKey(key);
    return `${this.cfg.prefix ?? ''}${key}`;
  }

  private where(): string {
    return `${this.base.origin}${this.base.pathname.replace(/\/+$/, '')}`;
  }

  /** One plain sentence for an SDK failure, instead of its stack and metadata. */
  private failure(action: 'write' | 'read' | 'delete' | 'check', key: string, e: unknown): S3Error {
    if (e instanceof S3Error) return e;
    const err = (e ?? {}) as SdkError;
    const status = err.$metadata?.httpStatusCode ?? err.$response?.statusCode ?? 0;
    const code = err.Code ?? (err.name && err.name !== 'Error' && !/^\d+$/.test(err.name) ? err.name : undefined);
    const attempts = err.$metadata?.attempts ?? 1;
    const at = `S3 storage at ${this.where()}`;
    const said = err.message && err.message !== code && err.message !== 'UnknownError' ? ` (${err.message.replace(/\s+/g, ' ').trim()})` : '';
    if (status === 0) {
      if (code === 'TimeoutError' || err.code === 'ETIMEDOUT') return new S3Error(`${at} did not answer in time (${action} ${key}).`, 0, 'TimeoutError');
      if (err.code) return new S3Error(`${at} could not be reached (${err.code}).`, 0, err.code);
      return new S3Error(`${at} failed to ${action} ${key}: ${err.message ?? String(e)}.`, 0, code);
    }
    if (CREDENTIAL_CODES.has(code ?? '')) return new S3Error(`${at} refused the credentials: HTTP ${status} ${code}.`, status, code);
    if (code === 'NoSuchBucket') return new S3Error(`${at} has no bucket "${this.cfg.bucket}": HTTP ${status} NoSuchBucket.`, status, code);
    const object = `${this.cfg.bucket}/${this.cfg.prefix ?? ''}${key}`;
    if (status === 403) return new S3Error(`${at} refused access to ${object}: HTTP 403${code ? ` ${code}` : ''}${said}.`, status, code);
    const tries = status >= 500 && attempts > 1 ? ` after ${attempts} attempts` : '';
    return new S3Error(`${at} refused to ${action} ${key}: HTTP ${status}${code ? ` ${code}` : ''}${said}${tries}.`, status, code);
  }
}

function isMissing(e: unknown): boolean {
  const err = e as SdkError;
  return err.name === 'NoSuchKey' || err.name === 'NotFound' || (err.$metadata?.httpStatusCode === 404 && err.name !== 'NoSuchBucket');
}

/** Reads a response body into one buffer, preallocated when the length is known. */
async function readAll(body: AsyncIterable<Uint8Array> | undefined, length: number | undefined): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  if (length === undefined) {
    const chunks: Uint8Array[] = [];
    for await (const c of body) chunks.push(c);
    return new Uint8Array(Buffer.concat(chunks));
  }
  const out = new Uint8Array(length);
  let at = 0;
  for await (const c of body) {
    if (at + c.byteLength > length) throw new Error(`the object store sent more than the ${length} bytes it announced`);
    out.set(c, at);
    at += c.byteLength;
  }
  if (at !== length) throw new Error(`the object store sent ${at} of ${length} bytes`);
  return out;
}

/** The S3 configuration from environment variables, or undefined when HEARTH_S3_BUCKET is not set. */
export function s3ConfigFromEnv(env: Record<string, string | undefined>): S3Config | undefined {
  const bucket = env.HEARTH_S3_BUCKET;
  if (!bucket) return undefined;
  const endpoint = env.HEARTH_S3_ENDPOINT;
  const accessKeyId = env.HEARTH_S3_ACCESS_KEY_ID ?? env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.HEARTH_S3_SECRET_ACCESS_KEY ?? env.AWS_SECRET_ACCESS_KEY;
  const region = env.HEARTH_S3_REGION ?? env.AWS_REGION ?? 'us-east-1';
  const missing = [!endpoint && 'HEARTH_S3_ENDPOINT', !accessKeyId && 'HEARTH_S3_ACCESS_KEY_ID', !secretAccessKey && 'HEARTH_S3_SECRET_ACCESS_KEY'].filter(
    Boolean,
  );
  if (missing.length > 0) throw new Error(`HEARTH_S3_BUCKET is set, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
  const prefix = env.HEARTH_S3_PREFIX?.replace(/^\/+/, '');
  if (prefix && !/^[a-z0-9][a-z0-9_/-]*\/$/.test(prefix)) throw new Error(`HEARTH_S3_PREFIX must be lower-case path segments ending in "/", got "${prefix}"`);
  return { endpoint: endpoint!, bucket, region, accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey!, ...(prefix ? { prefix } : {}) };
}
