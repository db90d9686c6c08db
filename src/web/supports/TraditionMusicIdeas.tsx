import { byId } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { traditionMusic } from '../../domain/music/genre-traditions.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';

/**
 * In the composer, before Hearth's own ideas: a starting description for each tradition the client
 * chose as their own (the genre and voices tagged for it, in the reader's language). Traditions
 * whose music Hearth does not imitate offer none, and say so. Nothing shows without a choice.
 */
export function TraditionMusicIdeas({ clientId, onPick }: { clientId?: string | null; onPick(prompt: string): void }) {
  const { t, locale } = useT();
  const load = useLoad(async () => (clientId ? data(http.GET('/api/clients/{id}/traditions', byId(clientId))) : null), [clientId]);
  const chosen = load.data?.traditions ?? [];
  if (!load.data || chosen.length === 0) return null;
  const named = new Map(load.data.available.map((a) => [a.id, a.names[locale]]));
  const offered = chosen.flatMap((id) => {
    const m = traditionMusic(id);
    return m ? [{ id, name: named.get(id) ?? id, idea: m.ideas?.[locale] ?? null }] : [];
  });
  const none = offered.filter((o) => !o.idea);
  return (
    <div className="composer__ideas composer__ideas--traditions" role="group" aria-label={t('supports:music.fromTraditions')}>
      <p className="field__hint">{t('supports:music.fromTraditions')}</p>
      {offered
        .filter((o) => o.idea)
        .map((o) => (
          <button key={o.id} type="button" className="chip" title={o.name} onClick={() => onPick(o.idea!)}>
            {o.idea}
          </button>
        ))}
      {none.map((o) => (
        <p key={o.id} className="field__hint">
          {t('supports:music.noImitation', { name: o.name })}
        </p>
      ))}
    </div>
  );
}
