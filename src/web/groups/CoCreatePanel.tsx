import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { groupsApi, variationUrl } from './groups-api.ts';

/** Co-creation: members' words + the group's sketch → variations; members vote, the therapist keeps one. */
export function CoCreatePanel({ sessionId, therapist, tick }: { sessionId: string; therapist: boolean; tick: number }) {
  const { t } = useT();
  const state = useLoad(() => groupsApi.cocreate(sessionId), [sessionId, tick]);
  const [words, setWords] = useState('');
  const [msg, setMsg] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>, ok?: string) => {
    setBusy(true);
    try {
      await fn();
      if (ok) setMsg({ tone: 'success', text: ok });
      state.reload();
    } catch (err) {
      setMsg({ tone: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  const giveWords = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await groupsApi.words(sessionId, words);
      setMsg(r.crisis ? { tone: 'error', text: r.crisis.message } : { tone: 'success', text: t('groups:cocreate.wordsSaved') });
      state.reload();
    } catch (err) {
      setMsg({ tone: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  const round = state.data?.round ?? null;
  return (
    <section className="card cocreate" aria-labelledby="cocreate-h">
      <h2 id="cocreate-h">{t('groups:cocreate.heading')}</h2>
      <p className="muted">{t('groups:cocreate.wordsGiven', { count: state.data?.wordsGiven ?? 0 })}</p>
      {!therapist ? (
        <form className="form form--inline" onSubmit={(e) => void giveWords(e)}>
          <Field
            label={t('groups:cocreate.words')}
            hint={state.data?.myWords ? t('groups:cocreate.current', { words: state.data.myWords }) : undefined}
            name="words"
            autoComplete="off"
            value={words}
            onChange={(e) => setWords(e.target.value)}
            maxLength={300}
            required
          />
          <button type="submit" className="button button--primary" disabled={busy || !words.trim()}>
            {t('groups:cocreate.give')}
          </button>
        </form>
      ) : (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(() => groupsApi.round(sessionId))}>
          {t('groups:cocreate.make')}
        </button>
      )}
      {msg ? <Notice tone={msg.tone}>{msg.text}</Notice> : null}
      {round ? (
        <ul className="variations">
          {Array.from({ length: round.count }, (_, i) => (
            <li key={`${round.id}-${i}`}>
              <img src={variationUrl(sessionId, i, round.id)} width={240} height={150} alt={t('groups:cocreate.variation', { n: i + 1 })} />
              <span>{t('groups:cocreate.votes', { count: round.votes[i] ?? 0 })}</span>
              {!therapist ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-pressed={round.myVote === i}
                  disabled={busy}
                  onClick={() => void run(() => groupsApi.vote(sessionId, round.id, i))}
                >
                  {t('groups:cocreate.vote', { n: i + 1 })}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  onClick={() => void run(() => groupsApi.keep(sessionId, round.id, i), t('groups:cocreate.kept'))}
                >
                  {t('groups:cocreate.keep', { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
