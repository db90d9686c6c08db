import { data, http } from '../api/http.ts';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';

/** On a chart opened as a supervisor: says the record is read-only and whose care the client is in. */
export function SupervisionNotice({ clientId }: { clientId: string }) {
  const { me } = useSession();
  if (me.role !== 'therapist') return null;
  return <ForTherapist clientId={clientId} />;
}

function ForTherapist({ clientId }: { clientId: string }) {
  const { t } = useT();
  const access = useLoad(() => data(http.GET('/api/clients/{id}/access', { params: { path: { id: clientId } } })), [clientId]);
  if (access.data?.relation !== 'supervisor') return null;
  return <Notice tone="info">{t('practice:supervision.readOnly', { name: access.data.therapistName })}</Notice>;
}
