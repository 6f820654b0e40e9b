/** Compares what the mock and the real cloud showed for one scenario; formats the difference report. */
import type { Observation, Value } from './observe';

export interface AllowedRealKey {
  /** Scenario name; any when left out. */
  scenario?: string;
  step?: RegExp;
  /** Shape path the real cloud adds. */
  path: RegExp;
  reason: string;
}

export interface AcceptedDifference {
  scenario: string;
  step: RegExp;
  reason: string;
}

export interface Allowlist {
  realOnlyKeys: readonly AllowedRealKey[];
  accepted: readonly AcceptedDifference[];
}

/** The step a scenario records when it throws (see runScenario). */
export const SCENARIO_FAILED = '(scenario failed)';

export type DifferenceKind = 'missing' | 'status' | 'shape' | 'value' | 'sequence';

export interface Difference {
  scenario: string;
  step: string;
  kind: DifferenceKind;
  detail: string;
}

export interface Comparison {
  differences: Difference[];
  /** Differences matching an accepted, documented one (with its reason). */
  accepted: Array<Difference & { reason: string }>;
  /** Real-only shape paths that the allowlist explains (path → reason). */
  allowedKeys: Array<{ step: string; path: string; reason: string }>;
  steps: number;
}

function stable(value: Value | undefined): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stable(value[key])}`)
    .join(',')}}`;
}

/** Is `small` a subsequence of `big` with the same last element (and the same first, unless `anyStart`)? */
export function isBoundedSubsequence(small: readonly string[], big: readonly string[], anyStart = false): boolean {
  if (small.length === 0 || big.length === 0) return small.length === big.length;
  if ((!anyStart && small[0] !== big[0]) || small.at(-1) !== big.at(-1)) return false;
  let index = 0;
  for (const state of big) if (state === small[index]) index += 1;
  return index === small.length;
}

function compareShapes(mock: Record<string, string>, real: Record<string, string>): Array<{ path: string; side: 'mock' | 'real' | 'both'; detail: string }> {
  const out: Array<{ path: string; side: 'mock' | 'real' | 'both'; detail: string }> = [];
  for (const path of new Set([...Object.keys(mock), ...Object.keys(real)])) {
    const m = mock[path];
    const r = real[path];
    if (m === r) continue;
    if (m === undefined) out.push({ path, side: 'real', detail: `only the real cloud has ${path} (${r})` });
    else if (r === undefined) out.push({ path, side: 'mock', detail: `only the mock has ${path} (${m})` });
    else out.push({ path, side: 'both', detail: `${path}: mock ${m}, real ${r}` });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function compareScenario(scenario: string, mock: readonly Observation[], real: readonly Observation[], allow: Allowlist): Comparison {
  const result: Comparison = { differences: [], accepted: [], allowedKeys: [], steps: 0 };
  const push = (difference: Difference) => {
    const accepted = allow.accepted.find((entry) => entry.scenario === scenario && entry.step.test(difference.step));
    if (accepted) result.accepted.push({ ...difference, reason: accepted.reason });
    else result.differences.push(difference);
  };
  const realByStep = new Map(real.map((observation) => [observation.step, observation]));
  const mockSteps = new Set(mock.map((observation) => observation.step));
  for (const m of mock) {
    result.steps += 1;
    const r = realByStep.get(m.step);
    const step = m.step;
    if (step === SCENARIO_FAILED) {
      // Failing the same way on both sides is no agreement.
      push({ scenario, step, kind: 'value', detail: `the mock run failed: ${stable(m.value)}` });
      continue;
    }
    if (!r) {
      push({ scenario, step, kind: 'missing', detail: 'the real run never reached this step' });
      continue;
    }
    if (m.statuses || r.statuses) {
      const ms = (m.statuses ?? []).join(',');
      const rs = (r.statuses ?? []).join(',');
      if (ms !== rs) push({ scenario, step, kind: 'status', detail: `HTTP status mock [${ms}], real [${rs}]` });
    }
    if (m.shape || r.shape) {
      for (const diff of compareShapes(m.shape ?? {}, r.shape ?? {})) {
        const allowed =
          diff.side === 'real' &&
          allow.realOnlyKeys.find(
            (entry) => (!entry.scenario || entry.scenario === scenario) && (!entry.step || entry.step.test(step)) && entry.path.test(diff.path),
          );
        if (allowed) result.allowedKeys.push({ step, path: diff.path, reason: allowed.reason });
        else push({ scenario, step, kind: 'shape', detail: diff.detail });
      }
    }
    if (m.value !== undefined || r.value !== undefined) {
      const mv = stable(m.value);
      const rv = stable(r.value);
      if (mv !== rv) push({ scenario, step, kind: 'value', detail: `mock ${mv}\n        real ${rv}` });
    }
    if (m.sequence || r.sequence) {
      const ms = m.sequence ?? [];
      const rs = r.sequence ?? [];
      const ok = m.sequenceMode === 'exact' ? ms.join('→') === rs.join('→') : isBoundedSubsequence(rs, ms, m.sequenceMode === 'transient-start');
      if (!ok) push({ scenario, step, kind: 'sequence', detail: `mock ${ms.join(' → ')}; real ${rs.join(' → ')} (${m.sequenceMode ?? 'subsequence'})` });
    }
  }
  for (const r of real) {
    if (!mockSteps.has(r.step)) push({ scenario, step: r.step, kind: 'missing', detail: 'the mock run never reached this step' });
  }
  return result;
}

export function formatReport(results: ReadonlyArray<{ scenario: string; comparison: Comparison }>): string {
  const lines: string[] = ['', '=== Contract: mock cloud vs real cloud ==='];
  let total = 0;
  for (const { scenario, comparison } of results) {
    total += comparison.differences.length;
    const state = comparison.differences.length === 0 ? 'same' : `${comparison.differences.length} difference(s)`;
    lines.push(`- ${scenario}: ${comparison.steps} steps, ${state}`);
    for (const d of comparison.differences) lines.push(`    ✗ [${d.kind}] ${d.step}: ${d.detail}`);
    for (const d of comparison.accepted) lines.push(`    ≈ accepted [${d.kind}] ${d.step}: ${d.detail.split('\n')[0] ?? ''}\n        because ${d.reason}`);
    const reasons = new Map<string, string[]>();
    for (const key of comparison.allowedKeys) reasons.set(key.reason, [...(reasons.get(key.reason) ?? []), key.path]);
    for (const [reason, paths] of reasons) lines.push(`    + real-only keys allowed (${[...new Set(paths)].join(', ')}): ${reason}`);
  }
  lines.push(`=== ${total === 0 ? 'zero differences' : `${total} difference(s)`} between the mock cloud and the real one ===`, '');
  return lines.join('\n');
}
