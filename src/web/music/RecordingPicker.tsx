/**
 * "Continue my recording": the client uploads a short WAV (their humming, an instrument, a sound
 * they find calming) or picks one they uploaded before. Hearth measures its key, mode and tempo
 * and the new piece starts with the recording and carries on in them.
 */
import { useEffect, useId, useState } from 'react';
import { byId, messageOf, multipart } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Reply } from '../api/types.ts';
import { formatLength } from './music-api.ts';

export type Recording = Reply<'/api/clients/{id}/music/samples', 'post', 201>;

function describe(r: Recording): string {
  return `${formatLength(Math.round(r.seconds))} · ${r.key} ${r.mode} · ${Math.round(r.bpm)} bpm`;
}

interface RecordingPickerProps {
  clientId: string;
  selected: Recording | null;
  onSelect(recording: Recording | null): void;
}

export function RecordingPicker({ clientId, selected, onSelect }: RecordingPickerProps) {
  const id = useId();
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
      <legend>Continue a recording (optional)</legend>
      <p className="field__hint" id={`${id}-hint`}>
        A WAV file of 2 to 60 seconds — your humming, an instrument, a sound you like. The piece starts with it and carries on in its key and tempo.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Upload a recording</label>
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
      {busy ? <p role="status">Listening to your recording…</p> : null}
      {error ? (
        <p className="music-error" role="alert">
          {error}
        </p>
      ) : null}
      {recordings.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-pick`}>Recording to continue</label>
          <select
            id={`${id}-pick`}
            className="select"
            value={selected?.id ?? ''}
            onChange={(e) => onSelect(recordings.find((r) => r.id === e.target.value) ?? null)}
          >
            <option value="">None — start from the words</option>
            {recordings.map((r) => (
              <option key={r.id} value={r.id}>
                {describe(r)} (added {new Date(r.createdAt).toLocaleDateString()})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {selected ? (
        <p className="recording-picker__chosen" role="status">
          Continuing your recording: {describe(selected)}. Your words still choose the instruments and mood.
        </p>
      ) : null}
    </fieldset>
  );
}
