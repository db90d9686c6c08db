import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.tsx';
import { LOCALE_NAMES } from '../../domain/i18n/index.ts';
import type { ConsentDocumentDto, ConsentStateDto } from './consent-api.ts';

/** Every signature and withdrawal, newest first, in plain words. */
export function ConsentHistory({ state, doc }: { state: ConsentStateDto; doc: ConsentDocumentDto }) {
  const { t } = useT();
  const title = (id: string) => doc.scopes.find((s) => s.id === id)?.title ?? id;
  const list = (ids: readonly string[]) => (ids.length ? ids.map(title).join('; ') : t('consent:history.nothing'));
  if (state.history.length === 0) return <p className="muted">{t('consent:history.none')}</p>;
  return (
    <ol className="consent-history" reversed>
      {[...state.history].reverse().map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{formatDateTime(e.at)}</time>:{' '}
          {e.kind === 'sign'
            ? t('consent:history.signed', {
                version: e.documentVersion,
                withLanguage: e.documentLocale ? 'yes' : 'no',
                language: e.documentLocale ? LOCALE_NAMES[e.documentLocale] : '',
                withSignature: e.signature ? 'yes' : 'no',
                signature: e.signature ?? '',
                scopes: list(e.scopes),
              })
            : t('consent:history.withdrew', { scopes: list(e.scopes) })}
        </li>
      ))}
    </ol>
  );
}
