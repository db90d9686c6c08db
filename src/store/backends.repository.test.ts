import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendsRepository } from './backends.repository.ts';
import { openStore } from './index.ts';
import { pgliteTemplate } from '../../test/helpers/pglite-template.ts';
import type { Store } from './index.ts';

let store: Store;
beforeAll(async () => {
  store = await openStore({ pgliteTemplate: await pgliteTemplate() });
});
afterAll(() => store.close());

describe('BackendsRepository', () => {
  it('seals credentials bound to the record, opens them, and re-seals them under a new master key', async () => {
    const id = randomUUID();
    await store.backends.create(
      { id, kind: 'openai', label: 'Local', url: 'http://gpu.lan:8080', model: 'dall-e-2', createdBy: null, createdAt: new Date() },
      { apiKey: 'sk-secret-1' },
    );
    expect(await store.backends.secrets(id)).toEqual({ apiKey: 'sk-secret-1' });
    // A sealed value moved onto another record does not open (the id is bound in).
    const other = randomUUID();
    await store.backends.create({ id: other, kind: 'openai', label: 'Other', url: 'http://x.lan', model: null, createdBy: null, createdAt: new Date() }, {});
    expect((await store.backends.byId(other))!.hasSecrets).toBe(false);
    await store.db.query('UPDATE image_backends SET secrets_sealed = (SELECT secrets_sealed FROM image_backends WHERE id = $1) WHERE id = $2', [id, other]);
    await expect(store.backends.secrets(other)).rejects.toThrow();
    await store.db.query('UPDATE image_backends SET secrets_sealed = NULL WHERE id = $1', [other]);

    const next = new Uint8Array(randomBytes(32));
    expect(await store.backends.rotateMaster(next)).toBe(1);
    expect(await store.backends.secrets(id)).toEqual({ apiKey: 'sk-secret-1' });
    const fresh = new BackendsRepository(store.db, next);
    expect(await fresh.secrets(id)).toEqual({ apiKey: 'sk-secret-1' });
    expect(await store.backends.remove(id)).toBe(true);
    expect(await store.backends.remove(id)).toBe(false);
  });
});
