import { useState } from 'react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { LiveStatus, Loading, Notice } from '../../components/Notice.tsx';
import { useT } from '../../i18n.tsx';
import { useSession } from '../../session.ts';
import { useLoad } from '../../use-load.ts';
import { AlertsPanel } from '../../workspace/AlertsPanel.tsx';
import { ClientSearch } from './ClientSearch.tsx';
import { shift, windowFor } from './calendar.ts';
import type { View } from './calendar.ts';
import { loadDashboard } from './dashboard-api.ts';
import { ScheduleSession } from './ScheduleSession.tsx';
import { SessionAgenda } from './SessionAgenda.tsx';
import { TodoList } from './TodoList.tsx';
import './dashboard.css';

/**
 * The therapist's home: the day's or week's sessions (schedule, move, cancel), what needs them
 * now (notes to sign, questionnaires due, homework to review, open alerts) and client search —
 * from one request, `GET /api/dashboard`.
 */
export function DashboardPage() {
  const { t, locale } = useT();
  const { me } = useSession();
  const [view, setView] = useState<View>('day');
  const [anchor, setAnchor] = useState(() => new Date());
  const [status, setStatus] = useState<string | null>(null);
  const { from, to } = windowFor(view, anchor);
  const board = useLoad(() => loadDashboard(from, to), [view, from.getTime()]);

  const changed = (message: string) => {
    setStatus(message);
    board.reload();
  };
  const range =
    view === 'day'
      ? new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(from)
      : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).formatRange(from, new Date(to.getTime() - 1));

  return (
    <>
      <PageHeading title={t('daily:home.title')} lead={t('daily:home.lead', { name: me.displayName })}>
        {t('daily:home.heading')}
      </PageHeading>
      <LiveStatus message={status} />
      {board.error ? <Notice tone="error">{board.error}</Notice> : null}
      {/* Safety first: open alerts can be read and acknowledged right here. */}
      {board.data && board.data.todo.alerts.length > 0 ? <AlertsPanel /> : null}
      <div className="dash">
        <section className="card dash__agenda" aria-labelledby="agenda-heading">
          <div className="dash__agenda-head">
            <h2 id="agenda-heading">{range}</h2>
            <div className="dash__controls">
              <div className="segmented" role="group" aria-label={t('daily:agenda.viewLabel')}>
                {(['day', 'week'] as const).map((v) => (
                  <button key={v} type="button" className="segmented__option" aria-pressed={view === v} onClick={() => setView(v)}>
                    {t(v === 'day' ? 'daily:agenda.day' : 'daily:agenda.week')}
                  </button>
                ))}
              </div>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setAnchor((a) => shift(view, a, -1))}
                aria-label={t(view === 'day' ? 'daily:agenda.prevDay' : 'daily:agenda.prevWeek')}
              >
                ‹
              </button>
              <button type="button" className="button button--quiet button--small" onClick={() => setAnchor(new Date())}>
                {t('daily:agenda.today')}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setAnchor((a) => shift(view, a, 1))}
                aria-label={t(view === 'day' ? 'daily:agenda.nextDay' : 'daily:agenda.nextWeek')}
              >
                ›
              </button>
            </div>
          </div>
          {board.loading && !board.data ? <Loading label={t('daily:agenda.loading')} /> : null}
          {board.data ? <SessionAgenda view={view} from={from} sessions={board.data.sessions} onChanged={changed} /> : null}
          {board.data ? <ScheduleSession clients={board.data.clients} defaultDay={from} onScheduled={changed} /> : null}
        </section>
        <div className="dash__side">
          <section className="card" aria-labelledby="todo-heading">
            <h2 id="todo-heading">{t('daily:todo.heading')}</h2>
            {board.data ? <TodoList todo={board.data.todo} /> : <Loading label={t('daily:todo.loading')} />}
          </section>
          <section className="card" aria-labelledby="search-heading">
            <h2 id="search-heading">{t('daily:search.heading')}</h2>
            <ClientSearch clients={board.data?.clients ?? []} />
          </section>
        </div>
      </div>
    </>
  );
}
