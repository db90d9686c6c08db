/**
 * Music: compose calming music from words (30 seconds to an hour), see the plan the words
 * became, listen while it is still being composed, note mood before and after, and see what
 * has helped — with a one-click "compose this" for the suggested next piece.
 */
import { CrisisResources } from '../workspace/CrisisResources.tsx';
import { useState } from 'react';
import './music.css';
import './calm.css';
import './pacer.css';
import { Link } from '../components/Link.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { HomeworkBanner, useHomeworkLink } from '../workspace/HomeworkLink.tsx';
import { Composer } from './Composer.tsx';
import { Library } from './Library.tsx';
import { completeMood, EMPTY_MOOD } from './MoodCheck.tsx';
import type { MoodDraft } from './MoodCheck.tsx';
import type { ComposeRequest, ListenEntry, Mood, Piece, Recommendation } from './music-api.ts';
import { NowPlaying } from './NowPlaying.tsx';
import { useMusicClient } from './use-music-client.ts';
import { WhatHelps } from './WhatHelps.tsx';
import { useT } from '../i18n.tsx';

/** The client's own music; with `clientId`, a therapist's view of one client's music and history. */
export function MusicPage({ clientId }: { clientId?: string } = {}) {
  const { t } = useT();
  const music = useMusicClient(clientId);
  const therapist = music.viewer === 'therapist';
  const name = music.clientName ?? t('music:page.thisClient');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [seconds, setSeconds] = useState(300);
  const [before, setBefore] = useState<MoodDraft>(EMPTY_MOOD);
  const [refresh, setRefresh] = useState(0);
  const [status, setStatus] = useState('');
  const { pieces, compose } = music;
  const homework = useHomeworkLink(therapist ? null : music.clientId);
  const selected = pieces?.find((p) => p.id === selectedId) ?? null;
  const mood = therapist ? latestMood(pieces ?? []) : completeMood(before);

  const open = (piece: Piece, announce = true) => {
    setSelectedId(piece.id);
    if (announce) setStatus(t('music:page.opened', { prompt: piece.prompt }));
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    requestAnimationFrame(() => document.getElementById('now-heading')?.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' }));
  };

  const run = async (req: ComposeRequest) => {
    setStatus(t('music:page.composing'));
    const piece = await compose(req);
    if (!piece) return setStatus('');
    const linked = homework.homework ? ` ${await homework.attach({ musicId: piece.id })}` : '';
    setStatus(t('music:page.ready', { key: piece.plan.key, mode: piece.plan.mode, bpm: Math.round(piece.plan.bpm) }) + linked);
    open(piece, false);
  };

  const composeSuggestion = (rec: Recommendation) =>
    void run({ prompt: rec.prompt, seconds, mood: mood ? { valence: mood.valence, arousal: mood.arousal } : undefined });

  const saved = (listen: ListenEntry) => {
    if (selected) music.addListen(selected.id, listen);
    setRefresh((n) => n + 1);
  };

  if (music.notClient) {
    return (
      <>
        <PageHeading title={t('music:page.title')}>{t('music:page.title')}</PageHeading>
        <p className="music-error">{t('music:page.notClient')}</p>
      </>
    );
  }

  return (
    <div className="music">
      {therapist ? (
        <PageHeading title={t('music:page.titleFor', { name })} lead={t('music:page.leadFor', { name })}>
          {t('music:page.titleFor', { name })}
        </PageHeading>
      ) : (
        <PageHeading title={t('music:page.title')} lead={t('music:page.lead')}>
          {t('music:page.title')}
        </PageHeading>
      )}
      <p className="music__links">
        {therapist && music.clientId ? (
          <Link to={`/clients/${music.clientId}`} className="button button--secondary">
            {t('music:page.back', { name })}
          </Link>
        ) : (
          <Link to="/guided" className="button button--secondary">
            {t('music:page.guided')}
          </Link>
        )}
      </p>
      <HomeworkBanner homework={homework.homework} />
      <p className="live-status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="music__top">
        <section className="card">
          {music.crisis ? <CrisisResources crisis={music.crisis} audience={music.viewer === 'therapist' ? 'therapist' : 'client'} /> : null}
          <Composer
            busy={music.composing}
            error={music.composeError}
            seconds={seconds}
            onSecondsChange={setSeconds}
            onCompose={(req) => void run(req)}
            clientId={music.clientId}
          />
        </section>
        {music.clientId ? (
          <WhatHelps
            clientId={music.clientId}
            mood={mood}
            refresh={refresh}
            busy={music.composing}
            onCompose={composeSuggestion}
            forTherapist={therapist}
            clientName={name}
          />
        ) : null}
      </div>
      {selected ? <NowPlaying key={selected.id} piece={selected} before={before} onBeforeChange={setBefore} onSaved={saved} checkIn={!therapist} /> : null}
      <div className="card">
        <Library
          pieces={pieces}
          loading={music.loading}
          error={music.error}
          selectedId={selectedId}
          onSelect={(p) => open(p)}
          title={therapist ? t('music:page.theirMusic', { name }) : t('music:library.title')}
        />
      </div>
    </div>
  );
}

/** The client's most recent check-in before listening (what the therapist's suggestion starts from). */
function latestMood(pieces: Piece[]): Mood | null {
  const listens = pieces.flatMap((p) => p.listens).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return listens[0]?.before ?? null;
}
