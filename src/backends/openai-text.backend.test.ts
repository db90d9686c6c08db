import { afterEach, describe, expect, it } from 'vitest';
import type { FakeServer } from '../../test/fakes/fake-kit.ts';
import { startOpenAiFake } from '../../test/fakes/openai.fake.ts';
import type { OpenAiFakeOptions } from '../../test/fakes/openai.fake.ts';
import { draftNote } from '../domain/notes/index.ts';
import type { SessionFacts } from '../domain/notes/index.ts';
import { createOpenAiTextBackend } from './openai-text.backend.ts';

const facts: SessionFacts = {
  clientName: 'Robin',
  sessionTitle: 'Week 3',
  startedAt: '2026-01-05T10:00:00Z',
  endedAt: '2026-01-05T10:50:00Z',
  works: [{ title: 'Harbour', kind: 'image', prompt: 'a quiet harbour' }],
  moods: [{ moment: 'start', activity: null, valence: -0.2, arousal: 0.1, distress: 4 }],
  measures: [],
  reflections: [{ text: 'It felt calmer by the end.', question: null }],
  alerts: [],
  homework: [],
};
const fakes: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
const start = async (o: OpenAiFakeOptions): Promise<FakeServer> => {
  const f = await startOpenAiFake(o);
  fakes.push(f);
  return f;
};

describe('OpenAI-compatible text adapter', () => {
  it('sends the draft and facts to /v1/chat/completions and keeps the model wording per section', async () => {
    const base = draftNote('SOAP', facts);
    const f = await start({
      chatReply: () =>
        '```json\n' +
        JSON.stringify({ sections: base.map((s) => ({ key: s.key, text: s.text.includes('[For the therapist') ? s.text : `Reworded: ${s.key}` })) }) +
        '\n```',
    });
    const out = await createOpenAiTextBackend({ url: f.url, model: 'llama3.1' }).draftNote('SOAP', facts);
    expect(out.map((s) => s.key)).toEqual(base.map((s) => s.key));
    expect(out.map((s) => s.label)).toEqual(base.map((s) => s.label));
    expect(out.some((s) => s.text.startsWith('Reworded: '))).toBe(true);
    const body = f.requests[0]!.json as { model: string; messages: { role: string; content: string }[] };
    expect(f.requests[0]!.path).toBe('/v1/chat/completions');
    expect(body.model).toBe('llama3.1');
    expect(body.messages[0]!.content).toMatch(/Never diagnose/);
    expect(JSON.parse(body.messages[1]!.content).facts.clientName).toBe('Robin');
  });

  it('falls back to the built-in draft when the server is down, answers badly or fills in the therapist part', async () => {
    const base = draftNote('DAP', facts);
    const reasons: string[] = [];
    const down = await start({});
    const url = down.url;
    await down.close();
    expect(await createOpenAiTextBackend({ url, model: 'm', onFallback: (r) => reasons.push(r) }).draftNote('DAP', facts)).toEqual(base);
    const prose = await start({ chatReply: () => 'Here is your note: the client seemed depressed.' });
    expect(await createOpenAiTextBackend({ url: prose.url, model: 'm', onFallback: (r) => reasons.push(r) }).draftNote('DAP', facts)).toEqual(base);
    const filled = await start({ chatReply: () => JSON.stringify({ sections: base.map((s) => ({ key: s.key, text: 'Everything is fine.' })) }) });
    const res = await createOpenAiTextBackend({ url: filled.url, model: 'm', onFallback: (r) => reasons.push(r) }).draftNote('DAP', facts);
    expect(base.some((s) => s.text.includes('[For the therapist to complete.]'))).toBe(true);
    expect(res).toEqual(base);
    expect(reasons[0]).toMatch(/is not answering.*built-in draft was used instead/);
    expect(reasons[1]).toMatch(/did not answer in the expected form/);
    expect(reasons[2]).toMatch(/filled in a part that is for the therapist/);
  });
});
