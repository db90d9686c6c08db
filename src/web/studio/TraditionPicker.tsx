/**
 * The studio's tradition picker: for each tradition the client chose as their own (Supports → My
 * traditions), the studio styles whose craft it shares openly and its motif words, in the client's
 * language. A style is chosen like the style list; a motif is added to the words. Traditions whose art
 * Hearth does not imitate offer nothing here, and say so. Nothing shows without a choice.
 */
import { byId } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { traditionById } from '../../domain/supports/traditions.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import type { CreateSettings } from './PromptPanel.tsx';
import type { StudioStyle } from './studio-api.ts';
import '../supports/supports.css';

interface TraditionPickerProps {
  clientId: string | null;
  settings: CreateSettings;
  styles: readonly StudioStyle[];
  onChange(patch: Partial<CreateSettings>): void;
  disabled?: boolean;
}

export function TraditionPicker({ clientId, settings, styles, onChange, disabled }: TraditionPickerProps) {
  const { t, locale } = useT();
  const load = useLoad(async () => (clientId ? data(http.GET('/api/clients/{id}/traditions', byId(clientId))) : null), [clientId]);
  const chosen = (load.data?.traditions ?? []).flatMap((id) => {
    const tr = traditionById(id);
    return tr ? [tr] : [];
  });
  if (chosen.length === 0) return null;
  const addMotif = (word: string) => {
    const words = settings.prompt.trim();
    if (new RegExp(`(^|[\\s,])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s,])`, 'iu').test(words)) return;
    onChange({ prompt: words ? `${words}, ${word}` : word });
  };
  return (
    <section className="studio-traditions stack" aria-labelledby="studio-traditions-heading">
      <h3 id="studio-traditions-heading">{t('supports:studio.heading')}</h3>
      <p className="studio-field__hint">{t('supports:studio.lead')}</p>
      {chosen.map((tr) => {
        const offered = tr.styles.flatMap((id) => styles.filter((s) => s.id === id));
        return (
          <div key={tr.id} className="studio-traditions__one stack">
            <strong>{tr.names[locale]}</strong>
            {offered.length === 0 ? (
              <p className="studio-field__hint">{t('supports:studio.noStyle', { name: tr.names[locale] })}</p>
            ) : (
              <>
                <div className="studio-traditions__chips" role="group" aria-label={`${t('supports:studio.styles')}: ${tr.names[locale]}`}>
                  {offered.map((s) => (
                    <button
                      key={s.id}
                      type="button"
                      className="tradition-chip"
                      aria-pressed={settings.style === s.id}
                      disabled={disabled}
                      onClick={() => onChange({ style: settings.style === s.id ? '' : s.id })}
                    >
                      {s.label}
                    </button>
                  ))}
                </div>
                <div className="studio-traditions__chips" role="group" aria-label={`${t('supports:studio.motifs')}: ${tr.names[locale]}`}>
                  {tr.motifs.map((m) => {
                    const word = t(`supports:motif.${m}`);
                    return (
                      <button
                        key={m}
                        type="button"
                        className="tradition-chip"
                        disabled={disabled}
                        aria-label={t('supports:studio.addMotif', { word })}
                        onClick={() => addMotif(word)}
                      >
                        {word}
                      </button>
                    );
                  })}
                </div>
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
