/**
 * The crisis contacts a client is shown after a positive screen. The practice owner adds contacts
 * per region and language (a clinic knows its local services); a client's therapist says which
 * region (and language) applies to the client. A client without a region, or whose region has no
 * entry, sees the built-in defaults, which stay.
 */
import type { z } from 'zod';
import type { CrisisRegion, CrisisRegionBody, CrisisResourcesBody, CrisisResourcesSettings } from '../../domain/api/practice.schemas.ts';
import { crisisDefaultsFor } from '../../domain/crisis-resources.ts';
import { clientLocale } from '../account/locale.service.ts';
import type { CrisisResources } from '../../domain/crisis-resources.ts';
import type { Actor, Store, StoreDeps, Subject } from '../context.ts';
import { requireOwner } from './practice.service.ts';

export const CRISIS_RESOURCES_KEY = 'practice.crisis_resources';
type Settings = z.infer<typeof CrisisResourcesSettings>;

export async function crisisResourcesSettings({ store }: StoreDeps): Promise<Settings> {
  return (await store.settings.get<Settings>(CRISIS_RESOURCES_KEY)) ?? { regions: [] };
}

/** Replaces the practice's regional crisis contacts (the owner, after re-entering their password). One entry per region and language. */
export async function setCrisisResources({ store }: StoreDeps, actor: Actor, input: z.output<typeof CrisisResourcesBody>): Promise<Settings> {
  await requireOwner(store, actor);
  const seen = new Set<string>();
  const regions = input.regions.filter((r) => {
    const k = `${r.region}:${r.language}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  await store.settings.set(CRISIS_RESOURCES_KEY, { regions });
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'practice.crisis_resources_changed',
    clientId: null,
    detail: { regions: regions.map((r) => `${r.region}:${r.language}`) },
  });
  return { regions };
}

/**
 * What this client is shown: their region's contacts in their language, else in any language,
 * else the built-in defaults in the client's language (their account's, else their therapist's).
 */
export async function crisisResourcesFor(store: Store, clientId: string): Promise<CrisisResources> {
  const { region, language } = await store.practice.crisisRegion(clientId);
  const defaults = async (): Promise<CrisisResources> => {
    const client = await store.clients.byId(clientId);
    return crisisDefaultsFor(client ? await clientLocale(store, client) : null);
  };
  if (!region) return defaults();
  const regions = ((await store.settings.get<Settings>(CRISIS_RESOURCES_KEY)) ?? { regions: [] }).regions.filter((r) => r.region === region);
  const entry = regions.find((r) => r.language === language) ?? regions[0];
  return entry ? { heading: entry.heading, message: entry.message, contacts: entry.contacts } : defaults();
}

export async function clientCrisisRegion({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof CrisisRegion>> {
  const r = await store.practice.crisisRegion(client.id);
  return { region: r.region, language: (r.language as 'en' | 'es' | 'de' | null) ?? null };
}

/** The client's therapist says which region's contacts apply to the client. */
export async function setClientCrisisRegion(
  { store }: StoreDeps,
  _actor: Actor,
  { client }: Subject,
  input: z.output<typeof CrisisRegionBody>,
): Promise<z.infer<typeof CrisisRegion>> {
  const language = input.region ? (input.language ?? null) : null;
  await store.practice.setCrisisRegion(client.id, input.region, language);
  return { region: input.region, language };
}
