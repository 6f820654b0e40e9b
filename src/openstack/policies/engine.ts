/** The parts of the policy engine the browser uses besides the wire schemas: schedules, targets, property names. */
export { DEFAULT_NAME_PATTERN, POLICY_ID_PROPERTY, POLICY_NAME_PROPERTY } from '@/policy-engine/schema.mjs';
export { nextRuns } from '@/policy-engine/schedule.mjs';
export { cronProblem } from '@/policy-engine/cron.mjs';
export { isValidTimeZone } from '@/policy-engine/zoned-time.mjs';
export { policyCoversServer } from '@/policy-engine/targets.mjs';
