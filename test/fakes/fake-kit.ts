/**
 * Shared plumbing for the fake model servers: an HTTP server on 127.0.0.1 with a random port
 * that records every request (method, path, query, headers, parsed JSON or multipart body), and
 * deterministic PNG pictures so tests can assert exact bytes.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

export interface RecordedFile {
  filename: string;
  type: string;
  bytes: Buffer;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, if any. */
  json?: unknown;
  /** Multipart fields: strings, or files. */
  form?: Record<string, string | RecordedFile>;
}

export type FakeHandler = (req: RecordedRequest, res: ServerResponse) => unknown;

export interface FakeServer {
  url: string;
  server: Server;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function parse(req: IncomingMessage, body: Buffer): Promise<Pick<RecordedRequest, 'json' | 'form'>> {
  const type = String(req.headers['content-type'] ?? '');
  if (type.startsWith('application/json') && body.length) {
    try {
      return { json: JSON.parse(body.toString('utf8')) };
    } catch {
      return { json: undefined };
    }
  }
  if (type.startsWith('multipart/form-data')) {
    const fd = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
    const form: Record<string, string | RecordedFile> = {};
    for (const [k, v] of fd.entries()) {
      form[k] = typeof v === 'string' ? v : { filename: (v as File).name, type: v.type, bytes: Buffer.from(await v.arrayBuffer()) };
    }
    return { form };
  }
  return {};
}

export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        headers: req.headers,
        ...(await parse(req, body)),
      };
      requests.push(rec);
      await handler(rec, res);
    })().catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(e) });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': data.length });
  res.end(data);
}

export function sendBytes(res: ServerResponse, type: string, data: Buffer): void {
  res.writeHead(200, { 'content-type': type, 'content-length': data.length });
  res.end(data);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A deterministic picture for (key): a colour field with a gradient, different for every key. */
export async function fakePng(width: number, height: number, key: string): Promise<Buffer> {
  const h = hash(key);
  const c = [h & 255, (h >>> 8) & 255, (h >>> 16) & 255];
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      data[i] = (c[0]! + x * 2) & 255;
      data[i + 1] = (c[1]! + y * 2) & 255;
      data[i + 2] = (c[2]! + ((x + y) >> 2)) & 255;
    }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/** A valid PNG with more pixels than Hearth accepts (compresses to a few kB). */
export function hugePng(): Promise<Buffer> {
  return sharp({ create: { width: 5000, height: 5000, channels: 3, background: { r: 200, g: 180, b: 160 } } })
    .png()
    .toBuffer();
}

export const CORRUPT_BYTES = Buffer.from('\x89PNG\r\n\x1a\nthis is not really a picture');

/** Misbehaviours every fake can be switched into. */
export type FakeMode = 'ok' | 'error' | 'hang' | 'corrupt' | 'huge';
