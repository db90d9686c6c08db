/** The demo caseload: a therapist, two clients with weeks of sample work, and their public demo logins. */
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Store } from '../../store/index.ts';
import { hashPassword } from '../account/passwords.ts';
import { DEMO_STORIES, seedDemoStory } from './demo-story.ts';

interface DemoLogin {
  role: 'therapist' | 'client';
  name: string;
  email: string;
  password: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: 'therapist', name: 'Maya Rivers', email: 'maya@demo.hearth', password: 'demo-therapist-lantern' },
  { role: 'client', name: 'Jordan Lee', email: 'jordan@demo.hearth', password: 'demo-client-harbour' },
  { role: 'client', name: 'Sam Okafor', email: 'sam@demo.hearth', password: 'demo-client-meadow' },
];

/** Sample pictures, as a client might draw them: simple shapes, soft colours. */
const SAMPLES: Record<string, { title: string; svg: string }[]> = {
  'Jordan Lee': [
    {
      title: 'Safe place: the harbour',
      svg: `<rect width="640" height="480" fill="#f3efe6"/><rect y="300" width="640" height="180" fill="#6b9ac4"/><circle cx="500" cy="110" r="60" fill="#f2c14e"/><path d="M120 300 L200 300 L180 330 L140 330 Z" fill="#8c5e3c"/><path d="M160 300 L160 220 L200 290 Z" fill="#fff"/><path d="M0 320 Q80 300 160 320 T320 320 T480 320 T640 320" stroke="#fff" stroke-width="4" fill="none"/>`,
    },
    {
      title: 'How today feels',
      svg: `<rect width="640" height="480" fill="#fbfaf7"/><path d="M60 400 C160 100 260 420 360 160 S560 300 600 80" stroke="#3d5a80" stroke-width="10" fill="none" stroke-linecap="round"/><circle cx="420" cy="330" r="70" fill="#ee6c4d" opacity="0.7"/>`,
    },
  ],
  'Sam Okafor': [
    {
      title: 'A tree in the rain',
      svg: `<rect width="640" height="480" fill="#e8eef2"/><rect x="300" y="250" width="40" height="200" fill="#7a5230"/><circle cx="320" cy="220" r="110" fill="#5b8c5a"/>${Array.from({ length: 40 }, (_, i) => `<line x1="${(i * 53) % 640}" y1="${(i * 97) % 400}" x2="${((i * 53) % 640) - 8}" y2="${((i * 97) % 400) + 24}" stroke="#6b9ac4" stroke-width="3"/>`).join('')}`,
    },
  ],
};

async function samplePng(svgBody: string): Promise<{ data: Uint8Array; thumb: Uint8Array }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">${svgBody}</svg>`;
  const data = await sharp(Buffer.from(svg)).png().toBuffer();
  const thumb = await sharp(data).resize({ width: 480 }).webp({ quality: 80 }).toBuffer();
  return { data: new Uint8Array(data), thumb: new Uint8Array(thumb) };
}

/** Creates the demo caseload; returns false if it already exists. */
export async function seedDemo(store: Store, now: Date = new Date()): Promise<boolean> {
  const t = DEMO_LOGINS[0]!;
  if (await store.users.byEmail(t.email)) return false;
  const therapist = await store.users.create({
    id: randomUUID(),
    role: 'therapist',
    email: t.email,
    displayName: t.name,
    passwordHash: await hashPassword(t.password),
    createdAt: now,
  });
  const day = 24 * 60 * 60_000;
  for (const login of DEMO_LOGINS.slice(1)) {
    const user = await store.users.create({
      id: randomUUID(),
      role: 'client',
      email: login.email,
      displayName: login.name,
      passwordHash: await hashPassword(login.password),
      createdAt: now,
    });
    const client = await store.clients.create({
      id: randomUUID(),
      therapistId: therapist.id,
      displayName: login.name,
      pronouns: null,
      goals: 'Notice and name feelings through colour; find calm before sleep.',
      createdAt: now,
    });
    await store.clients.linkUser(client.id, user.id, now);
    // Demo clients have read and signed the consent document (all but an outside model server).
    const consentDoc = await store.consents.currentDocument();
    await store.consents.sign(
      client.id,
      consentDoc.version,
      ['builtin_ai', 'insights', 'music', 'group'],
      login.name,
      user.id,
      new Date(now.getTime() - 8 * day),
    );
    const past = await store.therapySessions.create({
      id: randomUUID(),
      clientId: client.id,
      therapistId: therapist.id,
      kind: 'individual',
      title: 'Getting to know the studio',
      scheduledAt: new Date(now.getTime() - 7 * day),
      createdAt: now,
    });
    await store.therapySessions.update(past.id, { status: 'in_progress' }, new Date(now.getTime() - 7 * day));
    await store.therapySessions.update(past.id, { status: 'completed' }, new Date(now.getTime() - 7 * day + 50 * 60_000));
    await store.therapySessions.create({
      id: randomUUID(),
      clientId: client.id,
      therapistId: therapist.id,
      kind: 'individual',
      title: 'Safe place drawing',
      scheduledAt: new Date(now.getTime() + 2 * day),
      createdAt: now,
    });
    for (const [i, s] of (SAMPLES[login.name] ?? []).entries()) {
      const id = randomUUID();
      const img = await samplePng(s.svg);
      await store.files.put(client.id, `artworks/${id}.png`, img.data);
      await store.files.put(client.id, `thumbs/${id}.webp`, img.thumb);
      await store.artworks.create({
        id,
        clientId: client.id,
        createdBy: user.id,
        parentId: null,
        sessionId: past.id,
        kind: 'upload',
        title: s.title,
        blobKey: `artworks/${id}.png`,
        thumbKey: `thumbs/${id}.webp`,
        mime: 'image/png',
        width: 640,
        height: 480,
        bytes: img.data.length,
        backend: null,
        params: { demo: true },
        seed: null,
        createdAt: new Date(now.getTime() - (7 - i) * day),
      });
    }
    const story = DEMO_STORIES[login.name];
    if (story) await seedDemoStory(store, { therapistId: therapist.id, userId: user.id, clientId: client.id, sessionId: past.id }, story, now);
    await store.audit.append({ actorId: null, actorRole: 'system', action: 'demo.seed', clientId: client.id });
  }
  return true;
}
