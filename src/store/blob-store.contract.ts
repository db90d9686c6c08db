/**
 * What every `BlobStore` must do, whatever keeps the bytes. Run by blob-store.test.ts (local
 * folder, memory) and s3-blob-store.test.ts (a real S3-compatible server).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store.ts';

export interface BlobContractOptions {
  /**
   * Set when the server under test (not the store) writes objects in place, as s3rver does:
   * the race between readers and writers of one key is then the server's to lose, and skipped.
   */
  serverWritesInPlace?: boolean;
}

export function blobStoreContract(name: string, open: () => BlobStore | Promise<BlobStore>, opts: BlobContractOptions = {}): void {
  describe(`blob store contract on ${name}`, () => {
    const k = (leaf: string) => `contract/${randomBytes(4).toString('hex')}-${leaf}`;

    it('gives back exactly the bytes it was given, and undefined for a key never written', async () => {
      const s = await open();
      const bytes = new Uint8Array(randomBytes(70_001));
      bytes[0] = 0;
      bytes[bytes.length - 1] = 255;
      const key = k('a.png');
      expect(await s.exists(key)).toBe(false);
      expect(await s.get(key)).toBeUndefined();
      await s.put(key, bytes);
      expect(await s.exists(key)).toBe(true);
      const back = await s.get(key);
      expect(back).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(back!).equals(Buffer.from(bytes))).toBe(true);
      // A view into a larger buffer stores only its own bytes.
      const big = new Uint8Array(randomBytes(300));
      await s.put(key, big.subarray(100, 150));
      expect(Buffer.from((await s.get(key))!).equals(Buffer.from(big.subarray(100, 150)))).toBe(true);
    });

    it('overwrites whole, deletes, and deletes a missing key without complaint', async () => {
      const s = await open();
      const key = k('b.webp');
      await s.put(key, new Uint8Array(5000).fill(7));
      await s.put(key, new Uint8Array([1, 2, 3]));
      expect([...(await s.get(key))!]).toEqual([1, 2, 3]);
      await s.delete(key);
      expect(await s.get(key)).toBeUndefined();
      expect(await s.exists(key)).toBe(false);
      await s.delete(key);
      await s.delete(k('never.png'));
    });

    it.skipIf(opts.serverWritesInPlace === true)('lets readers see one whole version while writers race on a key', async () => {
      const s = await open();
      const key = k('race.bin');
      const versions = [1, 2, 3, 4].map((v) => new Uint8Array(200_000).fill(v));
      await s.put(key, versions[0]!);
      const reads: Promise<Uint8Array | undefined>[] = [];
      const writes = versions.map((v) => s.put(key, v));
      for (let i = 0; i < 6; i++) reads.push(s.get(key));
      await Promise.all(writes);
      for (const r of [...(await Promise.all(reads)), await s.get(key)]) {
        expect(r?.length).toBe(200_000);
        expect(new Set(r)).toHaveProperty('size', 1); // never a mix of two writes, never cut short
      }
    });

    it('streams: a streamed get equals the whole get, and a streamed put of many parts reads back whole', async () => {
      const s = await open();
      const collect = async (r: AsyncIterable<Uint8Array>) => {
        const parts: Buffer[] = [];
        for await (const p of r) parts.push(Buffer.from(p));
        return Buffer.concat(parts);
      };
      // Sizes around the parts a store reads and writes in (1 MiB local, 5 MiB+ S3 multipart), and empty.
      for (const size of [0, 1, 70_001, 1024 * 1024 + 3, 6 * 1024 * 1024 + 17]) {
        const bytes = new Uint8Array(randomBytes(size));
        const key = k(`s${size}.bin`);
        // Written in uneven parts of 1..200 KB.
        let at = 0;
        const source = (async function* () {
          while (at < bytes.length) {
            const n = 1 + ((at * 7919) % 200_000);
            yield bytes.subarray(at, Math.min(bytes.length, at + n));
            at += n;
          }
        })();
        expect(await s.putStream(key, source), `size ${size}`).toBe(size);
        const whole = await s.get(key);
        expect(Buffer.from(whole!).equals(Buffer.from(bytes)), `size ${size}`).toBe(true);
        expect((await collect((await s.getStream(key))!)).equals(Buffer.from(whole!)), `size ${size}`).toBe(true);
        await s.delete(key);
      }
      expect(await s.getStream(k('never.bin'))).toBeUndefined();
    }, 180_000);

    it('leaves nothing behind when a streamed put fails midway', async () => {
      const s = await open();
      const key = k('broken.bin');
      await s.put(key, new Uint8Array([9, 9, 9]));
      const failing = (async function* () {
        yield new Uint8Array(100_000).fill(1);
        throw new Error('the upload broke');
      })();
      await expect(s.putStream(key, failing)).rejects.toThrow();
      expect([...(await s.get(key))!]).toEqual([9, 9, 9]);
    });

    it('refuses keys that could escape or collide, before writing anything', async () => {
      const s = await open();
      for (const bad of ['../x.png', 'artworks/../../etc/passwd', '/etc/passwd', 'artworks/', 'a', 'Artworks/A.png', 'artworks/x\0.png', 'artworks\\..\\x']) {
        await expect(s.put(bad, new Uint8Array([1])), bad).rejects.toThrow(/invalid blob key|escapes/);
      }
    });
  });
}
