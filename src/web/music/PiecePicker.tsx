/**
 * Choosing the music for guided imagery: a piece from the client's library, silence, or a new
 * piece composed from a few words (it loops for as long as the session lasts).
 */
import { useId, useState } from 'react';
import { formatLength } from './music-api.ts';
import type { ComposeRequest, Piece } from './music-api.ts';
import { instrumentWords, keyWords } from './PlanSummary.tsx';

interface PiecePickerProps {
  pieces: Piece[] | undefined;
  value: Piece | null;
  onChange(piece: Piece | null): void;
  composing: boolean;
  composeError: string | null;
  compose(req: ComposeRequest): Promise<Piece | null>;
}

export function PiecePicker({ pieces, value, onChange, composing, composeError, compose }: PiecePickerProps) {
  const id = useId();
  const [prompt, setPrompt] = useState('peaceful meditation background with soft rain');

  const make = async () => {
    if (!prompt.trim()) return;
    const piece = await compose({ prompt: prompt.trim(), seconds: 600 });
    if (piece) onChange(piece);
  };

  return (
    <div className="picker">
      <fieldset className="picker__choices">
        <legend className="picker__legend">Choose the music</legend>
        {pieces === undefined ? <p className="muted">Loading your music…</p> : null}
        <ul className="piece-choices">
          <li>
            <label className={`piece-choice${value === null ? ' piece-choice--chosen' : ''}`}>
              <input type="radio" name={`${id}-piece`} checked={value === null} onChange={() => onChange(null)} />
              <span className="piece-choice__text">
                <span className="piece-choice__prompt">No music</span>
                <span className="piece-choice__meta">Just the image and your breath</span>
              </span>
            </label>
          </li>
          {(pieces ?? []).map((p) => (
            <li key={p.id}>
              <label className={`piece-choice${value?.id === p.id ? ' piece-choice--chosen' : ''}`}>
                <input type="radio" name={`${id}-piece`} checked={value?.id === p.id} onChange={() => onChange(p)} />
                <span className="piece-choice__text">
                  <span className="piece-choice__prompt">{p.prompt}</span>
                  <span className="piece-choice__meta">
                    {keyWords(p.plan)} · {Math.round(p.plan.bpm)} bpm · {instrumentWords(p.plan.instruments)} · {formatLength(p.seconds)}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="picker__make">
        <div className="field">
          <label htmlFor={`${id}-prompt`}>Or compose new music (10 minutes)</label>
          <input id={`${id}-prompt`} value={prompt} maxLength={500} onChange={(e) => setPrompt(e.target.value)} />
        </div>
        <button type="button" className="button button--secondary" disabled={composing || !prompt.trim()} onClick={() => void make()}>
          {composing ? 'Composing…' : 'Compose'}
        </button>
      </div>
      {composeError ? (
        <p className="music-error" role="alert">
          {composeError}
        </p>
      ) : null}
    </div>
  );
}
