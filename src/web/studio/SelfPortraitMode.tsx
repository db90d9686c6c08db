/**
 * Self-portrait mode in the studio: with the toggle on, the work the client keeps is tagged as a
 * self-portrait (PUT /api/artworks/:id/self-portrait) and appears in Then and now beside the
 * earlier ones. Turning it on with no words yet offers "me, today" as a start. Nothing is tagged
 * before the client keeps a work.
 */
import { useEffect, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { byId, messageOf } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import { Link } from '../components/Link.tsx';
import { useT } from '../i18n.tsx';
import type { CreateSettings } from './PromptPanel.tsx';
import type { Artwork } from './studio-api.ts';
import '../supports/supports.css';

interface SelfPortraitModeProps {
  clientId: string | null;
  /** The version chosen in the studio (a kept one has state 'gallery'). */
  selected: Artwork | null;
  settings: CreateSettings;
  setSettings: Dispatch<SetStateAction<CreateSettings>>;
}

export function SelfPortraitMode({ clientId, selected, settings, setSettings }: SelfPortraitModeProps) {
  const { t } = useT();
  const [on, setOn] = useState(false);
  const [tagged, setTagged] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(new Set<string>());
  const keptId = selected?.state === 'gallery' ? selected.id : null;

  useEffect(() => {
    if (!on || !keptId || asked.current.has(keptId)) return;
    asked.current.add(keptId);
    setError(null);
    data(http.PUT('/api/artworks/{id}/self-portrait', { ...byId(keptId), body: { selfPortrait: true } })).then(
      () => setTagged(keptId),
      (err: unknown) => {
        asked.current.delete(keptId);
        setError(messageOf(err));
      },
    );
  }, [on, keptId]);

  if (!clientId) return null;
  return (
    <div className="self-portrait-mode">
      <label>
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            setOn(e.target.checked);
            if (e.target.checked && !settings.prompt.trim()) setSettings((s) => ({ ...s, prompt: t('supports:selfPortrait.idea') }));
          }}
        />
        {t('supports:selfPortrait.toggle')}
      </label>
      {on ? <p className="studio-field__hint">{t('supports:selfPortrait.hint')}</p> : null}
      {tagged && tagged === keptId ? (
        <p role="status">
          {t('supports:selfPortrait.tagged')} <Link to="/stories/then-now">{t('supports:selfPortrait.thenNow')}</Link>
        </p>
      ) : null}
      {error ? (
        <p className="studio-hint" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
