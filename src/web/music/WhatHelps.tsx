/**
 * "What helps you": the piece Hearth suggests for how the client feels now, learned from their
 * own listenings (start near the current mood, move gently toward calm), with the reason in
 * plain words and a one-click "compose this".
 */
import { useEffect, useState } from 'react';
import { helpsText } from '../../domain/music/index.ts';
import { musicApi, musicMessage } from './music-api.ts';
import type { Mood, Recommendation } from './music-api.ts';
import { moodWords } from './MoodCheck.tsx';
import { instrumentWords, TempoWords } from './PlanSummary.tsx';
import { useT } from '../i18n.tsx';

interface WhatHelpsProps {
  clientId: string;
  /** How the client feels now, or null to ask for a neutral starting point. */
  mood: Mood | null;
  /** Changes when a listening is saved, so the suggestion is asked again. */
  refresh: number;
  busy: boolean;
  onCompose(rec: Recommendation): void;
  /** Words it for the therapist (the mood is the client's latest check-in). */
  forTherapist?: boolean;
  /** The client's name, for the therapist's wording ("Jo’s distress", not "your distress"). */
  clientName?: string;
}

const NEUTRAL: Mood = { valence: 0, arousal: 0, distress: 5 };

export function WhatHelps({ clientId, mood, refresh, busy, onCompose, forTherapist = false, clientName = '' }: WhatHelpsProps) {
  const { t } = useT();
  const [rec, setRec] = useState<Recommendation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = mood ?? NEUTRAL;
  const { valence, arousal, distress } = asked;

  useEffect(() => {
    let live = true;
    musicApi.recommendation(clientId, { valence, arousal, distress }).then(
      (r) => {
        if (!live) return;
        setRec(r);
        setError(null);
      },
      (e: unknown) => live && setError(musicMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [clientId, valence, arousal, distress, refresh]);

  return (
    <section className="card card--soft what-helps" aria-labelledby="helps-heading">
      <h2 id="helps-heading">{forTherapist ? t('music:helps.title') : t('music:helps.titleMine')}</h2>
      <p className="muted what-helps__basis">{basis(mood, forTherapist, t)}</p>
      {error ? (
        <p className="music-error" role="alert">
          {error}
        </p>
      ) : null}
      {!rec && !error ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('music:helps.thinking')}
        </p>
      ) : null}
      {rec ? (
        <>
          <p className="what-helps__explanation" data-testid="explanation">
            {helpsText(rec.explanation, t, forTherapist ? { clientName } : undefined)}
          </p>
          <dl className="plan__facts plan__facts--compact">
            <div>
              <dt>{t('music:helps.suggested')}</dt>
              <dd>“{rec.prompt}”</dd>
            </div>
            <div>
              <dt>{t('music:plan.tempo')}</dt>
              <dd>
                {rec.tempoPath.length > 1 ? (
                  t('daily:music.tempoPath', { from: Math.round(rec.tempoPath[0]!), to: Math.round(rec.tempoPath.at(-1)!) })
                ) : (
                  <TempoWords bpm={rec.bpm} />
                )}
              </dd>
            </div>
            <div>
              <dt>{t('music:helps.sound')}</dt>
              <dd>{t('music:helps.soundWords', { mode: rec.mode, instruments: instrumentWords(rec.instruments) })}</dd>
            </div>
          </dl>
          <p className="muted what-helps__count">{learnedFrom(rec.listenings, forTherapist, t)}</p>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => onCompose(rec)}>
            {busy ? t('music:page.composing') : t('music:helps.compose')}
          </button>
        </>
      ) : null}
    </section>
  );
}

type T = ReturnType<typeof useT>['t'];

function basis(mood: Mood | null, forTherapist: boolean, t: T): string {
  const feel = mood ? t('music:helps.feel', { words: moodWords(mood.valence, mood.arousal, t), distress: mood.distress }) : '';
  if (forTherapist) return mood ? t('music:helps.basisTherapist', { feel }) : t('music:helps.basisTherapistNone');
  return mood ? t('music:helps.basis', { feel }) : t('music:helps.basisNone');
}

function learnedFrom(listenings: number, forTherapist: boolean, t: T): string {
  if (listenings === 0) return t(forTherapist ? 'music:helps.generalTheirs' : 'music:helps.generalMine');
  return t(forTherapist ? 'music:helps.learnedTheirs' : 'music:helps.learnedMine', { n: listenings });
}
