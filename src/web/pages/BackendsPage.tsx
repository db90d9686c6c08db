import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { AddServerForm } from '../model-servers/AddServerForm.tsx';
import { backendsApi } from '../model-servers/backends-api.ts';
import type { ModelServer } from '../model-servers/backends-api.ts';
import { ServerList } from '../model-servers/ServerList.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import '../model-servers/backends.css';

/** Settings → Model servers: the image servers (ComfyUI, AUTOMATIC1111/Forge, OpenAI-compatible) the studio may use. */
export function BackendsPage() {
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
      <PageHeading title="Model servers" lead="Image servers your practice runs or uses, besides Hearth’s built-in engine.">
        Model servers
      </PageHeading>
      <Notice tone="info">
        A client’s drawings and words go to one of these servers only when that client has agreed to external AI in their consent. Without it, their pictures
        are made by the built-in engine on this computer, and nothing leaves it.
      </Notice>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {note ? <Notice tone="success">{note}</Notice> : null}
      <section aria-labelledby="servers-title">
        <h2 id="servers-title">Configured servers</h2>
        {servers ? <ServerList servers={servers} onChanged={() => (setNote('The server was removed.'), void load())} /> : error ? null : <Loading />}
      </section>
      <section className="card card--soft">
        <AddServerForm
          canAddPracticeWide={canAddPracticeWide}
          onAdded={(s) => (setNote(`${s.label} was added. Use “Test connection” to check it is ready.`), void load())}
        />
      </section>
    </div>
  );
}
