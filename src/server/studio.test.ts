/** The studio through the HTTP API: sketch → generate → refine, versions kept as a tree. */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;

const W = 256;
const H = 192;
/** A drawing: a dark circle outline and a horizon line on white. */
async function sketchPng(): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#fff"/><circle cx="128" cy="80" r="40" fill="none" stroke="#111" stroke-width="5"/><line x1="0" y1="140" x2="256" y2="140" stroke="#111" stroke-width="5"/></svg>`;
  return `data:image/png;base64,${(await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64')}`;
}
const strokes = {
  version: 2,
  width: W,
  height: H,
  background: '#ffffff',
  strokes: [
    {
      id: 'a',
      tool: 'pen',
      color: '#111111',
      size: 5,
      opacity: 1,
      points: [
        { x: 0, y: 140, t: 0, pressure: 0.4 },
        { x: 128, y: 140, t: 300, pressure: 0.6 },
        { x: 256, y: 140, t: 600, pressure: 0.5 },
      ],
    },
  ],
};
async function pixels(agent: Agent, url: string) {
  const res = await agent.get(url);
  const { data, info } = await sharp(res.rawPayload).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, bytes: res.rawPayload };
}
const luminance = (d: Buffer, i: number) => 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test'));
});
afterAll(() => h.close());

describe('studio', () => {
  it('lists the styles of the built-in engine', async () => {
    const info = (await client.get('/api/studio')).json();
    expect(info.backend).toMatchObject({ id: 'builtin', external: false });
    expect(info.styles.length).toBeGreaterThanOrEqual(10);
  });

  it('saves a sketch with its strokes, generates from it, refines it, and keeps the version tree', async () => {
    const sketch = (await client.post(`/api/clients/${clientId}/sketches`, { title: 'Sea', image: await sketchPng(), strokes })).json();
    expect(sketch).toMatchObject({ kind: 'sketch', hasStrokes: true, width: W, height: H });
    const stored = (await therapist.get(`/api/artworks/${sketch.id}/strokes`)).json().strokes;
    expect(stored.strokes[0].points.map((p: { t: number }) => p.t)).toEqual([0, 300, 600]);

    const body = { prompt: 'a calm blue sea under the moon', sourceArtworkId: sketch.id, sketchStrength: 0.9, seed: 42, count: 2, width: W, height: H };
    const gen = await client.post(`/api/clients/${clientId}/generate`, body);
    expect(gen.statusCode, gen.body).toBe(201);
    const [a, b] = gen.json().artworks;
    expect(a).toMatchObject({ kind: 'generated', parentId: sketch.id, backend: 'builtin', seed: 42, params: { prompt: body.prompt, sketchStrength: 0.9 } });
    expect(b.seed).toBe(43);

    // Same inputs + seed → same bytes.
    const again = (await client.post(`/api/clients/${clientId}/generate`, { ...body, count: 1 })).json().artworks[0];
    const pa = await pixels(client, a.imageUrl);
    expect((await pixels(client, again.imageUrl)).bytes.equals(pa.bytes)).toBe(true);
    expect((await pixels(client, b.imageUrl)).bytes.equals(pa.bytes)).toBe(false);

    // The client's lines are kept: along the horizon the result is darker than just above it.
    let onLine = 0;
    let offLine = 0;
    for (let x = 10; x < W - 10; x++) {
      onLine += luminance(pa.data, (140 * W + x) * 4);
      offLine += luminance(pa.data, (125 * W + x) * 4);
    }
    expect(onLine).toBeLessThan(offLine * 0.8);

    // Refine: only the masked square changes.
    const maskSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#000"/><rect x="150" y="20" width="60" height="60" fill="#fff"/></svg>`;
    const mask = `data:image/png;base64,${(await sharp(Buffer.from(maskSvg)).png().toBuffer()).toString('base64')}`;
    const refined = await client.post(`/api/artworks/${a.id}/inpaint`, { mask, prompt: 'a warm yellow moon', seed: 7, feather: 6 });
    expect(refined.statusCode, refined.body).toBe(201);
    expect(refined.json()).toMatchObject({ kind: 'inpainted', parentId: a.id });
    const pr = await pixels(client, refined.json().imageUrl);
    let outsideChanged = 0;
    let insideChanged = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 4;
        const changed = pr.data[i] !== pa.data[i] || pr.data[i + 1] !== pa.data[i + 1] || pr.data[i + 2] !== pa.data[i + 2];
        const inside = x >= 150 && x < 210 && y >= 20 && y < 80;
        if (changed && inside) insideChanged++;
        if (changed && !inside) outsideChanged++;
      }
    }
    expect(outsideChanged).toBe(0);
    expect(insideChanged).toBeGreaterThan(60 * 60 * 0.3);

    const tree = (await therapist.get(`/api/artworks/${refined.json().id}/versions`)).json();
    expect(tree.rootId).toBe(sketch.id);
    const byId = new Map(tree.artworks.map((x: { id: string; parentId: string | null }) => [x.id, x.parentId]));
    expect(byId.get(sketch.id)).toBeNull();
    expect(byId.get(a.id)).toBe(sketch.id);
    expect(byId.get(b.id)).toBe(sketch.id);
    expect(byId.get(refined.json().id)).toBe(a.id);
  });

  it('takes the style from the words of the prompt when none is chosen', async () => {
    const styles = (await client.get('/api/studio')).json().styles.map((s: { id: string }) => s.id);
    const gen = async (body: Record<string, unknown>) => {
      const res = await client.post(`/api/clients/${clientId}/generate`, { width: 64, height: 64, seed: 1, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().artworks[0].params.style as string;
    };
    expect(await gen({ prompt: 'ink wash lake' })).toBe('ink-wash');
    expect(await gen({ prompt: 'a tree like a mosaic' })).toBe('mosaic');
    expect(await gen({ prompt: 'stained glass window with light' })).toBe('stained-glass');
    expect(await gen({ prompt: 'pointillism garden, not mosaic' })).toBe('pointillism');
    // A chosen style wins over the words; negated or negative-prompt styles are not taken.
    expect(await gen({ prompt: 'mosaic lake', style: 'woodcut' })).toBe('woodcut');
    expect(await gen({ prompt: 'a lake, not a mosaic' })).toBe(styles[0]);
    expect(await gen({ prompt: 'mosaic lake', negativePrompt: 'mosaic' })).toBe(styles[0]);
    expect(await gen({ prompt: 'a quiet lake' })).toBe(styles[0]);
  });

  it('turns an uploaded photo into lines before following it', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="150"><defs><linearGradient id="g"><stop offset="0" stop-color="#777"/><stop offset="1" stop-color="#eee"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><path d="M20 120 L100 30 L180 120" stroke="#222" stroke-width="4" fill="none"/></svg>`;
    const up = (await client.upload(clientId, await sharp(Buffer.from(svg)).jpeg().toBuffer(), 'paper.jpg', 'image/jpeg')).json();
    const gen = await client.post(`/api/clients/${clientId}/generate`, {
      prompt: 'a mountain at dawn',
      sourceArtworkId: up.id,
      width: 200,
      height: 150,
      seed: 5,
    });
    expect(gen.statusCode, gen.body).toBe(201);
    expect(gen.json().artworks[0].parentId).toBe(up.id);
  });

  it('crops an uploaded photo to its sheet of paper and straightens it (the picture takes the paper’s shape), or uses it whole when asked', async () => {
    // A square sheet in slight perspective on a brown table, in a 4:3 photo.
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#6a5443"/>' +
      '<polygon points="92,30 300,26 318,270 76,274" fill="#f2ede2"/><path d="M120 200 L200 80 L280 200" stroke="#333" stroke-width="4" fill="none"/></svg>';
    const up = (await client.upload(clientId, await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer(), 'sheet.jpg', 'image/jpeg')).json();
    const body = { prompt: 'a mountain', sourceArtworkId: up.id, width: 256, height: 192, seed: 5 };
    const gen = await client.post(`/api/clients/${clientId}/generate`, body);
    expect(gen.statusCode, gen.body).toBe(201);
    const { artworks, paper } = gen.json();
    expect(paper).toMatchObject({ straightened: true });
    expect(paper.note).toMatch(/^paper found and straightened/);
    expect(paper.corners).toHaveLength(4);
    expect(Math.abs(artworks[0].width / artworks[0].height - 1)).toBeLessThan(0.03);
    const whole = await client.post(`/api/clients/${clientId}/generate`, { ...body, wholePhoto: true });
    expect(whole.statusCode, whole.body).toBe(201);
    expect(whole.json().paper).toMatchObject({ straightened: false });
    expect(whole.json().artworks[0]).toMatchObject({ width: 256, height: 192 });
  });

  it('keeps the drawing’s shape whatever size is asked, and says what each word became', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="150"><rect width="100%" height="100%" fill="#fff"/><path d="M0 100 L200 100" stroke="#111" stroke-width="3"/></svg>`;
    const up = (await client.upload(clientId, await sharp(Buffer.from(svg)).png().toBuffer(), 'drawing.png', 'image/png')).json();
    const gen = await client.post(`/api/clients/${clientId}/generate`, {
      prompt: 'a dog and a zorblax',
      sourceArtworkId: up.id,
      width: 256,
      height: 256,
      seed: 3,
      count: 2,
    });
    expect(gen.statusCode, gen.body).toBe(201);
    const { artworks, reports } = gen.json();
    expect(artworks[0]).toMatchObject({ width: 256, height: 192 });
    expect(reports).toHaveLength(2);
    expect(reports[1]).toMatchObject({ seed: 4, width: 256, height: 192, notDrawn: ['zorblax'] });
    expect(reports[0].words.find((w: { word: string }) => w.word === 'dog')).toMatchObject({ as: 'thing', drawn: 'dog' });
  });

  it('refuses bad studio input clearly and stores nothing', async () => {
    const before = await h.store.artworks.countForClient(clientId);
    const other = await addClient(h, therapist, 'Kai', 'kai@home.test');
    const foreignArt = (await other.client.post(`/api/clients/${other.clientId}/sketches`, { image: await sketchPng(), strokes })).json();
    const cases: [string, unknown, RegExp, number?][] = [
      [`/api/clients/${clientId}/sketches`, { image: await sketchPng(), strokes: { version: 2, width: 10 } }, /strokes could not be read/],
      [`/api/clients/${clientId}/sketches`, { image: 'data:image/png;base64,JVBERi0xLjcK', strokes }, /drawing: This file is a PDF/, 415],
      [`/api/clients/${clientId}/generate`, { prompt: '   ' }, /Say in a few words/],
      [`/api/clients/${clientId}/generate`, { prompt: 'sea', style: 'cubism-9000' }, /Unknown style/],
      [`/api/clients/${clientId}/generate`, { prompt: 'sea', sourceArtworkId: foreignArt.id }, /not found in this client/],
      [`/api/clients/${clientId}/generate`, { prompt: 'sea', count: 9 }, /count/],
    ];
    for (const [url, body, message, status] of cases) {
      const res = await client.post(url, body);
      expect(res.statusCode, url).toBe(status ?? 400);
      expect(res.json().error.message).toMatch(message);
    }
    expect(await h.store.artworks.countForClient(clientId)).toBe(before);
  });
});

