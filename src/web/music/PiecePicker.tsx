/**
 * Choosing the music for guided imagery: a piece from the client's library, silence, or a new
 * piece composed from a few words (it loops for as long as the session lasts).
 */
import { useId, useState } from 'react';
import { lengthText } from './length-text.ts';
import { useT } from '../i18n.tsx';
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
  const { t } = useT();
  const [prompt, setPrompt] = useState(() => t('music:picker.defaultPrompt'));

  const make = async () => {
    if (!prompt.trim()) return;
    const piece = await compose({ prompt: prompt.trim(), seconds: 600 });
    if (piece) onChange(piece);
  };

  return (
    <div className="picker">
      <fieldset className="picker__choices">
        <legend className="picker__legend">{t('music:picker.legend')}</legend>
        {pieces === undefined ? <p className="muted">{t('music:library.loading')}</p> : null}
        <ul className="piece-choices">
          <li>
            <label className={`piece-choice${value === null ? ' piece-choice--chosen' : ''}`}>
              <input type="radio" name={`${id}-piece`} checked={value === null} onChange={() => onChange(null)} />
              <span className="piece-choice__text">
                <span className="piece-choice__prompt">{t('music:picker.none')}</span>
                <span className="piece-choice__meta">{t('music:picker.noneMeta')}</span>
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
                    {keyWords(p.plan)} · {Math.round(p.plan.bpm)} bpm · {instrumentWords(p.plan.instruments)} · {lengthText(p.seconds, t)}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="picker__make">
        <div className="field">
          <label htmlFor={`${id}-prompt`}>{t('music:picker.compose')}</label>
          <input id={`${id}-prompt`} value={prompt} maxLength={500} onChange={(e) => setPrompt(e.target.value)} />
        </div>
        <button type="button" className="button button--secondary" disabled={composing || !prompt.trim()} onClick={() => void make()}>
          {composing ? t('music:page.composing') : t('music:composer.compose')}
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
