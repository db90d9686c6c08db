import { readdir } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, pngDrawing, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let dataDir: string;
let therapist: Agent;
let client: Agent;
let clientId: string;

async function blobFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['artworks', 'thumbs']) {
    try {
      out.push(...(await readdir(join(dataDir, 'blobs', sub))).map((f) => `${sub}/${f}`));
    } catch {
      /* none yet */
    }
  }
  return out.sort();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hearth-uploads-'));
  h = await createHarness({ maxUploadBytes: 2 * 1024 * 1024, maxUploadPixels: 4_000_000 }, { dataDir });
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test'));
});
afterAll(async () => {
  await h.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('artwork uploads', () => {
  it('stores a drawing the client uploads, with a thumbnail, visible to client and therapist', async () => {
    const res = await client.upload(clientId, await pngDrawing(300, 200), 'sun.png', 'image/png', { title: 'My sun' });
    expect(res.statusCode).toBe(201);
    const art = res.json();
    expect(art).toMatchObject({ title: 'My sun', kind: 'upload', mime: 'image/png', width: 300, height: 200, createdByClient: true });
    for (const who of [client, therapist]) {
      const list = (await who.get(`/api/clients/${clientId}/artworks`)).json().artworks;
      expect(list.map((a: { id: string }) => a.id)).toContain(art.id);
      const img = await who.get(art.imageUrl);
      expect(img.statusCode).toBe(200);
      expect(img.headers['content-type']).toBe('image/png');
      expect((await sharp(img.rawPayload).metadata()).width).toBe(300);
      const thumb = await who.get(art.thumbUrl);
      expect(thumb.headers['content-type']).toBe('image/webp');
    }
  });

  it('detects the type from the content: a WebP named .jpg and sent as image/jpeg is stored as WebP', async () => {
    const webp = await sharp(await pngDrawing(80, 80))
      .webp()
      .toBuffer();
    const res = await client.upload(clientId, webp, 'photo.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(201);
    expect(res.json().mime).toBe('image/webp');
    const stored = await client.get(res.json().imageUrl);
    expect((await sharp(stored.rawPayload).metadata()).format).toBe('webp');
  });

  it('strips metadata such as EXIF location, and applies the orientation', async () => {
    const jpeg = await sharp(await pngDrawing(120, 60))
      .jpeg()
      .withExif({ IFD0: { Make: 'SecretPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    expect((await sharp(jpeg).metadata()).orientation).toBe(6);
    expect(Buffer.from(jpeg).includes('SecretPhone')).toBe(true);
    const res = await client.upload(clientId, jpeg, 'holiday.jpg', 'image/jpeg');
    expect(res.statusCode).toBe(201);
    const stored = (await client.get(res.json().imageUrl)).rawPayload;
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes('SecretPhone')).toBe(false);
    expect([meta.width, meta.height]).toEqual([60, 120]); // rotated per EXIF orientation 6
  });

  it('refuses disguised, corrupt, oversized and bomb files with a clear 4xx and leaves nothing behind', async () => {
    const before = await blobFiles();
    const rowsBefore = await h.store.artworks.countForClient(clientId);
    const png = await pngDrawing(200, 200);
    const cases: { name: string; bytes: Uint8Array; type: string; status: number; message: RegExp }[] = [
      { name: 'doc.png', bytes: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n'), type: 'image/png', status: 415, message: /PDF/ },
      {
        name: 'x.png',
        bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        type: 'image/png',
        status: 415,
        message: /SVG/,
      },
      { name: 'x.exe.png', bytes: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), type: 'image/png', status: 415, message: /not a recognised image/ },
      { name: 'cut.png', bytes: png.subarray(0, Math.floor(png.length / 2)), type: 'image/png', status: 422, message: /damaged/ },
      { name: 'empty.png', bytes: new Uint8Array(0), type: 'image/png', status: 422, message: /empty/ },
      { name: 'huge.png', bytes: new Uint8Array(3 * 1024 * 1024).fill(7), type: 'image/png', status: 413, message: /larger than/ },
    ];
    // A decompression bomb: 2,500 × 2,500 px (6.25 MP, over the 4 MP limit) of one colour compresses to a few KB.
    const bomb = await sharp({ create: { width: 2500, height: 2500, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(100_000);
    cases.push({ name: 'bomb.png', bytes: bomb, type: 'image/png', status: 413, message: /megapixels/ });
    for (const c of cases) {
      const res = await client.upload(clientId, c.bytes, c.name, c.type);
      expect(res.statusCode, c.name).toBe(c.status);
      expect(res.json().error.message, c.name).toMatch(c.message);
    }
    expect(await blobFiles()).toEqual(before);
    expect(await h.store.artworks.countForClient(clientId)).toBe(rowsBefore);
  });

  it('refuses a request without a file, and a non-multipart body', async () => {
    const json = await client.post(`/api/clients/${clientId}/artworks`, { title: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toMatch(/multipart/);
  });

  it('renames and bins an artwork', async () => {
    const art = (await client.upload(clientId, await pngDrawing(), 'a.png')).json();
    const renamed = await client.patch(`/api/artworks/${art.id}`, { title: 'Morning' });
    expect(renamed.json().title).toBe('Morning');
    expect((await therapist.del(`/api/artworks/${art.id}`)).statusCode).toBe(200);
    expect((await client.get(`/api/artworks/${art.id}`)).statusCode).toBe(404);
  });
});
