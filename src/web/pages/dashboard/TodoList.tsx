import type { ReactNode } from 'react';
import { Link } from '../../components/Link.tsx';
import { useT } from '../../i18n.tsx';
import type { Dashboard } from './dashboard-api.ts';

/** What needs the therapist now; every item links to the place it is done. */
export function TodoList({ todo }: { todo: Dashboard['todo'] }) {
  const { t, locale } = useT();
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const on = (iso: string | null) => (iso ? date.format(new Date(iso)) : '');
  const total = todo.alerts.length + todo.notes.length + todo.measures.length + todo.homework.length;
  if (total === 0) return <p className="muted">{t('daily:todo.clear')}</p>;
  return (
    <div className="todo">
      {todo.alerts.length > 0 ? (
        <TodoGroup heading={t('daily:todo.alerts', { count: todo.alerts.length })} tone="urgent">
          {todo.alerts.map((a) => (
            <li key={a.alertId}>
              <Link to={`/clients/${a.clientId}/overview`} className="dash-list__link">
                <span className="dash-list__main">{a.clientName}</span>
                <span className="dash-list__meta">
                  {t(a.level === 'urgent' ? 'daily:todo.alertUrgent' : 'daily:todo.alertConcern', { date: on(a.createdAt) })}
                </span>
              </Link>
            </li>
          ))}
        </TodoGroup>
      ) : null}
      {todo.notes.length > 0 ? (
        <TodoGroup heading={t('daily:todo.notes', { count: todo.notes.length })}>
          {todo.notes.map((n) => (
            <li key={n.noteId}>
              <Link to={`/clients/${n.clientId}/notes`} className="dash-list__link">
                <span className="dash-list__main">{n.clientName}</span>
                <span className="dash-list__meta">{t('daily:todo.noteDraft', { format: n.format, date: on(n.createdAt) })}</span>
              </Link>
            </li>
          ))}
        </TodoGroup>
      ) : null}
      {todo.measures.length > 0 ? (
        <TodoGroup heading={t('daily:todo.measures', { count: todo.measures.length })}>
          {todo.measures.map((m) => (
            <li key={`${m.clientId}-${m.measure}`}>
              <Link to={`/clients/${m.clientId}/measures`} className="dash-list__link">
                <span className="dash-list__main">{m.clientName}</span>
                <span className="dash-list__meta">
                  {t(m.overdue ? 'daily:todo.measureOverdue' : 'daily:todo.measureDue', { measure: m.title, date: on(m.dueSince) })}
                </span>
              </Link>
            </li>
          ))}
        </TodoGroup>
      ) : null}
      {todo.homework.length > 0 ? (
        <TodoGroup heading={t('daily:todo.homework', { count: todo.homework.length })}>
          {todo.homework.map((h) => (
            <li key={h.homeworkId}>
              <Link to={`/clients/${h.clientId}/homework`} className="dash-list__link">
                <span className="dash-list__main">{h.clientName}</span>
                <span className="dash-list__meta">{t('daily:todo.homeworkDone', { title: h.title, date: on(h.completedAt) })}</span>
              </Link>
            </li>
          ))}
        </TodoGroup>
      ) : null}
    </div>
  );
}

function TodoGroup({ heading, tone, children }: { heading: string; tone?: 'urgent'; children: ReactNode }) {
  return (
    <div className={`todo__group${tone ? ` todo__group--${tone}` : ''}`}>
      <h3>{heading}</h3>
      <ul className="dash-list">{children}</ul>
    </div>
  );
}
