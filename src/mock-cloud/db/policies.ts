import type { z } from 'zod';
import type { policySchema, runSchema } from '@/policy-engine/schema.mjs';

export type PolicyRecord = z.infer<typeof policySchema>;
export type PolicyRunRecord = z.infer<typeof runSchema>;

/** One snapshot policy as the dashboard server would keep it: the wire record, its owner and its runs. */
export interface StoredPolicy {
  policy: PolicyRecord;
  /** The user whose (mock) application credential the runs act with. */
  userId: string;
  /** Virtual epoch ms from which scheduled slots count (creation, or the last resume). */
  since: number;
  /** Oldest first. */
  runs: PolicyRunRecord[];
}

export interface PolicyState {
  policies: Record<string, StoredPolicy>;
}

export function emptyPolicies(): PolicyState {
  return { policies: {} };
}
