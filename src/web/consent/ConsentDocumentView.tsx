import type { ConsentDocumentDto } from './consent-api.ts';

/** The consent document's text, paragraph by paragraph, in a scrollable, keyboard-reachable box. */
export function ConsentDocumentView({ doc }: { doc: ConsentDocumentDto }) {
  return (
    <div className="consent-doc" role="region" aria-label={`${doc.title} (version ${doc.version})`} tabIndex={0}>
      {doc.body.split(/\n\s*\n/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p className="muted">Version {doc.version}</p>
    </div>
  );
}
