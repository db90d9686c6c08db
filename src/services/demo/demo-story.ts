/**
 * The demo caseload's history: a few weeks of sessions for each demo client, made with the
 * real engines and repositories, so every screen has something true to show.
 */
import { randomUUID } from 'node:crypto';
import { createBuiltinImageBackend, createBuiltinMusicBackend } from '../../backends/index.ts';
import { directiveById } from '../../domain/directives/index.ts';
import { measureDefinition, scoreMeasure } from '../../domain/measures/index.ts';
import type { MeasureId } from '../../domain/measures/index.ts';
import { pngFromRgba, storeArtworks } from '../artworks/artwork-files.ts';
import type { Store } from '../../store/index.ts';

export interface DemoStory {
  measure: MeasureId;
  /** One answer set per week, oldest first. */
  answers: number[][];
  works: { title: string; prompt: string; style: string }[];
  reflections: string[];
  music: { prompt: string; before: number; after: number }[];
  homeworkAnswer: string;
  plan: { problem: string; goal: string; target: number };
}

export const DEMO_STORIES: Record<string, DemoStory> = {
  'Jordan Lee': {
    measure: 'gad7',
    answers: [
      [2, 2, 3, 2, 2, 1, 2],
      [2, 2, 2, 2, 1, 1, 2],
      [1, 2, 2, 1, 1, 1, 2],
      [1, 1, 1, 1, 1, 1, 2],
    ],
    works: [
      { title: 'Harbour lights', prompt: 'a quiet harbour at dusk with soft lights, calm sea', style: 'watercolour' },
      { title: 'Night garden', prompt: 'a moonlit garden with flowers and stars, peaceful', style: 'pastel' },
    ],
    reflections: ['The harbour feels like somewhere I can rest.', 'I noticed my shoulders drop while I painted the water.'],
    music: [
      { prompt: 'calm slow piano with rain at 56 bpm', before: 6, after: 3 },
      { prompt: 'gentle strings in D major at 72 bpm', before: 6, after: 5 },
      { prompt: 'calm slow piano with rain at 56 bpm', before: 7, after: 4 },
    ],
    homeworkAnswer: 'A small boat tied up in the harbour. It is quiet and the water just moves a little.',
    plan: { problem: 'Worry keeps Jordan awake most nights.', goal: 'Fall asleep calmer', target: 10 },
  },
  'Sam Okafor': {
    measure: 'phq9',
    answers: [
      [2, 2, 2, 2, 1, 2, 1, 1, 0],
      [2, 2, 1, 2, 1, 1, 1, 1, 0],
      [1, 2, 1, 1, 1, 1, 1, 1, 0],
    ],
    works: [
      { title: 'Tree in the rain', prompt: 'a tree in the rain, hopeful green leaves', style: 'ink-wash' },
      { title: 'Morning path', prompt: 'a path through a meadow toward the morning sun, hope', style: 'impasto' },
    ],
    reflections: ['The rain is heavy but the tree is still standing.', 'I wanted the path to go somewhere warm.'],
    music: [
      { prompt: 'bright hopeful morning with birds and guitar', before: 5, after: 3 },
      { prompt: 'soft choir and pad in a minor key', before: 5, after: 5 },
    ],
    homeworkAnswer: 'My grandmother’s kitchen, the yellow light and the smell of bread.',
    plan: { problem: 'Low energy and withdrawing from friends.', goal: 'Reconnect with daily routines', target: 10 },
  },
};

const DAY = 24 * 60 * 60_000;

