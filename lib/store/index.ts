/**
 * The extension's storage (browser-facing): IndexedDB through idb, opened only by the background
 * service worker. Challenges are append-only event histories with one summary row each; see
 * database.ts for the schema, migrations.ts for its history, docs/backup-format.md for the backup file.
 */
export {
  createChallengeDatabaseConnection,
  DB_VERSION,
  DEFAULT_DATABASE_NAME,
  openChallengeDatabase,
  type ChallengeDatabase,
  type ChallengeDatabaseConnection,
  type ChallengeDatabaseSchema,
  type MetaRecord,
  type OpenOptions,
} from './database';
export { MIGRATIONS, type Migration } from './migrations';
export {
  appendEvents,
  getChallengeEvents,
  getSummary,
  rebuildSummaries,
  type RebuildReport,
} from './challenge-repository';
export {
  countByStatus,
  listChallenges,
  listChallengesQuerySchema,
  type ChallengePage,
  type ListChallengesQuery,
} from './challenge-listing';
export {
  badgeCounts,
  challengeIdsToRefresh,
  countAlerts,
  countOpenDueSoon,
  countOpenOverdue,
  countPartnershipUntold,
  listAlertCandidates,
  type AlertCounts,
} from './alert-counts';
export { loadAlertTally } from './alert-tally';
export { firstOpenDueAfter, listOpenDueBy, listOpenWithDeadlines } from './deadline-reads';
export { deleteChallenges } from './purge';
export { deleteMeta, getMeta, listMetaKeys, putMeta, type JsonValue } from './meta-repository';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseBackup,
  parseBackupText,
  type BackupFile,
  type BackupParseResult,
  type ValidatedBackup,
} from './backup-format';
export {
  exportBackup,
  importBackup,
  importBackupText,
  wipeAll,
  type ImportMode,
  type ImportOptions,
  type ImportReport,
} from './backup';
export {
  IMPORTED_PROTOCOLS_KEY,
  resolveBackupProtocols,
  type BackupProtocolsResult,
  type InstalledProtocols,
} from './backup-protocols';
export { removeImportedProtocol, type ProtocolRemovalContext } from './protocol-removal';
export {
  createChallengeStoreDeps,
  type ChallengeDeps,
  type ChallengeDepsContext,
} from './challenge-store-deps';
export type { ChallengeStatus, ChallengeStoreDeps, StoredEvent, StoredSummary } from './store-deps';
export {
  CONFLICT_MESSAGE,
  QUOTA_MESSAGE,
  type Result,
  type StoreError,
  type StoreErrorKind,
} from './store-result';
