import { useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { practiceApi } from './practice-api.ts';
import type { RegionalCrisis } from './practice-api.ts';

const key = (r: Pick<RegionalCrisis, 'region' | 'language'>) => `${r.region}:${r.language}`;

/** Which of the practice's regional crisis contacts this client is shown (or the defaults); in the chart's record tab. */
export function CrisisRegionField({ clientId }: { clientId: string }) {
  const { t } = useT();
  const [regions, setRegions] = useState<RegionalCrisis[] | null>(null);
  const [value, setValue] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([practiceApi.crisis(), data(http.GET('/api/clients/{id}/crisis-region', { params: { path: { id: clientId } } }))]).then(
      ([settings, current]) => {
        if (!live) return;
        setRegions(settings.regions);
        setValue(current.region ? `${current.region}:${current.language ?? ''}` : '');
      },
      // A supervisor reads the chart without this therapist's setting: the field simply stays away.
      () => live && setRegions([]),
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  if (!regions || regions.length === 0) return null;
  const save = async (next: string) => {
    setValue(next);
    setNote(null);
    setError(null);
    const [region = '', language = ''] = next.split(':');
    try {
      await data(
        http.PUT('/api/clients/{id}/crisis-region', {
          params: { path: { id: clientId } },
          body: { region: region || null, language: (language || null) as RegionalCrisis['language'] | null },
        }),
      );
      setNote(t('practice:region.saved'));
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <section className="card card--soft" aria-labelledby="crisis-region-title">
      <h2 id="crisis-region-title">{t('practice:region.title')}</h2>
      <div className="field">
        <label htmlFor="crisis-region">{t('practice:region.label')}</label>
        <select id="crisis-region" value={value} onChange={(e) => void save(e.target.value)}>
          <option value="">{t('practice:region.defaults')}</option>
          {regions.map((r) => (
            <option key={key(r)} value={key(r)}>
              {r.region} · {r.language} — {r.heading}
            </option>
          ))}
        </select>
      </div>
      {note ? <Notice tone="success">{note}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
