/**
 * Opens everything persistent: the database (PGlite in `<data>/db`, or PostgreSQL when a URL is
 * given), the blob store (`<data>/blobs`) and the repositories — after taking the data folder's
 * exclusive lock when the embedded database is used.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AccountSecurityRepository } from './account-security.repository.ts';
import { ArtworksRepository } from './artworks.repository.ts';
import { appendCheckpoint, checkpointPaths, CheckpointError, readCheckpoints, signCheckpoint } from './audit-checkpoints.ts';
import type { AuditCheckpoint } from './audit-checkpoints.ts';
import { APPEND_MARK, AuditRepository } from './audit.repository.ts';
import type { AuditVerifyResult } from './audit.repository.ts';
import { BackendsRepository } from './backends.repository.ts';
import { AuthSessionsRepository } from './auth-sessions.repository.ts';
import { FsBlobStore, MemoryBlobStore } from './blob-store.ts';
import { S3BlobStore, s3ConfigFromEnv } from './s3-blob-store.ts';
import type { S3Config } from './s3-blob-store.ts';
import { GroupsRepository } from './groups.repository.ts';
import { HomeworkRepository } from './homework.repository.ts';
import type { BlobStore } from './blob-store.ts';
import { ClientsRepository } from './clients.repository.ts';
import { ClinicalRepository } from './clinical.repository.ts';
import { ConsentsRepository } from './consents.repository.ts';
import { KeyRing } from './crypto/key-ring.ts';
import { loadMasterKey } from './crypto/master-key.ts';
import { LoginThrottleRepository } from './login-throttle.repository.ts';
import { ClientFiles, ClientVault } from './crypto/vault.ts';
import { acquireDataLock } from './data-lock.ts';
import type { DataLock } from './data-lock.ts';
import { openPglite, openPostgres } from './db.ts';
import type { Db } from './db.ts';
import { InvitesRepository } from './invites.repository.ts';
import { migrate } from './migrate.ts';
import { MusicRepository } from './music.repository.ts';
import { NotesRepository } from './notes.repository.ts';
import { PlansRepository } from './plans.repository.ts';
import { SeriesRepository } from './series.repository.ts';
import { SupportsRepository } from './supports.repository.ts';
import { PracticeRepository } from './practice.repository.ts';
import { RemindersRepository } from './reminders.repository.ts';
import { SettingsRepository } from './settings.repository.ts';
import { TherapySessionsRepository } from './therapy-sessions.repository.ts';
import { UsersRepository } from './users.repository.ts';
import { WorkspaceRepository } from './workspace.repository.ts';
import { purgeDeleted } from './purge.ts';
import { watchWrites } from './db-watch.ts';
import { listenForChanges } from './change-listener.ts';
import { Principals } from './principals.ts';
import type { PurgeReport } from './purge.ts';

export type Clock = () => Date;

export interface Store {
  readonly db: Db;
  /** Raw blob store. Client content goes through `files`, which seals it. */
  readonly blobs: BlobStore;
  /** Client files, sealed with each client's own data key. */
  readonly files: ClientFiles;
  /** Per-client data keys wrapped by the master key (envelope encryption, crypto-shredding). */
  readonly vault: ClientVault;
  /** Store-wide keys wrapped by the master key: email lookup, identity sealing, audit chain and checkpoint signing. */
  readonly keys: KeyRing;
  readonly dataDir: string | null;
  readonly users: UsersRepository;
  readonly authSessions: AuthSessionsRepository;
  readonly clients: ClientsRepository;
  readonly invites: InvitesRepository;
  readonly therapySessions: TherapySessionsRepository;
  readonly reminders: RemindersRepository;
  readonly artworks: ArtworksRepository;
  readonly clinical: ClinicalRepository;
  readonly homework: HomeworkRepository;
  readonly music: MusicRepository;
  readonly notes: NotesRepository;
  readonly plans: PlansRepository;
  /** Series (storybooks) of works, artwork tags (self-portraits) and series attached to notes. */
  readonly series: SeriesRepository;
  /** Visual supports (social stories, schedules, emotion cards) and schedule ticks. */
  readonly supports: SupportsRepository;
  /** Therapists' own directives, PHQ-9/GAD-7 schedules, directives planned for a session. */
  readonly workspace: WorkspaceRepository;
  /** Consent documents and each client's append-only consent log. */
  readonly consents: ConsentsRepository;
  readonly audit: AuditRepository;
  readonly settings: SettingsRepository;
  /** Who each session cookie belongs to, cached for a few seconds and dropped on any change (principals.ts). */
  readonly principals: Principals;
  /** TOTP secrets (sealed with the master key), recovery codes, pending logins, password changes. */
  readonly accountSecurity: AccountSecurityRepository;
  /** Configured model servers (credentials sealed with the master key). */
  readonly backends: BackendsRepository;
  /** Failed sign-ins per account and per address (keys are HMACs, never emails or addresses). */
  readonly loginThrottle: LoginThrottleRepository;
  /** Groups, group sessions, the shared canvases and group works (038). */
  readonly groups: GroupsRepository;
  /** The practice's owner, staff invites, supervision and transfers of care (035). */
  readonly practice: PracticeRepository;
  /**
   * Signs the audit chain's head and appends the checkpoint to the checkpoint file(s). With
   * `onlyIfChanged`, skips when the head is the one this store last checkpointed. Returns what it
   * wrote, or null (empty log, nowhere to write, or unchanged).
   */
  checkpointAudit(opts?: { onlyIfChanged?: boolean }): Promise<AuditCheckpoint | null>;
  /** Verifies the audit chain against every signed checkpoint in the checkpoint files (and `extraPaths`). */
  verifyAudit(extraPaths?: readonly string[]): Promise<AuditVerifyResult & { files: string[] }>;
  /**
   * Physically removes deleted rows: rewrites the tables (VACUUM FULL) and, on the embedded
   * database, retires the write-ahead log that still held them (erasure; legacy conversion).
   */
  purgeDeleted(): Promise<PurgeReport>;
  /** Closes the database (after a checkpoint when this process appended audit entries) and frees the data folder. */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Data folder; undefined → in-memory database and blobs (tests). */
  dataDir?: string;
  /** PostgreSQL URL; when set the embedded database is not used. */
  databaseUrl?: string;
  /** What is opening the store, shown to a second process that finds the folder locked. */
  command?: string;
  clock?: Clock;
  /** Files in S3-compatible storage instead of `<data>/blobs`; undefined → HEARTH_S3_* variables (with a data folder), null → never. */
  s3?: S3Config | null;
  /** In-memory only: start from this PGlite dump (tests pass one migrated database made once per run). */
  pgliteTemplate?: Blob;
}

