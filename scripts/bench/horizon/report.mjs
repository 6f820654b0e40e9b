// @ts-check
/**
 * The side-by-side table: per figure ours median (min–max), Horizon's, the ratio ours/Horizon and
 * the target (met or not); then `BENCH_HORIZON_SUMMARY {json}` as the last line.
 * Times in ms, bytes as transferred (kB of 1,000 bytes).
 */
import { ratio, spread } from './stats.mjs';

/** @typedef {import('./stats.mjs').Spread} Spread */

/**
 * The targets: the most ours/Horizon may be. Figures without one are printed for reference.
 * @type {Record<string, number>}
 */
export const targets = {
  'images.firstRow.cold': 1 / 3,
  'images.firstRow.warm': 1 / 3,
  'instances.firstRow.cold': 1 / 3,
  'instances.firstRow.warm': 1 / 3,
  'volumeSnapshots.firstRow.cold': 1 / 3,
  'volumeSnapshots.firstRow.warm': 1 / 3,
  'images.requests.cold': 1,
  'instances.requests.cold': 1,
  'volumeSnapshots.requests.cold': 1,
  'createSnapshot.row': 1 / 3,
  'launch.active': 1 / 3,
  'bulkDelete20': 1 / 2,
};

/** @type {Record<string, string>} */
const units = { firstRow: 'ms', requests: '', bytes: 'kB', createSnapshot: 'ms', launch: 'ms', bulkDelete20: 'ms' };

/** @param {string} name */
function unitOf(name) {
  const part = name.split('.').find((p) => p in units) ?? name.split('.')[0] ?? '';
  return units[part] ?? '';
}

/** @param {number} value @param {string} unit */
function show(value, unit) {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'kB') return (value / 1000).toFixed(1);
  return String(Math.round(value));
}

/** @param {Spread} s @param {string} unit */
function showSpread(s, unit) {
  return `${show(s.median, unit)} (${show(s.min, unit)}–${show(s.max, unit)})`;
}

/** @param {Spread} s */
function rounded(s) {
  const r = (/** @type {number} */ value) => Math.round(value * 10) / 10;
  return { median: r(s.median), min: r(s.min), max: r(s.max), runs: s.runs.map(r) };
}

export function createHorizonReport() {
  /** @type {Map<string, { ours: number[], horizon: number[] }>} */
  const figures = new Map();

  return {
    /**
     * @param {string} name
     * @param {'ours' | 'horizon'} side
     * @param {number} value
     */
    add(name, side, value) {
      const entry = figures.get(name) ?? { ours: [], horizon: [] };
      entry[side].push(value);
      figures.set(name, entry);
    },

    /** @param {Record<string, unknown>} meta */
    print(meta) {
      /** @type {Record<string, unknown>} */
      const summary = {};
      const lines = [];
      let met = 0;
      let missed = 0;
      for (const [name, values] of figures) {
        const unit = unitOf(name);
        const ours = spread(values.ours);
        const horizon = spread(values.horizon);
        const r = ratio(ours, horizon);
        const target = targets[name];
        const ok = target === undefined ? null : Number.isFinite(r) && r <= target + 1e-9;
        if (ok === true) met += 1;
        if (ok === false) missed += 1;
        lines.push(
          [
            name.padEnd(30),
            `ours ${showSpread(ours, unit)}`.padEnd(28),
            `horizon ${showSpread(horizon, unit)}`.padEnd(31),
            `ratio ${Number.isFinite(r) ? r.toFixed(2) : '–'}`.padEnd(12),
            target === undefined ? '' : `target ≤ ${target.toFixed(2)} ${ok ? 'met' : 'NOT met'}`,
          ].join(' ').trimEnd(),
        );
        summary[name] = { unit: unit === 'kB' ? 'bytes' : unit || 'count', ours: rounded(ours), horizon: rounded(horizon), ratio: Math.round(r * 1000) / 1000, target: target ?? null, met: ok };
      }
      process.stdout.write(`figure (ms, kB or count: median (min–max))\n${lines.join('\n')}\n`);
      process.stdout.write(`targets: ${met} met, ${missed} not met\n`);
      process.stdout.write(`BENCH_HORIZON_SUMMARY ${JSON.stringify({ ...meta, targetsMet: met, targetsMissed: missed, figures: summary })}\n`);
    },
  };
}
