// @ts-check
/**
 * Snapshot policies, the parts the server, the mock cloud and the browser share: the wire format,
 * schedules, retention, snapshot names, targets and the resumable run executor. Plain ES modules
 * with no Node built-ins and no React, so Node runs them without a build and Vite bundles them.
 */
export * from './schema.mjs';
export * from './port.mjs';
export { CronError, cronProblem, parseCron } from './cron.mjs';
export { dueSlot, nextRun, nextRuns, policyNextRunAt } from './schedule.mjs';
export { isValidTimeZone, wallTimeToInstant, zonedParts } from './zoned-time.mjs';
export { retentionVictims } from './retention.mjs';
export { namePatternProblem, snapshotName } from './names.mjs';
export { missingTargetIds, policyCoversServer, policyTargets } from './targets.mjs';
export { advanceRun, advanceRunWhileMoving, startRun, summarizeRun } from './run.mjs';
