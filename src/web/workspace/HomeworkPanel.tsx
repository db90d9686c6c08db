import { useState } from 'react';
import type { Client } from '../api/client.ts';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatDate } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { AssignHomework } from './AssignHomework.tsx';
import { HomeworkHistory } from './HomeworkHistory.tsx';
import { homeworkStatusLabel, modeLabel, workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { HomeworkItem } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

/** Homework for one client: assign from the catalogue, follow its status, read the compiled history. */
export function HomeworkPanel({ client }: { client: Client }) {
  const { t } = useT();
  const list = useLoad(() => workspaceApi.homework(client.id), [client.id]);
  const [assigning, setAssigning] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);

  const assigned = (h: HomeworkItem) => {
    list.set((old) => [h, ...(old ?? [])]);
    setAssigning(false);
    setStatus(t('workspace:hw.assigned', { title: h.title, withDue: h.dueAt ? 'yes' : 'no', due: h.dueAt ? formatDate(h.dueAt) : '' }));
    setHistoryKey((k) => k + 1);
  };
  const cancel = async (h: HomeworkItem) => {
    setError(null);
    try {
      const updated = await workspaceApi.setHomeworkStatus(h.id, 'cancelled');
      list.set((old) => old?.map((x) => (x.id === h.id ? updated : x)));
      setStatus(t('workspace:hw.cancelled', { title: h.title }));
    } catch (e) {
      setError(workspaceMessage(e));
    }
  };

  return (
    <div className="stack">
      <div className="section-head">
        <h3>{t('daily:chart.tab.homework')}</h3>
        {!assigning && client.status === 'active' ? (
          <button type="button" className="button button--secondary" onClick={() => setAssigning(true)}>
            {t('workspace:hw.assign')}
          </button>
        ) : null}
      </div>
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {assigning ? <AssignHomework clientId={client.id} onAssigned={assigned} onCancel={() => setAssigning(false)} /> : null}
      {list.loading && !list.data ? <Loading label={t('workspace:hw.loading')} /> : null}
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      {list.data && list.data.length === 0 ? <p className="muted">{t('workspace:hw.none')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <ul className="ws-list" aria-label={t('workspace:hw.list')}>
          {list.data.map((h) => (
            <li key={h.id} className="ws-list__item">
              <span className={`tag tag--hw-${h.status}`}>{homeworkStatusLabel(h.status)}</span>
              <span>
                <strong>{h.title}</strong> <span className="muted">· {modeLabel(h.mode)}</span>
                {h.note ? <span className="ws-list__sub">“{h.note}”</span> : null}
              </span>
              <span className="muted">
                {h.dueAt ? t('workspace:hw.due', { date: formatDate(h.dueAt) }) : t('workspace:hw.noDue')}
                {h.overdue ? <span className="tag tag--concern ws-inline-tag">{t('workspace:schedule.overdue')}</span> : null}
              </span>
              {h.status === 'assigned' || h.status === 'in_progress' ? (
                <button type="button" className="button button--quiet button--small ws-list__action" onClick={() => void cancel(h)}>
                  {t('common:cancel')}
                  <span className="visually-hidden"> {t('workspace:hw.which', { title: h.title })}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <HomeworkHistory key={historyKey} client={client} />
    </div>
  );
}