export function storeFromDb(
  rawDb: Db,
  blobs: BlobStore,
  clock: Clock,
  dataDir: string | null,
  master: Uint8Array,
  onClose: () => Promise<void>,
  opts: { databaseUrl?: string } = {},
): Store {
  // Caches of rows (principals, settings, the audit head) are dropped the moment those rows change.
  const watch = watchWrites(rawDb);
  const db = watch.db;
  const vault = new ClientVault(db, master, clock);
  const keys = new KeyRing(db, master, clock);
  const audit = new AuditRepository(db, clock, keys);
  const users = new UsersRepository(db, keys);
  const settings = new SettingsRepository(db);
  const principals = new Principals(db, users);
  const clients = new ClientsRepository(db, vault);
  watch.listen((table, sql) => {
    const all = table === '*';
    if ((all || table === 'audit_log') && !sql.startsWith(APPEND_MARK)) audit.forgetHead();
    if (all || table === 'clients' || table === 'artworks' || table === 'client_keys') clients.forget();
    if (all || table === 'users' || table === 'auth_sessions' || table === 'clients' || table === 'settings') {
      principals.invalidate();
      settings.forget();
    }
  });
  // Other nodes and processes on PostgreSQL: their writes arrive as notifications (migration 032).
  const changes = opts.databaseUrl
    ? listenForChanges(opts.databaseUrl, {
        changed: (table) => watch.notify(table, ''),
        connected: (up) => {
          principals.setEnabled(up);
          settings.setCaching(up);
          clients.setCaching(up);
        },
      })
    : null;
  let lastCheckpointSeq = 0;
  const checkpointAudit: Store['checkpointAudit'] = async (opts = {}) => {
    const paths = checkpointPaths(dataDir);
    const head = await audit.head();
    if (paths.length === 0 || !head || (opts.onlyIfChanged && head.seq === lastCheckpointSeq)) return null;
    const c = signCheckpoint(await keys.signingKey(), head, clock());
    appendCheckpoint(paths, c);
    lastCheckpointSeq = head.seq;
    return c;
  };
  return {
    db,
    blobs,
    files: new ClientFiles(blobs, vault),
    vault,
    keys,
    dataDir,
    users,
    authSessions: new AuthSessionsRepository(db),
    clients,
    invites: new InvitesRepository(db),
    therapySessions: new TherapySessionsRepository(db, vault),
    reminders: new RemindersRepository(db),
    artworks: new ArtworksRepository(db, vault),
    clinical: new ClinicalRepository(db, vault),
    homework: new HomeworkRepository(db, vault),
    music: new MusicRepository(db, vault),
    notes: new NotesRepository(db, vault),
    plans: new PlansRepository(db, vault),
    series: new SeriesRepository(db, vault),
    supports: new SupportsRepository(db, vault),
    workspace: new WorkspaceRepository(db, vault, keys),
    consents: new ConsentsRepository(db, vault),
    audit,
    settings,
    principals,
    accountSecurity: new AccountSecurityRepository(db, master),
    backends: new BackendsRepository(db, master),
    loginThrottle: new LoginThrottleRepository(db, master),
    groups: new GroupsRepository(db, vault, keys),
    practice: new PracticeRepository(db, keys),
    checkpointAudit,
    async verifyAudit(extraPaths = []) {
      const paths = [...checkpointPaths(dataDir), ...extraPaths];
      try {
        const present = paths.filter((p) => existsSync(p));
        const { checkpoints, files } = readCheckpoints(present, present.length > 0 ? await keys.signingKey() : null);
        return { ...(await audit.verify(checkpoints)), files };
      } catch (e) {
        if (e instanceof CheckpointError) return { ok: false, seq: 0, reason: e.message, files: paths };
        throw e;
      }
    },
    purgeDeleted: () => purgeDeleted(db),
    async close() {
      try {
        if (audit.appended > 0) await checkpointAudit({ onlyIfChanged: true });
      } finally {
        await changes?.close();
        await onClose();
      }
    },
  };
}

