import { createAlertsController } from '@/lib/alerts';
import type { ChallengeService } from './challenge-service';
import { now } from './clock';
import { onSettingsChanged, readSettings } from './settings-service';

/**
 * The badge, alarms and notifications, fed from the challenge records. Returns `recompute` for the
 * challenge service to call on every change. Alarms and the badge are lost when the browser restarts
 * (and with --load-extension every launch is a fresh install), so they are rebuilt from the store each
 * time the worker starts, not only on runtime.onStartup.
 */
export function wireAlerts(getChallenges: () => ChallengeService): () => void {
  const alerts = createAlertsController({
    database: () => getChallenges().connection.get(),
    importedProtocols: () => getChallenges().importedProtocols(),
    now,
    settings: readSettings,
    clickTarget: '/dashboard.html',
    refreshSummaries: (_db, challengeIds, at) => getChallenges().refreshSummaries(challengeIds, at),
  });
  alerts.listen();
  onSettingsChanged(() => void alerts.recompute());
  // Deferred a turn so the challenge service this reads from exists by then.
  queueMicrotask(() => void alerts.recompute());
  return () => void alerts.recompute();
}
