/** Mood check-ins: valence/arousal and 0–10 distress, with an optional note in the client's words (screened). */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Checkin, CheckinBody, CheckinCreated } from '../../domain/api/schemas.ts';
import type { CheckinRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { screenClientText } from '../safety/screen-client-text.ts';

export const checkinDto = (c: CheckinRecord): z.infer<typeof Checkin> => ({
  id: c.id,
  moment: c.moment,
  activity: c.activity,
  valence: c.valence,
  arousal: c.arousal,
  distress: c.distress,
  note: c.note,
  createdAt: iso(c.createdAt),
});

export async function createCheckin(
  deps: StoreDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof CheckinBody>,
): Promise<z.infer<typeof CheckinCreated>> {
  const { store, clock } = deps;
  if (input.homeworkId) {
    const hw = await store.homework.byId(input.homeworkId);
    if (!hw || hw.clientId !== client.id) throw new HttpError('invalid_request', em('errors:clinical.homeworkDoesBelongClient'));
  }
  const rec: CheckinRecord = {
    id: randomUUID(),
    homeworkId: input.homeworkId ?? null,
    clientId: client.id,
    createdBy: actor.userId,
    moment: input.moment,
    activity: input.activity ?? null,
    valence: input.valence,
    arousal: input.arousal,
    distress: input.distress,
    note: input.note || null,
    createdAt: clock(),
  };
  await store.clinical.addCheckin(rec);
  const crisis = await screenClientText(deps, client, 'checkin', rec.id, [rec.note, rec.activity]);
  return { checkin: checkinDto(rec), crisis };
}

export async function listCheckins({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof Checkin>[]> {
  return (await store.clinical.checkins(client.id)).map(checkinDto);
}
