/**
 * A client's own part in group work, for their record and export: the groups they are in (the
 * group's name and the display name they chose), their own strokes on each session's canvas, and
 * the group works they contributed to — never another member's name, words or strokes.
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import type { ClientGroupWork } from '../../domain/api/groups.schemas.ts';
import { visibleStrokes } from '../../domain/groups/canvas-model.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { iso } from '../dto.ts';

export async function clientGroupWork({ store }: Pick<StoreDeps, 'store'>, _actor: Actor, { client }: Subject): Promise<z.infer<typeof ClientGroupWork>> {
  const groups = [];
  for (const m of await store.groups.membershipsOf(client.id)) {
    const group = await store.groups.byId(m.groupId);
    if (!group) continue;
    const sessions = [];
    for (const s of await store.groups.sessions(group.id)) {
      const updates = await store.groups.updates(s.id);
      let myStrokes: ReturnType<typeof visibleStrokes> = [];
      if (updates.length > 0) {
        const doc = new Y.Doc();
        Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u.update)));
        myStrokes = visibleStrokes(doc, { withHidden: true }).filter((st) => st.author === m.id);
        doc.destroy();
      }
      sessions.push({ id: s.id, title: s.title, status: s.status, scheduledAt: iso(s.scheduledAt), myStrokes });
    }
    const works = (await store.groups.works({ groupId: group.id }))
      .filter((w) => w.contributors.some((c) => c.memberId === m.id))
      .map((w) => ({
        id: w.id,
        sessionId: w.sessionId,
        createdAt: iso(w.createdAt),
        contributors: w.contributors.length,
        myWords: w.contributors.find((c) => c.memberId === m.id)?.words ?? null,
      }));
    groups.push({ groupId: group.id, name: group.name, myDisplayName: m.displayName, member: m.removedAt === null, sessions, works });
  }
  return { groups };
}