/** Adds a few weeks of history for one demo client. */
export async function seedDemoStory(
  store: Store,
  ids: { therapistId: string; userId: string; clientId: string; sessionId: string },
  story: DemoStory,
  now: Date,
): Promise<void> {
  const images = createBuiltinImageBackend();
  const music = createBuiltinMusicBackend();
  const weeks = story.answers.length;
  const at = (weeksAgo: number, minutes = 0) => new Date(now.getTime() - weeksAgo * 7 * DAY + minutes * 60_000);
  const styleIds = new Set(images.capabilities.styles.map((s) => s.id));

  for (const [w, answers] of story.answers.entries()) {
    const score = scoreMeasure(story.measure, answers);
    await store.clinical.addMeasure({
      id: randomUUID(),
      clientId: ids.clientId,
      createdBy: ids.userId,
      measure: story.measure,
      answers: [...score.answers],
      total: score.total,
      band: score.band.label,
      safetyFlag: score.safetyFlag,
      createdAt: at(weeks - w),
    });
    const before = 7 - w;
    await store.clinical.addCheckin({
      id: randomUUID(),
      clientId: ids.clientId,
      createdBy: ids.userId,
      moment: 'before',
      activity: 'studio',
      valence: -0.4 + w * 0.1,
      arousal: 0.5 - w * 0.1,
      distress: before,
      note: null,
      createdAt: at(weeks - w, 5),
    });
    await store.clinical.addCheckin({
      id: randomUUID(),
      clientId: ids.clientId,
      createdBy: ids.userId,
      moment: 'after',
      activity: 'studio',
      valence: 0.1 + w * 0.1,
      arousal: -0.1 - w * 0.05,
      distress: Math.max(1, before - 3),
      note: null,
      createdAt: at(weeks - w, 50),
    });
  }

  for (const [i, work] of story.works.entries()) {
    const [img] = await images.generate({
      prompt: work.prompt,
      negativePrompt: '',
      sketchStrength: 0.7,
      style: styleIds.has(work.style) ? work.style : images.capabilities.styles[0]!.id,
      seed: 1000 + i,
      width: 640,
      height: 480,
      count: 1,
    });
    await storeArtworks(store, () => at(weeks - i - 1, 30), [
      {
        meta: {
          clientId: ids.clientId,
          createdBy: ids.userId,
          parentId: null,
          sessionId: i === 0 ? ids.sessionId : null,
          kind: 'generated',
          title: work.title,
          backend: images.capabilities.id,
          params: { prompt: work.prompt, negativePrompt: '', style: work.style, sketchStrength: 0.7 },
          seed: 1000 + i,
        },
        image: await pngFromRgba(img!),
      },
    ]);
  }

  for (const [i, text] of story.reflections.entries()) {
    await store.clinical.addReflection({
      id: randomUUID(),
      clientId: ids.clientId,
      createdBy: ids.userId,
      artworkId: null,
      text,
      createdAt: at(weeks - i - 1, 40),
    });
  }

  for (const [i, m] of story.music.entries()) {
    const plan = music.plan(m.prompt);
    const pieceId = randomUUID();
    await store.music.create({
      id: pieceId,
      clientId: ids.clientId,
      createdBy: ids.userId,
      plan: plan as unknown as Parameters<Store['music']['create']>[0]['plan'],
      seconds: 300,
      seed: 7 + i,
      sampleRate: 44100,
      sampleId: null,
      createdAt: at(3 - i * 0.5),
    });
    await store.music.addListen({
      id: randomUUID(),
      pieceId,
      clientId: ids.clientId,
      createdBy: ids.userId,
      before: { valence: -0.3, arousal: 0.4, distress: m.before },
      after: { valence: 0.2, arousal: -0.2, distress: m.after },
      secondsListened: 300,
      createdAt: at(3 - i * 0.5, 10),
    });
  }

  const d = directiveById('safe-place');
  if (d) {
    const hw = await store.homework.create({
      id: randomUUID(),
      clientId: ids.clientId,
      therapistId: ids.therapistId,
      directiveId: d.id,
      directive: { title: d.title, mode: d.mode, goal: d.goal, instructions: [...d.instructions], reflectionQuestions: [...d.reflectionQuestions] },
      note: 'Take your time with this one — there is no right way to do it.',
      dueAt: new Date(now.getTime() - 2 * DAY),
      createdAt: at(1),
    });
    await store.clinical.addReflection({
      id: randomUUID(),
      clientId: ids.clientId,
      createdBy: ids.userId,
      artworkId: null,
      homeworkId: hw.id,
      question: d.reflectionQuestions[0] ?? null,
      text: story.homeworkAnswer,
      createdAt: new Date(now.getTime() - 3 * DAY),
    });
    await store.homework.setStatus(hw.id, 'completed', new Date(now.getTime() - 3 * DAY));
  }

  const by = new Date(now.getTime() + 90 * DAY).toISOString().slice(0, 10);
  await store.plans.create({
    id: randomUUID(),
    clientId: ids.clientId,
    therapistId: ids.therapistId,
    shared: true,
    createdAt: at(weeks),
    content: {
      problems: [story.plan.problem],
      goals: [
        {
          id: 'g1',
          text: story.plan.goal,
          objectives: [
            {
              id: 'o1',
              text: `${measureDefinition(story.measure).name} below ${story.plan.target} by ${by}`,
              target: { measure: story.measure, below: story.plan.target, by },
            },
          ],
        },
      ],
      interventions: ['Weekly art therapy in the studio', 'Music for winding down as homework'],
    },
  });
}
