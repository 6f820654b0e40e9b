// @ts-check
/**
 * The wire format of snapshot policies and their runs, stated once: the gateway's API
 * (server/policies), the mock cloud's copy of it and the browser client all parse with these.
 * Times are ISO 8601 strings on the wire.
 */
import { z } from 'zod';
import { cronProblem } from './cron.mjs';
import { namePatternProblem } from './names.mjs';
import { isValidTimeZone } from './zoned-time.mjs';

/** Image properties every snapshot a policy makes carries (Glance custom properties, strings). */
export const POLICY_ID_PROPERTY = 'dashboard_policy_id';
export const POLICY_NAME_PROPERTY = 'dashboard_policy_name';
export const POLICY_RUN_PROPERTY = 'dashboard_policy_run';
/** The instance the snapshot is of: Nova sets no instance_uuid on a volume-backed server's snapshot. */
export const POLICY_INSTANCE_PROPERTY = 'dashboard_policy_instance';

export const DEFAULT_NAME_PATTERN = '{instance}-{policy}-{YYYYMMDD-HHmm}';

const isoTime = z.iso.datetime({ offset: true });
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the 24-hour HH:MM form.');

export const intervalScheduleSchema = z.object({
  kind: z.literal('interval'),
  /** At least one minute; the UI offers hours, the demo and the cloud test use minutes. */
  minutes: z.int().min(1).max(60 * 24 * 366),
});
export const dailyScheduleSchema = z.object({ kind: z.literal('daily'), time: wallTime });
export const weeklyScheduleSchema = z.object({
  kind: z.literal('weekly'),
  /** 0 = Sunday … 6 = Saturday, each at most once. */
  days: z
    .array(z.int().min(0).max(6))
    .min(1, 'Choose at least one day.')
    .refine((days) => new Set(days).size === days.length, 'A day is listed twice.'),
  time: wallTime,
});
export const cronScheduleSchema = z.object({
  kind: z.literal('cron'),
  expression: z.string().trim().superRefine((expression, context) => {
    const problem = cronProblem(expression);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});
export const scheduleSchema = z.discriminatedUnion('kind', [
  intervalScheduleSchema,
  dailyScheduleSchema,
  weeklyScheduleSchema,
  cronScheduleSchema,
]);

export const policyTargetsSchema = z
  .object({
    instanceIds: z.array(z.string().min(1)),
    /** Every instance whose Nova metadata has this key with this value, e.g. backup=daily. */
    metadata: z.object({ key: z.string().trim().min(1).max(255), value: z.string().max(255) }).nullable(),
  })
  .refine((targets) => targets.instanceIds.length > 0 || targets.metadata !== null, {
    message: 'Choose instances or a metadata key and value.',
  });

export const retentionSchema = z
  .object({
    /** Keep the newest N active snapshots of each instance. */
    keepLast: z.int().min(1).max(1000).nullable(),
    /** Keep the snapshots younger than D days. With both set, a snapshot either rule keeps is kept. */
    maxAgeDays: z.int().min(1).max(3650).nullable(),
  })
  .refine((retention) => retention.keepLast !== null || retention.maxAgeDays !== null, {
    message: 'Keep the last N snapshots, those younger than D days, or both.',
  });

export const consistencySchema = z.enum(['live', 'shutoff']);

const policyInputShape = {
  name: z.string().trim().min(1).max(64),
  enabled: z.boolean(),
  targets: policyTargetsSchema,
  schedule: scheduleSchema,
  /** IANA time zone the schedule's wall times are in, e.g. Europe/Warsaw. */
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone.'),
  retention: retentionSchema,
  consistency: consistencySchema,
  namePattern: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .superRefine((pattern, context) => {
      const problem = namePatternProblem(pattern);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .default(DEFAULT_NAME_PATTERN),
  /** When the application credential the policy acts with expires; null = never. */
  credentialExpiresAt: isoTime.nullable().default(null),
};

/** The body of POST /api/v1/policies and PUT /api/v1/policies/:id. */
export const policyInputSchema = z.object(policyInputShape);

export const runTriggerSchema = z.enum(['schedule', 'manual']);
export const runStateSchema = z.enum(['running', 'succeeded', 'partial', 'failed']);
export const runItemPhaseSchema = z.enum(['pending', 'stopping', 'snapshotting', 'waiting', 'starting', 'retention', 'done']);
export const runItemOutcomeSchema = z.enum(['succeeded', 'failed', 'skipped']);
/**
 * Why an item was skipped or failed, in the engine's own terms (the UI words it); `message` then
 * carries the detail: the service's own words, or the task state that made an instance busy.
 */
export const runItemReasonSchema = z.enum([
  'instance-not-found',
  'instance-busy',
  'instance-error',
  'over-quota',
  'stop-failed',
  'snapshot-failed',
  'start-failed',
  'retention-failed',
]);

export const runItemSchema = z.object({
  instanceId: z.string(),
  instanceName: z.string(),
  phase: runItemPhaseSchema,
  /** Set once known; an item is finished when `phase` is `done`. */
  outcome: runItemOutcomeSchema.nullable(),
  reason: runItemReasonSchema.nullable(),
  snapshotId: z.string().nullable(),
  snapshotName: z.string().nullable(),
  /** The service's own words (or the busy task state); null when all went well. */
  message: z.string().nullable(),
  startedAt: isoTime.nullable(),
  endedAt: isoTime.nullable(),
  /** When the current phase began: the waits time out from here. */
  phaseStartedAt: isoTime.nullable(),
  /** The run shut this instance off and owes it a start, whatever happens to the snapshot. */
  restart: z.boolean(),
});

export const deletedSnapshotSchema = z.object({ imageId: z.string(), name: z.string(), instanceId: z.string() });

export const runSchema = z.object({
  id: z.string(),
  policyId: z.string(),
  /** The scheduled time the run is for (for a manual run: when it was asked for). */
  slot: isoTime,
  trigger: runTriggerSchema,
  state: runStateSchema,
  startedAt: isoTime,
  endedAt: isoTime.nullable(),
  /** Null until the first step has listed the targets (and checked the quota). */
  targetsResolvedAt: isoTime.nullable(),
  /** Why the whole run failed before reaching any instance (the service's own words). */
  message: z.string().nullable(),
  items: z.array(runItemSchema),
  deleted: z.array(deletedSnapshotSchema),
});

/** What a policy shows of its newest run. */
export const runSummarySchema = z.object({
  id: z.string(),
  slot: isoTime,
  trigger: runTriggerSchema,
  state: runStateSchema,
  startedAt: isoTime,
  endedAt: isoTime.nullable(),
  succeeded: z.int().min(0),
  failed: z.int().min(0),
  skipped: z.int().min(0),
});

/** The application credential a policy acts with: never its secret. */
export const policyCredentialSchema = z.object({ id: z.string(), expiresAt: isoTime.nullable() });

export const policySchema = z.object({
  ...policyInputShape,
  id: z.string(),
  projectId: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** Null while paused. */
  nextRunAt: isoTime.nullable(),
  lastRun: runSummarySchema.nullable(),
  credential: policyCredentialSchema,
});

/** Answers of /api/v1/policies. */
export const policyListResponseSchema = z.object({ policies: z.array(policySchema) });
export const policyResponseSchema = z.object({ policy: policySchema });
export const runResponseSchema = z.object({ run: runSchema });
export const runListResponseSchema = z.object({ runs: z.array(runSchema) });
export const policyErrorResponseSchema = z.object({ error: z.object({ message: z.string() }) });

/** @typedef {z.infer<typeof scheduleSchema>} Schedule */
/** @typedef {z.infer<typeof intervalScheduleSchema>} IntervalSchedule */
/** @typedef {z.infer<typeof dailyScheduleSchema>} DailySchedule */
/** @typedef {z.infer<typeof weeklyScheduleSchema>} WeeklySchedule */
/** @typedef {z.infer<typeof cronScheduleSchema>} CronSchedule */
/** @typedef {z.infer<typeof policyTargetsSchema>} PolicyTargets */
/** @typedef {z.infer<typeof retentionSchema>} Retention */
/** @typedef {z.infer<typeof consistencySchema>} Consistency */
/** @typedef {z.infer<typeof policyInputSchema>} PolicyInput */
/** @typedef {z.input<typeof policyInputSchema>} PolicyInputBody */
/** @typedef {z.infer<typeof policySchema>} Policy */
/** @typedef {z.infer<typeof policyCredentialSchema>} PolicyCredential */
/** @typedef {z.infer<typeof runSchema>} Run */
/** @typedef {z.infer<typeof runItemSchema>} RunItem */
/** @typedef {z.infer<typeof runItemPhaseSchema>} RunItemPhase */
/** @typedef {z.infer<typeof runItemOutcomeSchema>} RunItemOutcome */
/** @typedef {z.infer<typeof runItemReasonSchema>} RunItemReason */
/** @typedef {z.infer<typeof runTriggerSchema>} RunTrigger */
/** @typedef {z.infer<typeof runStateSchema>} RunState */
/** @typedef {z.infer<typeof runSummarySchema>} RunSummary */
/** @typedef {z.infer<typeof deletedSnapshotSchema>} DeletedSnapshot */
