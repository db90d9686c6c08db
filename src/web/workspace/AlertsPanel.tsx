import { useState } from 'react';
import { alertsChanged } from './AlertsIndicator.tsx';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { AlertItem } from './workspace-api.ts';
import './workspace.css';
import { i18n, useT } from '../i18n.tsx';

/** Where an alert came from, in the app's language. */
function sourceWord(source: AlertItem['source']): string {
  const words: Record<AlertItem['source'], string> = {
    reflection: i18n.t('workspace:alerts.source.reflection'),
    checkin: i18n.t('workspace:alerts.source.checkin'),
    measure: i18n.t('workspace:alerts.source.measure'),
    artwork: i18n.t('workspace:alerts.source.artwork'),
    music: i18n.t('workspace:alerts.source.music'),
    series: i18n.t('workspace:alerts.source.series'),
    group: i18n.t('workspace:alerts.source.group'),
  };
  return words[source];
}

interface AlertsPanelProps {
  /** Only this client's alerts, and nothing at all when they have none open (for the client page). */
  clientId?: string;
  onCount?: (open: number) => void;
}

/**
 * Open crisis alerts across the caseload (or for one client), newest first: who, how urgent,
 * what the screen noticed. Acknowledging records that the therapist has seen it and acted.
 */
export function AlertsPanel({ clientId, onCount }: AlertsPanelProps) {
  const { t } = useT();
  const list = useLoad(async () => {
    const alerts = (await workspaceApi.alerts())
      .filter((a) => !a.acknowledgedAt && (!clientId || a.clientId === clientId))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    onCount?.(alerts.length);
    return alerts;
  }, [clientId]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const [noting, setNoting] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [showHistory, setShowHistory] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);

  const acknowledge = async (a: AlertItem) => {
    setError(null);
    setBusy(a.id);
    try {
      await workspaceApi.acknowledge(a.id, note);
      const left = (list.data ?? []).filter((x) => x.id !== a.id);
      list.set(() => left);
      onCount?.(left.length);
      alertsChanged();
      setNoting(null);
      setNote('');
      setHistoryKey((k) => k + 1);
      setStatus(t('workspace:alerts.acknowledged', { name: a.clientName }));
    } catch (e) {
      setError(workspaceMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const alerts = list.data ?? [];
  if (clientId && !list.error && alerts.length === 0 && !status) return null;
  return (
    <section className={`card ws-alerts${alerts.length > 0 ? ' ws-alerts--open' : ''}`} aria-labelledby="alerts-heading">
      <div className="section-head">
        <h2 id="alerts-heading">{t('workspace:alerts.heading')}</h2>
        {list.data ? (
          <span className={`tag ${alerts.length > 0 ? 'tag--alert' : 'tag--ok'}`}>
            {alerts.length === 0 ? t('workspace:alerts.noneOpen') : t('workspace:alerts.nOpen', { count: alerts.length })}
          </span>
        ) : null}
      </div>
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {list.loading && !list.data ? <Loading label={t('workspace:alerts.checking')} /> : null}
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      {list.data && alerts.length === 0 ? <p className="muted">{t('workspace:alerts.none')}</p> : null}
      {alerts.length > 0 ? (
        <ul className="ws-alert-list">
          {alerts.map((a) => (
            <li key={a.id} className={`ws-alert ws-alert--${a.level}`}>
              <div className="ws-alert__head">
                <span className={`tag tag--${a.level}`}>{a.level === 'urgent' ? t('workspace:alerts.urgent') : t('workspace:alerts.concern')}</span>
                <Link to={`/clients/${a.clientId}`} className="ws-alert__client">
                  {a.clientName}
                </Link>
                <span className="muted">
                  {formatWhen(a.createdAt)} · {t('workspace:alerts.from', { source: sourceWord(a.source) })}
                </span>
              </div>
              <ul className="ws-alert__reasons">
                {a.reasons.map((r, i) => (
                  <li key={i}>{r.replace(/^(urgent|concern):\s*/i, '')}</li>
                ))}
              </ul>
              {noting === a.id ? (
                <form
                  className="form ws-ack"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void acknowledge(a);
                  }}
                >
                  <Field
                    label={t('workspace:alerts.whatDid')}
                    multiline
                    rows={2}
                    maxLength={2000}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    hint={t('workspace:alerts.whatDidHint')}
                    autoFocus
                  />
                  <div className="actions">
                    <button type="submit" className="button button--primary button--small" disabled={busy === a.id}>
                      {busy === a.id ? t('workspace:note.saving') : t('workspace:alerts.save')}
                    </button>
                    <button type="button" className="button button--quiet button--small" onClick={() => setNoting(null)}>
                      {t('common:cancel')}
                    </button>
                  </div>
                </form>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    setNoting(a.id);
                    setNote('');
                  }}
                >
                  {t('workspace:alerts.acknowledge')}
                  <span className="visually-hidden"> {t('workspace:alerts.which', { name: a.clientName, when: formatWhen(a.createdAt) })}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <button type="button" className="button button--quiet button--small" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
          {showHistory ? t('workspace:alerts.hideHistory') : t('workspace:alerts.showHistory')}
        </button>
      </div>
      {showHistory ? <AlertHistory key={historyKey} clientId={clientId} /> : null}
      <p className="fine-print">{t('workspace:alerts.fine')}</p>
    </section>
  );
}

/** Acknowledged alerts with who acknowledged when and the note written then (audited when opened). */
function AlertHistory({ clientId }: { clientId?: string }) {
  const { t } = useT();
  const done = useLoad(async () => (await workspaceApi.alerts(true)).filter((a) => a.acknowledgedAt && (!clientId || a.clientId === clientId)), [clientId]);
  if (done.loading && !done.data) return <Loading label={t('workspace:alerts.historyLoading')} />;
  if (done.error) return <Notice tone="error">{done.error}</Notice>;
  const items = done.data ?? [];
  if (items.length === 0) return <p className="muted">{t('workspace:alerts.historyNone')}</p>;
  return (
    <ul className="ws-alert-list ws-alert-history" aria-label={t('workspace:alerts.history')}>
      {items.map((a) => (
        <li key={a.id} className="ws-alert ws-alert--done">
          <div className="ws-alert__head">
            <span className="tag">{a.level === 'urgent' ? t('workspace:alerts.urgent') : t('workspace:alerts.concern')}</span>
            <span className="ws-alert__client">{a.clientName}</span>
            <span className="muted">
              {t('workspace:alerts.historyLine', {
                raised: formatWhen(a.createdAt),
                source: sourceWord(a.source),
                acknowledged: formatWhen(a.acknowledgedAt!),
              })}
            </span>
          </div>
          <p className="ws-alert__note">{a.acknowledgedNote ? a.acknowledgedNote : <span className="muted">{t('workspace:alerts.noNote')}</span>}</p>
        </li>
      ))}
    </ul>
  );
}
