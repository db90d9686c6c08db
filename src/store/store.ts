/**
 * Opens everything persistent: the database (PGlite in `<data>/db`, or PostgreSQL when a URL is
 * given), the blob store (`<data>/blobs`) and the repositories — after taking the data folder's
 * exclusive lock when the embedded database is used.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AccountSecurityRepository } from './account-security.repository.ts';
import { ArtworksRepository } from './artworks.repository.ts';
import { AuditRepository } from './audit.repository.ts';
import { BackendsRepository } from './backends.repository.ts';
import { AuthSessionsRepository } from './auth-sessions.repository.ts';
import { FsBlobStore, MemoryBlobStore } from './blob-store.ts';
import { S3BlobStore, s3ConfigFromEnv } from './s3-blob-store.ts';
import type { S3Config } from './s3-blob-store.ts';
import { HomeworkRepository } from './homework.repository.ts';
import type { BlobStore } from './blob-store.ts';
import { ClientsRepository } from './clients.repository.ts';
import { ClinicalRepository } from './clinical.repository.ts';
import { ConsentsRepository } from './consents.repository.ts';
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
import { SettingsRepository } from './settings.repository.ts';
import { TherapySessionsRepository } from './therapy-sessions.repository.ts';
import { UsersRepository } from './users.repository.ts';
import { WorkspaceRepository } from './workspace.repository.ts';

export type Clock = () => Date;

export interface Store {
  readonly db: Db;
  /** Raw blob store. Client content goes through `files`, which seals it. */
  readonly blobs: BlobStore;
  /** Client files, sealed with each client's own data key. */
  readonly files: ClientFiles;
  /** Per-client data keys wrapped by the master key (envelope encryption, crypto-shredding). */
  readonly vault: ClientVault;
  readonly dataDir: string | null;
  readonly users: UsersRepository;
  readonly authSessions: AuthSessionsRepository;
  readonly clients: ClientsRepository;
  readonly invites: InvitesRepository;
  readonly therapySessions: TherapySessionsRepository;
  readonly artworks: ArtworksRepository;
  readonly clinical: ClinicalRepository;
  readonly homework: HomeworkRepository;
  readonly music: MusicRepository;
  readonly notes: NotesRepository;
  readonly plans: PlansRepository;
  /** Therapists' own directives, PHQ-9/GAD-7 schedules, directives planned for a session. */
  readonly workspace: WorkspaceRepository;
  /** Consent documents and each client's append-only consent log. */
  readonly consents: ConsentsRepository;
  readonly audit: AuditRepository;
  readonly settings: SettingsRepository;
  /** TOTP secrets (sealed with the master key), recovery codes, pending logins, password changes. */
  readonly accountSecurity: AccountSecurityRepository;
  /** Configured model servers (credentials sealed with the master key). */
  readonly backends: BackendsRepository;
  /** Failed sign-ins per account and per address (keys are HMACs, never emails or addresses). */
  readonly loginThrottle: LoginThrottleRepository;
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
}

export function storeFromDb(db: Db, blobs: BlobStore, clock: Clock, dataDir: string | null, master: Uint8Array, onClose: () => Promise<void>): Store {
  const vault = new ClientVault(db, master, clock);
  return {
    db,
    blobs,
    files: new ClientFiles(blobs, vault),
    vault,
    dataDir,
    users: new UsersRepository(db),
    authSessions: new AuthSessionsRepository(db),
    clients: new ClientsRepository(db, vault),
    invites: new InvitesRepository(db),
    therapySessions: new TherapySessionsRepository(db, vault),
    artworks: new ArtworksRepository(db, vault),
    clinical: new ClinicalRepository(db, vault),
    homework: new HomeworkRepository(db, vault),
    music: new MusicRepository(db, vault),
    notes: new NotesRepository(db, vault),
    plans: new PlansRepository(db, vault),
    workspace: new WorkspaceRepository(db),
    consents: new ConsentsRepository(db, vault),
    audit: new AuditRepository(db, clock),
    settings: new SettingsRepository(db),
    accountSecurity: new AccountSecurityRepository(db, master),
    backends: new BackendsRepository(db, master),
    loginThrottle: new LoginThrottleRepository(db, master),
    close: onClose,
  };
}

/** Seals client words that an older version stored plain (a no-op once done). */
async function sealLegacyWords(store: Store): Promise<Store> {
  await store.clients.sealLegacy();
  await store.artworks.sealLegacy();
  await store.therapySessions.sealLegacy();
  return store;
}

export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const clock = opts.clock ?? (() => new Date());
  if (!opts.dataDir) {
    const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite();
    await migrate(db);
    return sealLegacyWords(storeFromDb(db, opts.s3 ? new S3BlobStore(opts.s3) : new MemoryBlobStore(), clock, null, loadMasterKey(null), () => db.close()));
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
      storeFromDb(db, blobs, clock, dataDir, master, async () => {
        try {
          await db.close();
        } finally {
          lock?.release();
        }
      }),
    );
  } catch (e) {
    lock?.release();
    throw e;
  }
}
