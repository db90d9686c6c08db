import { useT } from '../i18n.tsx';
import type { ConsentDocumentDto } from './consent-api.ts';

/** The consent document's text, paragraph by paragraph, in a scrollable, keyboard-reachable box. */
export function ConsentDocumentView({ doc }: { doc: ConsentDocumentDto }) {
  const { t } = useT();
  return (
    <div
      className="consent-doc"
      role="region"
      aria-label={t('consent:doc.label', { title: doc.title, version: doc.version })}
      tabIndex={0}
      lang={doc.locale ?? undefined}
    >
      {doc.body.split(/\n\s*\n/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p className="muted">{t('consent:doc.version', { version: doc.version })}</p>
    </div>
  );
}
