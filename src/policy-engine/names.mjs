// @ts-check
/**
 * Snapshot names from a policy's pattern. Placeholders: {instance} (the instance's name),
 * {instance_id}, {policy} (the policy's name), and a date block made of YYYY, MM, DD, HH, mm, ss and
 * the separators - _ . : T and space, e.g. {YYYYMMDD-HHmm}, written in the policy's time zone.
 */
import { zonedParts } from './zoned-time.mjs';

/** Glance's limit for an image name. */
const MAX_NAME_LENGTH = 255;
const placeholder = /\{([^{}]*)\}/g;
const dateToken = /YYYY|MM|DD|HH|mm|ss/g;
const dateBlock = /^(?:YYYY|MM|DD|HH|mm|ss|[-_.: T])+$/;
const namedPlaceholders = new Set(['instance', 'instance_id', 'policy']);

/**
 * What is wrong with a pattern, or null when every placeholder is known.
 * @param {string} pattern
 * @returns {string | null}
 */
export function namePatternProblem(pattern) {
  for (const match of pattern.matchAll(placeholder)) {
    const inner = match[1] ?? '';
    if (!namedPlaceholders.has(inner) && !(dateBlock.test(inner) && /[YMDHms]/.test(inner))) {
      return `Unknown placeholder {${inner}}: use {instance}, {instance_id}, {policy} or a date such as {YYYYMMDD-HHmm}.`;
    }
  }
  return null;
}

/** @param {number} value */
function twoDigits(value) {
  return String(value).padStart(2, '0');
}

/**
 * The name of a snapshot a policy takes of an instance at a time.
 * @param {string} pattern
 * @param {{ instance: string, instanceId?: string, policy: string, at: Date, timeZone: string }} values
 * @returns {string}
 */
export function snapshotName(pattern, { instance, instanceId = '', policy, at, timeZone }) {
  const parts = zonedParts(at, timeZone);
  /** @type {Record<string, string>} */
  const dateValues = {
    YYYY: String(parts.year).padStart(4, '0'),
    MM: twoDigits(parts.month),
    DD: twoDigits(parts.day),
    HH: twoDigits(parts.hour),
    mm: twoDigits(parts.minute),
    ss: twoDigits(parts.second),
  };
  /** @type {Record<string, string>} */
  const named = { instance, instance_id: instanceId, policy };
  const name = pattern.replace(placeholder, (whole, /** @type {string} */ inner) => {
    const value = named[inner];
    if (value !== undefined) return value;
    if (dateBlock.test(inner)) return inner.replace(dateToken, (token) => dateValues[token] ?? token);
    return whole;
  });
  return [...name].slice(0, MAX_NAME_LENGTH).join('');
}
