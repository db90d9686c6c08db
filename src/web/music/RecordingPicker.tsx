/**
 * "Continue my recording": the client uploads a short WAV (their humming, an instrument, a sound
 * they find calming) or picks one they uploaded before. Hearth measures its key, mode and tempo
 * and the new piece starts with the recording and carries on in them.
 */
import { useEffect, useId, useState } from 'react';
import { byId, messageOf, multipart } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Reply } from '../api/types.ts';
import { lengthText } from './length-text.ts';
import { useT } from '../i18n.tsx';

export type Recording = Reply<'/api/clients/{id}/music/samples', 'post', 201>;

function describe(r: Recording, t: ReturnType<typeof useT>['t']): string {
  return t('music:recording.describe', { length: lengthText(Math.round(r.seconds), t), key: r.key, mode: r.mode, bpm: Math.round(r.bpm) });
}

interface RecordingPickerProps {
  clientId: string;
  selected: Recording | null;
  onSelect(recording: Recording | null): void;
}

export function RecordingPicker({ clientId, selected, onSelect }: RecordingPickerProps) {
  const id = useId();
  const { t } = useT();
  const [recordings, setRecordings] = useState<Recording[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    data(http.GET('/api/clients/{id}/music/samples', byId(clientId))).then(
      (r) => live && setRecordings(r.samples),
      () => undefined, // the list is a convenience; uploading still works
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const rec = await data(http.POST('/api/clients/{id}/music/samples', { ...byId(clientId), ...multipart(form) }));
      setRecordings((list) => [rec, ...list]);
      onSelect(rec);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="recording-picker">
      <legend>{t('music:recording.legend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('music:recording.hint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('music:recording.upload')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".wav,audio/wav,audio/x-wav,audio/wave"
          aria-describedby={`${id}-hint`}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
        />
      </div>
      {busy ? <p role="status">{t('music:recording.listening')}</p> : null}
      {error ? (
        <p className="music-error" role="alert">
          {error}
        </p>
      ) : null}
      {recordings.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-pick`}>{t('music:recording.pick')}</label>
          <select
            id={`${id}-pick`}
            className="select"
            value={selected?.id ?? ''}
            onChange={(e) => onSelect(recordings.find((r) => r.id === e.target.value) ?? null)}
          >
            <option value="">{t('music:recording.none')}</option>
            {recordings.map((r) => (
              <option key={r.id} value={r.id}>
                {t('music:recording.option', { what: describe(r, t), added: new Date(r.createdAt).toLocaleDateString() })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {selected ? (
        <p className="recording-picker__chosen" role="status">
          {t('music:recording.chosen', { what: describe(selected, t) })}
        </p>
      ) : null}
    </fieldset>
  );
}
