/**
 * Files in S3-compatible object storage (AWS S3, MinIO, Ceph RGW, Garage …) for clinics that run
 * several app nodes: the same `BlobStore` interface as the local folder, over plain HTTP(S) with
 * AWS Signature Version 4 (no SDK). Objects hold what `ClientFiles` already sealed, so the store
 * never sees client content in the clear. Path-style addressing (`<endpoint>/<bucket>/<key>`)
 * works with every S3-compatible server.
 *
 * Configuration (`s3ConfigFromEnv`): HEARTH_S3_ENDPOINT (e.g. https://s3.eu-central-1.amazonaws.com
 * or http://minio.clinic.lan:9000), HEARTH_S3_BUCKET, HEARTH_S3_REGION (default us-east-1),
 * HEARTH_S3_ACCESS_KEY_ID / HEARTH_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY), optional HEARTH_S3_PREFIX.
 */
import { createHash, createHmac } from 'node:crypto';
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
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Retries of a failed request (network error or 5xx); every S3 operation used here is idempotent. */
  retries?: number;
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

const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');
const sha256hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding as SigV4 wants it; `/` kept in paths. */
function uriEncode(s: string, keepSlash: boolean): string {
  return Array.from(new TextEncoder().encode(s), (b) => {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) return c;
    return `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

export interface SignInput {
  method: string;
  /** Absolute path, not yet encoded. */
  path: string;
  query?: Record<string, string>;
  /** Headers to sign (names any case); `host` must be among them. */
  headers: Record<string, string>;
  payloadSha256: string;
  /** `YYYYMMDDTHHMMSSZ` */
  amzDate: string;
  region: string;
  service?: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** The Authorization header value for a request (AWS Signature Version 4, header form). */
export function signV4(i: SignInput): string {
  const service = i.service ?? 's3';
  const day = i.amzDate.slice(0, 8);
  const headers = Object.entries({ ...i.headers, 'x-amz-content-sha256': i.payloadSha256, 'x-amz-date': i.amzDate })
    .map(([k, v]) => [k.toLowerCase(), String(v).trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = headers.map(([k]) => k).join(';');
  const query = Object.entries(i.query ?? {})
    .map(([k, v]) => `${uriEncode(k, false)}=${uriEncode(v, false)}`)
    .sort()
    .join('&');
  const canonical = [i.method, uriEncode(i.path, true), query, ...headers.map(([k, v]) => `${k}:${v}`), '', signedHeaders, i.payloadSha256].join('\n');
  const scope = `${day}/${i.region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', i.amzDate, scope, sha256hex(canonical)].join('\n');
  const kSigning = hmac(hmac(hmac(hmac(`AWS4${i.secretAccessKey}`, day), i.region), service), 'aws4_request');
  const signature = createHmac('sha256', kSigning).update(toSign, 'utf8').digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

const amzDateOf = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export class S3BlobStore implements BlobStore {
  private readonly base: URL;
  constructor(
    private readonly cfg: S3Config,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.base = new URL(cfg.endpoint);
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') throw new Error(`S3 endpoint must be http(s)://, got ${cfg.endpoint}`);
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(cfg.bucket)) throw new Error(`"${cfg.bucket}" is not a valid S3 bucket name`);
  }

  /** Where it stores, for start-up messages (no credentials). */
  describe(): string {
    return `${this.base.origin}/${this.cfg.bucket}/${this.cfg.prefix ?? ''}`;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    await this.send('PUT', key, bytes, [200]);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const res = await this.send('GET', key, undefined, [200, 404]);
    return res.status === 404 ? undefined : new Uint8Array(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    await this.send('DELETE', key, undefined, [200, 204, 404]);
  }

  async exists(key: string): Promise<boolean> {
    return (await this.send('HEAD', key, undefined, [200, 404])).status === 200;
  }

  private async send(method: 'GET' | 'PUT' | 'DELETE' | 'HEAD', key: string, body: Uint8Array | undefined, ok: readonly number[]): Promise<Response> {
    assertBlobKey(key);
    const basePath = this.base.pathname.replace(/\/+$/, '');
    const path = `${basePath}/${this.cfg.bucket}/${this.cfg.prefix ?? ''}${key}`;
    const url = `${this.base.origin}${uriEncode(path, true)}`;
    const retries = this.cfg.retries ?? 2;
    let last: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 100 * 4 ** (attempt - 1)));
      const payloadSha256 = body ? sha256hex(body) : EMPTY_SHA256;
      const amzDate = amzDateOf(this.now());
      const signed: Record<string, string> = { host: this.base.host };
      if (body) signed['content-type'] = 'application/octet-stream';
      const authorization = signV4({ method, path, headers: signed, payloadSha256, amzDate, region: this.cfg.region, accessKeyId: this.cfg.accessKeyId, secretAccessKey: this.cfg.secretAccessKey });
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          headers: { ...signed, 'x-amz-content-sha256': payloadSha256, 'x-amz-date': amzDate, authorization },
          body: body ? new Uint8Array(body) : undefined,
          signal: AbortSignal.timeout(this.cfg.timeoutMs ?? 30_000),
        });
      } catch (e) {
        last = new S3Error(`The object store at ${this.base.origin} could not be reached (${(e as Error).message}).`, 0, undefined);
        continue;
      }
      if (ok.includes(res.status)) return res;
      const text = method === 'HEAD' ? '' : await res.text();
      const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
      const message = /<Message>([^<]+)<\/Message>/.exec(text)?.[1];
      last = new S3Error(`The object store refused ${method} ${key}: HTTP ${res.status}${code ? ` ${code}` : ''}${message ? ` (${message})` : ''}.`, res.status, code);
      if (res.status < 500) break; // a refusal (credentials, permissions, bucket) will not change on retry
    }
    throw last;
  }
}

/** The S3 configuration from environment variables, or undefined when HEARTH_S3_BUCKET is not set. */
export function s3ConfigFromEnv(env: Record<string, string | undefined>): S3Config | undefined {
  const bucket = env.HEARTH_S3_BUCKET;
  if (!bucket) return undefined;
  const endpoint = env.HEARTH_S3_ENDPOINT;
  const accessKeyId = env.HEARTH_S3_ACCESS_KEY_ID ?? env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.HEARTH_S3_SECRET_ACCESS_KEY ?? env.AWS_SECRET_ACCESS_KEY;
  const region = env.HEARTH_S3_REGION ?? env.AWS_REGION ?? 'us-east-1';
  const missing = [!endpoint && 'HEARTH_S3_ENDPOINT', !accessKeyId && 'HEARTH_S3_ACCESS_KEY_ID', !secretAccessKey && 'HEARTH_S3_SECRET_ACCESS_KEY'].filter(Boolean);
  if (missing.length > 0) throw new Error(`HEARTH_S3_BUCKET is set, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing`);
  const prefix = env.HEARTH_S3_PREFIX?.replace(/^\/+/, '');
  if (prefix && !/^[a-z0-9][a-z0-9_/-]*\/$/.test(prefix)) throw new Error(`HEARTH_S3_PREFIX must be lower-case path segments ending in "/", got "${prefix}"`);
  return { endpoint: endpoint!, bucket, region, accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey!, ...(prefix ? { prefix } : {}) };
}