/**
 * Brings rows an older version wrote up to date (a no-op once done): seals client words and
 * account identities that were plain, and re-chains an audit log that was not keyed. When
 * anything was converted, the plain row versions are removed from disk and a checkpoint is
 * written.
 */
async function sealLegacyWords(store: Store): Promise<Store> {
  let sealed = 0;
  sealed += await store.clients.sealLegacy();
  sealed += await store.artworks.sealLegacy();
  sealed += await store.therapySessions.sealLegacy();
  sealed += await store.clinical.sealLegacy();
  sealed += await store.homework.sealLegacy();
  sealed += await store.workspace.sealLegacy();
  sealed += await store.users.sealLegacy();
  const upgradedAt = await store.audit.upgradeChain();
  if (sealed > 0) await store.purgeDeleted();
  if (upgradedAt !== null) await store.checkpointAudit();
  return store;
}

export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const clock = opts.clock ?? (() => new Date());
  if (!opts.dataDir) {
    const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(undefined, opts.pgliteTemplate);
    await migrate(db);
    return sealLegacyWords(
      storeFromDb(db, opts.s3 ? new S3BlobStore(opts.s3) : new MemoryBlobStore(), clock, null, loadMasterKey(null), () => db.close(), {
        databaseUrl: opts.databaseUrl,
      }),
    );
  }
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  let lock: DataLock | undefined;
  if (!opts.databaseUrl) lock = acquireDataLock(dataDir, opts.command ?? 'hearth');
  try {
    const master = loadMasterKey(dataDir);
    const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(join(dataDir, 'db'));
    await migrate(db);
    const s3 = opts.s3 === undefined ? s3ConfigFromEnv(process.env) : opts.s3;
    const blobs = s3 ? new S3BlobStore(s3) : new FsBlobStore(join(dataDir, 'blobs'));
    return await sealLegacyWords(
      storeFromDb(
        db,
        blobs,
        clock,
        dataDir,
        master,
        async () => {
          try {
            await db.close();
          } finally {
            lock?.release();
          }
        },
        { databaseUrl: opts.databaseUrl },
      ),
    );
  } catch (e) {
    lock?.release();
    throw e;
  }
}
