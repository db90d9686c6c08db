/**
 * When a client opens the studio or music page from a homework item (`?homework=<id>`), the page
 * shows which homework it is for, and what they make there is attached to it, so it appears in
 * the homework history their therapist opens in the next session.
 */
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { workspaceApi } from './workspace-api.ts';
import type { HomeworkItem } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

export interface HomeworkLink {
  homework: HomeworkItem | null;
  /** Attaches a made work to the homework; resolves to a message for a status line. */
  attach(made: { artworkId: string } | { musicId: string }): Promise<string>;
}

/** The homework named in the page's `?homework=` query, if it is this client's and still open. */
export function useHomeworkLink(clientId: string | null | undefined): HomeworkLink {
  const id = new URLSearchParams(window.location.search).get('homework');
  const [homework, setHomework] = useState<HomeworkItem | null>(null);
  useEffect(() => {
    if (!id || !clientId) return;
    let live = true;
    workspaceApi.homework(clientId).then(
      (list) => live && setHomework(list.find((h) => h.id === id && h.status !== 'cancelled') ?? null),
      () => undefined, // the page works without the link
    );
    return () => {
      live = false;
    };
  }, [id, clientId]);

  const attach = useCallback(
    async (made: { artworkId: string } | { musicId: string }) => {
      if (!homework) return '';
      try {
        await workspaceApi.attachToHomework(homework.id, made);
        return `Added to your homework “${homework.title}”.`;
      } catch (e) {
        return `It is saved, but could not be added to your homework: ${messageOf(e)}`;
      }
    },
    [homework],
  );
  return { homework, attach };
}

/** A calm note at the top of the page: which homework this is for, and its instructions. */
export function HomeworkBanner({ homework }: { homework: HomeworkItem | null }) {
  const { t } = useT();
  if (!homework) return null;
  return (
    <section className="card card--soft homework-banner" aria-labelledby="homework-banner-heading">
      <h2 id="homework-banner-heading">{t('workspace:hwBanner.heading', { title: homework.title })}</h2>
      {homework.note ? <p>{homework.note}</p> : null}
      {homework.instructions.length > 0 ? (
        <ol>
          {homework.instructions.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
      <p className="muted">{t('workspace:hwBanner.text')}</p>
    </section>
  );
}
