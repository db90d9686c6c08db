import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { AddServerForm } from '../model-servers/AddServerForm.tsx';
import { backendsApi } from '../model-servers/backends-api.ts';
import type { ModelServer } from '../model-servers/backends-api.ts';
import { ServerList } from '../model-servers/ServerList.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import '../model-servers/backends.css';
import { useT } from '../i18n.tsx';

/** Settings → Model servers: the image servers (ComfyUI, AUTOMATIC1111/Forge, OpenAI-compatible) the studio may use. */
export function BackendsPage() {
  const { t } = useT();
  const [servers, setServers] = useState<ModelServer[] | null>(null);
  const [canAddPracticeWide, setCanAddPracticeWide] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await backendsApi.list();
      setServers(list.backends);
      setCanAddPracticeWide(list.canAddPracticeWide);
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="stack">
      <PageHeading title={t('pages:shell.modelServers')} lead={t('pages:backends.lead')}>
        {t('pages:shell.modelServers')}
      </PageHeading>
      <Notice tone="info">{t('pages:backends.consentNote')}</Notice>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {note ? <Notice tone="success">{note}</Notice> : null}
      <section aria-labelledby="servers-title">
        <h2 id="servers-title">{t('pages:backends.configured')}</h2>
        {servers ? <ServerList servers={servers} onChanged={() => (setNote(t('pages:backends.removed')), void load())} /> : error ? null : <Loading />}
      </section>
      <section className="card card--soft">
        <AddServerForm canAddPracticeWide={canAddPracticeWide} onAdded={(s) => (setNote(t('pages:backends.added', { label: s.label })), void load())} />
      </section>
    </div>
  );
}
