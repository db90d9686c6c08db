/**
 * One piece, open: its plan, a mood check before listening, the player, a mood check after,
 * and the history of listenings (newest first, in plain words: "distress 6 → 3"). Saving posts a
 * listen, which teaches "what helps you"; the therapist sees the same history.
 */
import { useState } from 'react';
import { formatWhen } from '../format.ts';
import { MoodCheck, completeMood, EMPTY_MOOD, moodWords } from './MoodCheck.tsx';
import type { MoodDraft } from './MoodCheck.tsx';
import { formatClock, musicApi, musicMessage } from './music-api.ts';
import type { ListenEntry, Piece } from './music-api.ts';
import { PlanSummary } from './PlanSummary.tsx';
import { Player } from './Player.tsx';
import { useT } from '../i18n.tsx';

interface NowPlayingProps {
  piece: Piece;
  before: MoodDraft;
  onBeforeChange(next: MoodDraft): void;
  onSaved(listen: ListenEntry): void;
  /** False for the therapist, who listens and reads the history but does not check in. */
  checkIn?: boolean;
}

export function NowPlaying({ piece, before, onBeforeChange, onSaved, checkIn = true }: NowPlayingProps) {
  const { t } = useT();
  const [after, setAfter] = useState<MoodDraft>(EMPTY_MOOD);
  const [listened, setListened] = useState(0);
  const [started, setStarted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [steeringId, setSteeringId] = useState<string | null>(null);
  const beforeMood = completeMood(before);
  const afterMood = completeMood(after);

  const save = async () => {
    if (!beforeMood || !afterMood) return;
    setSaving(true);
    setError(null);
    try {
      const listen = await musicApi.listen(piece.id, {
        before: beforeMood,
        after: afterMood,
        secondsListened: Math.round(listened),
        ...(steeringId ? { steeringId } : {}),
      });
      onSaved(listen);
      setAfter(EMPTY_MOOD);
      onBeforeChange({ ...afterMood });
      setStatus(t('music:now.saved', { before: beforeMood.distress, after: afterMood.distress }));
    } catch (e) {
      setError(musicMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card now-playing" aria-labelledby="now-heading">
      <p className="now-playing__eyebrow">{t('music:now.eyebrow')}</p>
      <h2 id="now-heading" className="now-playing__title">
        {piece.prompt}
      </h2>
      <PlanSummary piece={piece} />
      {checkIn ? <MoodCheck legend={t('music:now.before')} value={before} onChange={onBeforeChange} /> : null}
      <Player key={piece.id} piece={piece} onListened={setListened} onStarted={() => setStarted(true)} steerable={checkIn} onSteering={setSteeringId} />
      {!checkIn ? null : started || listened > 0 || afterMood ? (
        <div className="now-playing__after">
          <MoodCheck legend={t('music:now.after')} value={after} onChange={setAfter} />
          {!beforeMood ? <p className="muted">{t('music:now.needBefore')}</p> : null}
          {error ? (
            <p className="music-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="button" className="button button--primary" disabled={!beforeMood || !afterMood || saving} onClick={() => void save()}>
            {saving ? t('music:now.saving') : t('music:now.save')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('music:now.pressPlay')}</p>
      )}
      <p className="live-status" role="status" aria-live="polite">
        {status}
      </p>
      <ListenHistory listens={piece.listens} mine={checkIn} />
    </section>
  );
}

interface ListenHistoryProps {
  listens: ListenEntry[];
  /** Worded for the client ("your listenings") or for the therapist. */
  mine: boolean;
  /** Heading level of the title. */
  level?: 3 | 4;
}

function ListenHistory({ listens, mine, level = 3 }: ListenHistoryProps) {
  const { t } = useT();
  /** "lower by 3", "the same", "higher by 1" */
  const distressChange = (before: number, after: number): string => {
    const d = after - before;
    if (d === 0) return t('music:history.same');
    return d < 0 ? t('music:history.lower', { n: -d }) : t('music:history.higher', { n: d });
  };
  const H = level === 3 ? 'h3' : 'h4';
  const sorted = [...listens].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="history" aria-labelledby="history-heading">
      <H id="history-heading">{mine ? t('music:history.titleMine') : t('music:history.title')}</H>
      {sorted.length === 0 ? (
        <p className="muted">{mine ? t('music:history.emptyMine') : t('music:history.empty')}</p>
      ) : (
        <ul className="history__list">
          {sorted.map((l) => {
            const lower = l.after.distress < l.before.distress;
            return (
              <li key={l.id} className="history__item">
                <p className="history__when">{t('music:history.when', { when: formatWhen(l.createdAt), listened: formatClock(l.secondsListened) })}</p>
                <p className="history__distress">
                  {t('music:history.distress')}{' '}
                  <strong>
                    {l.before.distress} → {l.after.distress}
                  </strong>{' '}
                  <span className={`tag${lower ? ' tag--ok' : ''}`}>{distressChange(l.before.distress, l.after.distress)}</span>
                </p>
                <p className="muted history__feel">
                  {t('music:history.feel', { before: moodWords(l.before.valence, l.before.arousal, t), after: moodWords(l.after.valence, l.after.arousal, t) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
