import { useMemo, useState } from 'react';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n.tsx';
import { patternById } from '../../music/BreathingPacer.tsx';
import type { PatternId } from '../../music/BreathingPacer.tsx';
import { CalmView } from '../../music/CalmView.tsx';
import type { Piece } from '../../music/music-api.ts';
import { useMusicClient } from '../../music/use-music-client.ts';
import { canNarrate, useNarration } from './narration.ts';
import '../../music/music.css';
import '../../music/calm.css';
import '../../music/pacer.css';
import './calm-now.css';

/** How long the session runs before the music fades and stops by itself (the last three work as a sleep timer). */
const LENGTHS = [3, 5, 10, 20, 30, 45] as const;
const SCRIPT = ['daily:calm.script1', 'daily:calm.script2', 'daily:calm.script3', 'daily:calm.script4', 'daily:calm.script5', 'daily:calm.script6'] as const;

/**
 * One tap to a calm few minutes: slow breathing with a pacer and the client's own calmest music
 * (or a new soft piece when they have none), five minutes, no form first. Length (a sleep timer
 * up to 45 minutes), the breathing pattern, music and spoken guidance can be changed beforehand.
 */
export function CalmNowPage() {
  const { t, locale } = useT();
  const music = useMusicClient();
  const [minutes, setMinutes] = useState<(typeof LENGTHS)[number]>(5);
  const [patternId, setPatternId] = useState<PatternId>('six');
  const [withMusic, setWithMusic] = useState(true);
  const [narrate, setNarrate] = useState(false);
  const [piece, setPiece] = useState<Piece | null>(null);
  const [stage, setStage] = useState<'ready' | 'starting' | 'session' | 'after'>('ready');
  const [rested, setRested] = useState(0);
  const lines = useMemo(() => SCRIPT.map((k) => t(k)), [t]);
  useNarration(narrate && stage === 'session', lines, locale);

  const begin = async () => {
    let chosen: Piece | null = null;
    if (withMusic) {
      chosen = calmest(music.pieces ?? []);
      if (!chosen) {
        setStage('starting');
        chosen = await music.compose({ prompt: 'soft, slow and warm, like a quiet evening by the sea', seconds: 180 });
      }
    }
    setPiece(chosen);
    setStage('session');
  };

  if (music.notClient) {
    return (
      <>
        <PageHeading title={t('daily:calm.title')}>{t('daily:calm.title')}</PageHeading>
        <p>{t('daily:calm.clientsOnly')}</p>
      </>
    );
  }

  return (
    <div className="calm-now">
      <PageHeading title={t('daily:calm.title')} lead={t('daily:calm.lead')}>
        {t('daily:calm.title')}
      </PageHeading>
      {stage === 'after' ? (
        <section className="card card--soft" aria-labelledby="calm-after">
          <h2 id="calm-after">{t('daily:calm.afterHeading')}</h2>
          <p role="status">{t('daily:calm.after', { minutes: Math.max(1, Math.round(rested / 60)) })}</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => setStage('ready')}>
              {t('daily:calm.again')}
            </button>
            <Link to="/" className="button button--secondary">
              {t('daily:calm.home')}
            </Link>
          </div>
        </section>
      ) : (
        <section className="card calm-now__card" aria-labelledby="calm-ready">
          <h2 id="calm-ready" className="visually-hidden">
            {t('daily:calm.readyHeading')}
          </h2>
          <p className="calm-now__summary">{t('daily:calm.summary', { minutes, pattern: patternId, music: withMusic ? 'yes' : 'no' })}</p>
          <button
            type="button"
            className="button button--primary button--large calm-now__begin"
            disabled={stage === 'starting' || (withMusic && music.pieces === undefined && !music.error)}
            onClick={() => void begin()}
          >
            {stage === 'starting' ? t('daily:calm.preparing') : t('daily:calm.begin')}
          </button>
          {music.composeError ? (
            <p className="music-error" role="alert">
              {music.composeError}
            </p>
          ) : null}
          <details className="calm-now__options">
            <summary>{t('daily:calm.change')}</summary>
            <div className="calm-now__fields">
              <div className="field">
                <label htmlFor="calm-length">{t('daily:calm.length')}</label>
                <select
                  id="calm-length"
                  className="select"
                  value={minutes}
                  onChange={(e) => setMinutes(Number(e.target.value) as (typeof LENGTHS)[number])}
                  aria-describedby="calm-length-hint"
                >
                  {LENGTHS.map((m) => (
                    <option key={m} value={m}>
                      {t('daily:calm.minutes', { minutes: m })}
                    </option>
                  ))}
                </select>
                <p className="field__hint" id="calm-length-hint">
                  {t('daily:calm.lengthHint')}
                </p>
              </div>
              <fieldset className="calm-now__set">
                <legend>{t('daily:calm.breathing')}</legend>
                <label className="checkbox">
                  <input type="radio" name="calm-pattern" checked={patternId === 'six'} onChange={() => setPatternId('six')} />
                  {t('daily:calm.patternSix')}
                </label>
                <label className="checkbox">
                  <input type="radio" name="calm-pattern" checked={patternId === '478'} onChange={() => setPatternId('478')} />
                  {t('daily:calm.pattern478')}
                </label>
              </fieldset>
              <label className="checkbox">
                <input type="checkbox" checked={withMusic} onChange={(e) => setWithMusic(e.target.checked)} />
                {t('daily:calm.withMusic')}
              </label>
              {canNarrate() ? (
                <label className="checkbox">
                  <input type="checkbox" checked={narrate} onChange={(e) => setNarrate(e.target.checked)} />
                  {t('daily:calm.narrate')}
                </label>
              ) : null}
            </div>
          </details>
          <p className="muted">
            {t('daily:calm.more')} <Link to="/guided">{t('daily:calm.guided')}</Link>
          </p>
        </section>
      )}
      {stage === 'session' ? (
        <CalmView
          image={null}
          piece={piece}
          pattern={patternById(patternId)}
          seconds={minutes * 60}
          onEnd={(r) => {
            setRested(r.elapsed);
            setStage('after');
          }}
        />
      ) : null}
    </div>
  );
}

/** The piece that helped most in the client's own listenings (distress fell the most), else the newest. */
function calmest(pieces: readonly Piece[]): Piece | null {
  let best: { piece: Piece; drop: number } | null = null;
  for (const p of pieces) {
    for (const l of p.listens) {
      const drop = l.before.distress - l.after.distress;
      if (!best || drop > best.drop) best = { piece: p, drop };
    }
  }
  return best?.piece ?? pieces[0] ?? null;
}
