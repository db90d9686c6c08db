/** Insights through the API: features of each work against the client's own baseline, worded as observations. */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;

const picture = async (bg: string, fg: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="100%" height="100%" fill="${bg}"/><circle cx="80" cy="60" r="35" fill="${fg}"/></svg>`,
    ),
  )
    .png()
    .toBuffer();

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test'));
});
afterAll(() => h.close());

describe('insights', () => {
  it('describes works that are darker than this client’s usual, without diagnostic words', async () => {
    for (let i = 0; i < 6; i++) {
      expect((await client.upload(clientId, await picture('#fdf6e3', ['#f2c14e', '#ee964b', '#87bba2'][i % 3]!), `light-${i}.png`)).statusCode).toBe(201);
      h.advance(60_000);
    }
    let insights = (await therapist.get(`/api/clients/${clientId}/insights`)).json();
    expect(insights.works).toHaveLength(6);
    expect(insights.works[0].values.brightness).toBeGreaterThan(0.6);
    expect(insights.observations.filter((o: { feature: string }) => o.feature === 'brightness')).toEqual([]);
    for (let i = 0; i < 4; i++) {
      await client.upload(clientId, await picture('#1b1b2f', '#3a3a5a'), `dark-${i}.png`);
      h.advance(60_000);
    }
    insights = (await therapist.get(`/api/clients/${clientId}/insights`)).json();
    const darker = insights.observations.find((o: { feature: string; direction: string }) => o.feature === 'brightness' && o.direction === 'lower');
    expect(darker).toBeDefined();
    expect(darker.runLength).toBe(4);
    expect(darker.sentence).toMatch(/last four works/i);
    const all = insights.observations.map((o: { sentence: string }) => o.sentence).join(' ');
    expect(all).not.toMatch(/depress|anxi|disorder|symptom|diagnos|patholog|suicid|mood/i);
    expect(insights.note).toMatch(/not a diagnosis/);
  });

  it('gives the full features of one work, with drawing-process features for a sketch', async () => {
    const png = `data:image/png;base64,${(await picture('#ffffff', '#223344')).toString('base64')}`;
    const strokes = {
      version: 2,
      width: 160,
      height: 120,
      background: '#ffffff',
      strokes: [
        {
          id: 'a',
          tool: 'pen',
          color: '#223344',
          size: 4,
          opacity: 1,
          points: [
            { x: 10, y: 10, t: 0, pressure: 0.5 },
            { x: 100, y: 80, t: 900, pressure: 0.7 },
          ],
        },
      ],
    };
    const sketch = (await client.post(`/api/clients/${clientId}/sketches`, { image: png, strokes })).json();
    const res = (await therapist.get(`/api/artworks/${sketch.id}/features`)).json();
    expect(res.features.palette.length).toBeGreaterThan(0);
    expect(res.process).toMatchObject({ strokeCount: 1 });
    expect((await client.get(`/api/clients/${clientId}/insights`)).statusCode).toBe(403);
  });
});
