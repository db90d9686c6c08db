import { randomUUID } from 'node:crypto';
import { CONSENT_SCOPES, DEFAULT_CONSENT_DOCUMENT, DEFAULT_CONSENT_DOCUMENTS, isConsentScope } from '../domain/consent.ts';
import type { Locale } from '../domain/i18n/locales.ts';
import type { ConsentDocument, ConsentScope } from '../domain/consent.ts';
import type { ClientVault } from './crypto/vault.ts';
import type { Db } from './db.ts';

export interface ConsentDocumentRecord extends ConsentDocument {
  /** Null for the built-in default (never published by anyone). */
  publishedBy: string | null;
  publishedAt: Date | null;
  /** The language of the text: one of ours for the built-in default, null for a clinic's own document. */
  locale: Locale | null;
}

/** One row of a client's consent history: a signature or a withdrawal. */
export interface ConsentEventRecord {
  id: string;
  clientId: string;
  kind: 'sign' | 'withdraw';
  documentVersion: string;
  /** The language of the text that was signed (null: a clinic's document, or before 040). */
  documentLocale: Locale | null;
  scopes: ConsentScope[];
  /** The typed full name (signatures only), opened from its sealed form. */
  signature: string | null;
  actorId: string | null;
  at: Date;
}

/** What the client has agreed to under the current document version. */
export interface CurrentConsent {
  documentVersion: string;
  scopes: ConsentScope[];
  signedAt: Date;
}

interface DocumentRow {
  version: string;
  title: string;
  body: string;
  published_by: string | null;
  published_at: Date;
}

interface EventRow {
  id: string;
  kind: 'sign' | 'withdraw';
  document_version: string;
  document_locale: Locale | null;
  scopes: string[];
  signature_sealed: string | null;
  actor_id: string | null;
  at: Date;
}

const order = (scopes: readonly string[]): ConsentScope[] => CONSENT_SCOPES.filter((s) => scopes.includes(s));

/**
 * Consent documents and each client's consent log. The log is append-only: signing and
 * withdrawing add rows, and what is granted now is derived from them, so the history of who
 * agreed to what, when, stays complete.
 */
export class ConsentsRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
  ) {}

  /** The document clients sign now: the latest published version, else the built-in default (in `locale`). */
  async currentDocument(locale: Locale = 'en'): Promise<ConsentDocumentRecord> {
    const rows = await this.db.query<DocumentRow>('SELECT * FROM consent_documents ORDER BY seq DESC LIMIT 1');
    const r = rows[0];
    if (!r) return { ...DEFAULT_CONSENT_DOCUMENTS[locale], publishedBy: null, publishedAt: null, locale };
    return { version: r.version, title: r.title, body: r.body, publishedBy: r.published_by, publishedAt: new Date(r.published_at), locale: null };
  }

  /** Whether a version label was ever in use (the default counts), so it cannot be published again. */
  async versionExists(version: string): Promise<boolean> {
    if (version === DEFAULT_CONSENT_DOCUMENT.version) return true;
    return (await this.db.query('SELECT 1 FROM consent_documents WHERE version = $1', [version])).length > 0;
  }

  async publish(doc: ConsentDocument, by: string, at: Date): Promise<ConsentDocumentRecord> {
    await this.db.query('INSERT INTO consent_documents (version, title, body, published_by, published_at) VALUES ($1,$2,$3,$4,$5)', [
      doc.version,
      doc.title,
      doc.body,
      by,
      at,
    ]);
    return { ...doc, publishedBy: by, publishedAt: at, locale: null };
  }

  /** Records a signature of `documentVersion` (read in `documentLocale`) granting exactly `scopes`. */
  async sign(
    clientId: string,
    documentVersion: string,
    scopes: readonly ConsentScope[],
    signature: string,
    actorId: string,
    at: Date,
    documentLocale: Locale | null = null,
  ): Promise<ConsentEventRecord> {
    const id = randomUUID();
    const sealed = await this.vault.sealJson(clientId, `consent:${id}`, signature);
    await this.db.query(
      'INSERT INTO consent_records (id, client_id, kind, document_version, scopes, signature_sealed, actor_id, at, document_locale) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)',
      [id, clientId, 'sign', documentVersion, order(scopes), sealed, actorId, at, documentLocale],
    );
    return { id, clientId, kind: 'sign', documentVersion, documentLocale, scopes: order(scopes), signature, actorId, at };
  }

  /** Records the withdrawal of `scopes`; it applies from now on to every earlier signature. */
  async withdraw(clientId: string, documentVersion: string, scopes: readonly ConsentScope[], actorId: string, at: Date): Promise<ConsentEventRecord> {
    const id = randomUUID();
    await this.db.query('INSERT INTO consent_records (id, client_id, kind, document_version, scopes, actor_id, at) VALUES ($1,$2,$3,$4,$5,$6,$7)', [
      id,
      clientId,
      'withdraw',
      documentVersion,
      order(scopes),
      actorId,
      at,
    ]);
    return { id, clientId, kind: 'withdraw', documentVersion, documentLocale: null, scopes: order(scopes), signature: null, actorId, at };
  }

  /** The whole log, oldest first. */
  async history(clientId: string): Promise<ConsentEventRecord[]> {
    const rows = await this.db.query<EventRow>('SELECT * FROM consent_records WHERE client_id = $1 ORDER BY seq', [clientId]);
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        clientId,
        kind: r.kind,
        documentVersion: r.document_version,
        documentLocale: r.document_locale ?? null,
        scopes: order(r.scopes.filter(isConsentScope)),
        signature: r.signature_sealed ? await this.vault.openJson<string>(clientId, `consent:${r.id}`, r.signature_sealed) : null,
        actorId: r.actor_id,
        at: new Date(r.at),
      })),
    );
  }

  /**
   * What is granted now: the latest signature of the current document version, less every scope
   * withdrawn after it. Undefined when the client has not signed the current version.
   */
  async current(clientId: string): Promise<CurrentConsent | undefined> {
    const { version } = await this.currentDocument();
    const rows = await this.db.query<{ seq: string; scopes: string[]; at: Date }>(
      `SELECT seq::text AS seq, scopes, at FROM consent_records WHERE client_id = $1 AND kind = 'sign' AND document_version = $2 ORDER BY seq DESC LIMIT 1`,
      [clientId, version],
    );
    const signed = rows[0];
    if (!signed) return undefined;
    const withdrawn = await this.db.query<{ scopes: string[] }>(
      `SELECT scopes FROM consent_records WHERE client_id = $1 AND kind = 'withdraw' AND seq > $2::bigint`,
      [clientId, signed.seq],
    );
    const gone = new Set(withdrawn.flatMap((w) => w.scopes));
    return { documentVersion: version, scopes: order(signed.scopes.filter((s) => !gone.has(s))), signedAt: new Date(signed.at) };
  }

  /** True only if the client's current-version signature grants `scope` and it was not withdrawn since. */
  async has(clientId: string, scope: ConsentScope): Promise<boolean> {
    return (await this.current(clientId))?.scopes.includes(scope) ?? false;
  }
}
