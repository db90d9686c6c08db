import { formatDateTime } from '../format.ts';
import type { ConsentDocumentDto, ConsentStateDto } from './consent-api.ts';

/** Every signature and withdrawal, newest first, in plain words. */
export function ConsentHistory({ state, doc }: { state: ConsentStateDto; doc: ConsentDocumentDto }) {
  const title = (id: string) => doc.scopes.find((s) => s.id === id)?.title ?? id;
  const list = (ids: readonly string[]) => (ids.length ? ids.map(title).join('; ') : 'nothing');
  if (state.history.length === 0) return <p className="muted">Nothing has been signed yet.</p>;
  return (
    <ol className="consent-history" reversed>
      {[...state.history].reverse().map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{formatDateTime(e.at)}</time>:{' '}
          {e.kind === 'sign' ? (
            <>
              signed version {e.documentVersion}
              {e.signature ? ` as “${e.signature}”` : ''}, agreeing to {list(e.scopes)}.
            </>
          ) : (
            <>withdrew {list(e.scopes)}.</>
          )}
        </li>
      ))}
    </ol>
  );
}