describe('live canvas', () => {
  const batch = (drawingId: string, ids: string[], replace = false) => ({
    drawingId,
    replace,
    strokes: {
      version: 2,
      width: W,
      height: H,
      background: '#ffffff',
      strokes: ids.map((id, i) => ({
        id,
        tool: 'pen',
        color: '#223344',
        size: 4,
        opacity: 1,
        points: [
          { x: 10 + i, y: 10, t: i * 100, pressure: 0.5 },
          { x: 40 + i, y: 30, t: i * 100 + 50, pressure: 0.6 },
        ],
      })),
    },
  });
  /** Reads Server-Sent Events from a real HTTP stream until `until` says stop. */
  async function readEvents(res: Response, until: (events: { event: string; data: unknown }[]) => boolean) {
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    const events: { event: string; data: unknown }[] = [];
    let buf = '';
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let cut;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const chunk = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(chunk)?.[1];
        const data = /^data: (.*)$/m.exec(chunk)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    }
    await reader.cancel();
    return events;
  }

  it('shares the client’s strokes with their therapist only while a session is in progress, and stores nothing', async () => {
    const url = `/api/clients/${clientId}/live-canvas`;
    const artworksBefore = await h.store.artworks.countForClient(clientId);
    // No session in progress: nothing is shared.
    expect((await client.post(url, batch('d1', ['a']))).json()).toEqual({ live: false, watchers: 0 });
    expect((await therapist.get(`${url}?once=true`)).json()).toEqual({ live: false, drawing: null });

    const session = (await therapist.post(`/api/clients/${clientId}/sessions`, { title: 'Drawing together', scheduledAt: h.now().toISOString() })).json();
    expect((await therapist.patch(`/api/sessions/${session.id}`, { status: 'in_progress' })).statusCode).toBe(200);

    // The therapist opens the live view over real HTTP (Server-Sent Events) while the client draws.
    const address = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await fetch(`${address}${url}`, { headers: { accept: 'text/event-stream', cookie: `hearth_session=${therapist.cookie}` } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readEvents(stream, (ev) => ev.some((e) => e.event === 'ended'));
    await expect.poll(async () => (await client.post(url, batch('d1', []))).json().watchers).toBe(1);
    expect((await client.post(url, batch('d1', ['a', 'b']))).json()).toEqual({ live: true, watchers: 1 });
    expect((await client.post(url, batch('d1', ['c']))).json().live).toBe(true);
    // After an undo the studio resends the whole drawing.
    await client.post(url, batch('d1', ['a', 'b'], true));
    const snap = (await therapist.get(`${url}?once=true`)).json();
    expect(snap.live).toBe(true);
    expect(snap.drawing.strokes.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
    // The session ends: the next batch is refused quietly and the view is told it is over.
    await therapist.patch(`/api/sessions/${session.id}`, { status: 'completed' });
    expect((await client.post(url, batch('d1', ['d']))).json()).toEqual({ live: false, watchers: 0 });
    const events = await reading;
    const strokesSeen = events.flatMap((e) =>
      e.event === 'drawing'
        ? (e.data as { strokes: { id: string }[] }).strokes.map((s) => `=${s.id}`)
        : e.event === 'strokes'
          ? (e.data as { strokes: { id: string }[] }).strokes.map((s) => `+${s.id}`)
          : [],
    );
    expect(events[0]!.event).toBe('hello');
    expect(strokesSeen).toEqual(['+a', '+b', '+c', '=a', '=b']);
    expect(events.at(-1)!.event).toBe('ended');

    // Nothing was stored; the view was audited once, the client's drawing once.
    expect(await h.store.artworks.countForClient(clientId)).toBe(artworksBefore);
    const audit = (await therapist.get(`/api/clients/${clientId}/audit`)).json().entries as { action: string }[];
    expect(audit.filter((e) => e.action === 'artwork.live_view').length).toBe(3);
    expect(audit.filter((e) => e.action === 'artwork.live').length).toBe(1);
  });

  it('refuses bad batches and other people', async () => {
    const url = `/api/clients/${clientId}/live-canvas`;
    const bad = await client.post(url, { drawingId: 'd2', strokes: { version: 2, width: 10 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/strokes could not be read/);
    expect((await therapist.post(url, batch('d2', ['a']))).statusCode).toBe(403);
    expect((await client.get(`${url}?once=true`)).statusCode).toBe(403);
    const other = await addClient(h, therapist, 'Noor', 'noor@home.test');
    expect((await other.client.post(url, batch('d2', ['a']))).statusCode).toBe(404);
  });
});
