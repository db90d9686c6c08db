/**
 * Guided imagery: pair a calming image (from the gallery or made fresh) with music and a
 * breathing pattern, note how you feel, then rest in a full-window calm view with a pacer and a
 * session clock. Afterwards, note how you feel again; with music, that is saved as a listening.
 */
import { CrisisResources } from '../workspace/CrisisResources.tsx';
import { useEffect, useRef, useState } from 'react';
import './music.css';
import './calm.css';
import './pacer.css';
import { Link } from '../components/Link.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { PATTERNS, patternById } from './BreathingPacer.tsx';
import type { PatternId } from './BreathingPacer.tsx';
import { CalmView } from './CalmView.tsx';
import { ImagePicker } from './ImagePicker.tsx';
import { completeMood, EMPTY_MOOD, MoodCheck } from './MoodCheck.tsx';
import type { MoodDraft } from './MoodCheck.tsx';
import { formatClock, musicApi, musicMessage } from './music-api.ts';
import type { Artwork, Piece } from './music-api.ts';
import { PiecePicker } from './PiecePicker.tsx';
import { useMusicClient } from './use-music-client.ts';
import { useT } from '../i18n.tsx';
import { lengthText } from './length-text.ts';

type Stage = 'setup' | 'session' | 'after' | 'done';
const SESSION_LENGTHS = [180, 300, 600, 900, 1200] as const;

export function GuidedImageryPage() {
  const { t } = useT();
  const music = useMusicClient();
  const [image, setImage] = useState<Artwork | null>(null);
  const [pieceId, setPieceId] = useState<string | null>(null);
  const [patternId, setPatternId] = useState<PatternId>('six');
  const [length, setLength] = useState(300);
  const [before, setBefore] = useState<MoodDraft>(EMPTY_MOOD);
  const [after, setAfter] = useState<MoodDraft>(EMPTY_MOOD);
  const [stage, setStage] = useState<Stage>('setup');
  const [result, setResult] = useState({ secondsListened: 0, elapsed: 0 });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const piece: Piece | null = music.pieces?.find((p) => p.id === pieceId) ?? null;
  const beforeMood = completeMood(before);
  const afterMood = completeMood(after);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // After the calm view closes, continue from the "welcome back" (or summary) heading.
    if (stage === 'after' || stage === 'done') headingRef.current?.focus();
  }, [stage]);

  const finish = async () => {
    setError(null);
    let line = t('music:guided.rested', { time: formatClock(result.elapsed) });
    if (beforeMood && afterMood) line += ` ${t('music:guided.distress', { before: beforeMood.distress, after: afterMood.distress })}`;
    if (piece && beforeMood && afterMood) {
      setSaving(true);
      try {
        const listen = await musicApi.listen(piece.id, { before: beforeMood, after: afterMood, secondsListened: result.secondsListened });
        music.addListen(piece.id, listen);
        line += ` ${t('music:guided.savedWith')}`;
      } catch (e) {
        setSaving(false);
        return setError(musicMessage(e));
      }
      setSaving(false);
    }
    setSummary(line);
    setStage('done');
  };

  if (music.notClient) {
    return (
      <>
        <PageHeading title={t('music:guided.title')}>{t('music:guided.title')}</PageHeading>
        <p className="music-error">{t('music:guided.notClient')}</p>
      </>
    );
  }

  return (
    <div className="music guided">
      <PageHeading title={t('music:guided.title')} lead={t('music:guided.lead')}>
        {t('music:guided.title')}
      </PageHeading>
      <p className="music__links">
        <Link to="/music" className="button button--secondary">
          {t('music:guided.back')}
        </Link>
      </p>
      {music.error ? (
        <p className="music-error" role="alert">
          {music.error}
        </p>
      ) : null}
      {stage === 'setup' || stage === 'session' ? (
        <>
          <section className="card">{music.clientId ? <ImagePicker clientId={music.clientId} value={image} onChange={setImage} /> : null}</section>
          <section className="card">
            {music.crisis ? <CrisisResources crisis={music.crisis} audience={music.viewer === 'therapist' ? 'therapist' : 'client'} /> : null}
            <PiecePicker
              pieces={music.pieces}
              value={piece}
              onChange={(p) => setPieceId(p?.id ?? null)}
              composing={music.composing}
              composeError={music.composeError}
              compose={music.compose}
            />
          </section>
          <section className="card guided__breath">
            <fieldset className="picker__choices">
              <legend className="picker__legend">{t('music:guided.breathing')}</legend>
              <div className="pattern-choices">
                {PATTERNS.map((p) => (
                  <label key={p.id} className={`piece-choice${patternId === p.id ? ' piece-choice--chosen' : ''}`}>
                    <input type="radio" name="breathing-pattern" checked={patternId === p.id} onChange={() => setPatternId(p.id)} />
                    <span className="piece-choice__text">
                      <span className="piece-choice__prompt">{t(`music:pacer.name.${p.id}`)}</span>
                      <span className="piece-choice__meta">{t(`music:pacer.description.${p.id}`)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field guided__length">
              <label htmlFor="guided-length">{t('music:guided.length')}</label>
              <select id="guided-length" className="select" value={length} onChange={(e) => setLength(Number(e.target.value))}>
                {SESSION_LENGTHS.map((s) => (
                  <option key={s} value={s}>
                    {lengthText(s, t)}
                  </option>
                ))}
              </select>
            </div>
          </section>
          <section className="card">
            <MoodCheck legend={t('music:guided.before')} value={before} onChange={setBefore} />
          </section>
          <div className="guided__begin">
            <button type="button" className="button button--primary button--large" onClick={() => setStage('session')}>
              {t('music:guided.begin')}
            </button>
            <p className="muted">{t('music:guided.fills')}</p>
          </div>
        </>
      ) : null}
      {stage === 'session' ? (
        <CalmView
          image={image}
          piece={piece}
          pattern={patternById(patternId)}
          seconds={length}
          onEnd={(r) => {
            setResult(r);
            setStage('after');
          }}
        />
      ) : null}
      {stage === 'after' ? (
        <section className="card guided__after" aria-labelledby="after-heading">
          <h2 id="after-heading" ref={headingRef} tabIndex={-1}>
            {t('music:guided.welcome')}
          </h2>
          <p>{t('music:guided.restedAsk', { time: formatClock(result.elapsed) })}</p>
          <MoodCheck legend={t('music:guided.after')} value={after} onChange={setAfter} />
          {error ? (
            <p className="music-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={saving || (beforeMood !== null && afterMood === null)}
              onClick={() => void finish()}
            >
              {saving ? t('music:now.saving') : beforeMood ? t('music:now.save') : t('music:guided.finish')}
            </button>
          </div>
        </section>
      ) : null}
      {stage === 'done' ? (
        <section className="card card--soft guided__done" aria-labelledby="done-heading">
          <h2 id="done-heading" ref={headingRef} tabIndex={-1}>
            {t('music:guided.thanks')}
          </h2>
          <p role="status">{summary}</p>
          <button type="button" className="button button--secondary" onClick={() => (setAfter(EMPTY_MOOD), setStage('setup'))}>
            {t('music:guided.again')}
          </button>
        </section>
      ) : null}
    </div>
  );
}
