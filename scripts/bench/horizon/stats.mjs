// @ts-check
/** Medians and ranges of a figure's runs, and the ratio of ours to Horizon's. */

/**
 * @typedef {object} Spread
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number[]} runs
 */

/** @param {number[]} values @returns {Spread} */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2 === 1
        ? /** @type {number} */ (sorted[middle])
        : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, runs: values };
}

/** @param {Spread} ours @param {Spread} horizon */
export function ratio(ours, horizon) {
  return horizon.median > 0 ? ours.median / horizon.median : Number.NaN;
}
