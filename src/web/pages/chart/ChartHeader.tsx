import { api } from '../../api/client.ts';
import type { Client, TherapySession } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n.tsx';
import { useLoad } from '../../use-load.ts';
import { initials } from '../CaseloadPage.tsx';

/** Who this is, at a glance: name, pronouns, joined or not, the next session; one line on a wide screen. */
export function ChartHeader({ client: c, headingLevel }: { client: Client; headingLevel: 'h1' | 'p' }) {
  const { t, locale } = useT();
  const sessions = useLoad(() => api.sessions(c.id), [c.id]);
  const next = nextOf(sessions.data ?? []);
  const when = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const facts = (
    <span className="chart-head__facts">
      {c.pronouns ? <span>{c.pronouns}</span> : null}
      <span className={`tag ${c.hasAccount ? 'tag--ok' : 'tag--waiting'}`}>{t(c.hasAccount ? 'daily:chart.joined' : 'daily:chart.notJoined')}</span>
      {c.status === 'archived' ? <span className="tag tag--muted">{t('daily:chart.archived')}</span> : null}
      <span>
        {next
          ? t(next.status === 'in_progress' ? 'daily:chart.now' : 'daily:chart.next', { when: when.format(new Date(next.scheduledAt)) })
          : t('daily:chart.noNext')}
      </span>
    </span>
  );
  return (
    <div className="chart-head">
      <span className="avatar avatar--large" aria-hidden="true">
        {initials(c.displayName)}
      </span>
      <div className="chart-head__text">
        {headingLevel === 'h1' ? (
          <PageHeading title={c.displayName} lead={facts}>
            {c.displayName}
          </PageHeading>
        ) : (
          <div className="page-heading">
            <p className="chart-head__name">{c.displayName}</p>
            <p className="lead">{facts}</p>
          </div>
        )}
      </div>
      <div className="chart-head__actions">
        <Link to={`/clients/${c.id}/live`} className="button button--secondary button--small">
          {t('daily:chart.watchLive')}
        </Link>
      </div>
    </div>
  );
}

function nextOf(list: TherapySession[]): TherapySession | undefined {
  const live = list.find((s) => s.status === 'in_progress');
  if (live) return live;
  const now = Date.now();
  return list.filter((s) => s.status === 'scheduled' && Date.parse(s.scheduledAt) >= now).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
}
