// @ts-check
/**
 * The benchmark's output: one `name value` line per figure on stdout as soon as it is measured
 * (a `#` comment may follow), the targets met or missed, then `BENCH_SUMMARY {json}`.
 * Sizes are in kB of 1,000 bytes, as Vite reports them.
 */
import { pollIntervalMs } from './idle.mjs';

/** @typedef {import('./bundle.mjs').BundleReport} BundleReport */
/** @typedef {import('./views.mjs').ViewFigures} ViewFigures */
/** @typedef {import('./bulk-delete.mjs').BulkDeleteFigures} BulkDeleteFigures */
/** @typedef {import('./idle.mjs').IdleFigures} IdleFigures */
/** @typedef {import('./smooth.mjs').SmoothFigures} SmoothFigures */

/** The issue's targets. */
export const targets = {
  initialJsGzipKb: 150,
  /** "As fast as with 10": the large/small median, with room for a shared machine's noise. */
  firstRowsRatio: 1.5,
  bulkDeleteRatio: 1 / 6,
  idleRequestsPerMinute: 0,
  listRequestsPerInterval: 1,
  bigPageSize: 1000,
};

const kb = (/** @type {number} */ bytes) => Math.round(bytes / 100) / 10;
const round = (/** @type {number} */ value, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
const slug = (/** @type {string} */ text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function createReport() {
  /** @type {Record<string, unknown>} */
  const summary = { targets };
  /** @type {Array<{ name: string, met: boolean, detail: string }>} */
  const checks = [];

  /** @param {string} name @param {number | string | boolean} value @param {string} [note] */
  const line = (name, value, note) => {
    process.stdout.write(`${name} ${value}${note ? `  # ${note}` : ''}\n`);
  };
  /** @param {string} name @param {boolean} met @param {string} detail */
  const check = (name, met, detail) => checks.push({ name, met, detail });

  /** @type {Record<string, Partial<Record<'small' | 'large', ViewFigures>>>} */
  const views = {};
  /** @type {Record<string, SmoothFigures>} */
  const bigPages = {};

  return {
    /** @param {BundleReport} bundle */
    bundle(bundle) {
      line('bundle.initial.js.gzip.kB', kb(bundle.initialJsGzip), `entry + its static imports: the login page and the shell (target ≤ ${targets.initialJsGzipKb})`);
      line('bundle.initial.css.gzip.kB', kb(bundle.initialCssGzip));
      line('bundle.demo.js.gzip.kB', kb(bundle.demoJsGzip), 'mock cloud + msw: loaded only in demo mode, never against a real cloud');
      line('bundle.total.js.gzip.kB', kb(bundle.totalJsGzip), 'every chunk, the demo chunk included');
      for (const [name, bytes] of Object.entries(bundle.lazyGzip)) {
        line(`bundle.lazy.${slug(name)}.gzip.kB`, kb(bytes), 'on first visit: its chunk + shared chunks not in the initial load');
      }
      for (const chunk of bundle.chunks) line(`bundle.chunk.${chunk.file}.gzip.kB`, kb(chunk.gzip), `${chunk.group}: ${chunk.label}`);
      for (const part of bundle.initialParts.slice(0, 8)) {
        line(`bundle.initial.part.${slug(part.name)}.gzip.kB`, kb(part.gzip), 'gzipped on its own: a share, the parts do not add up exactly');
      }
      summary['bundle'] = {
        initialJsGzipKb: kb(bundle.initialJsGzip),
        initialCssGzipKb: kb(bundle.initialCssGzip),
        demoJsGzipKb: kb(bundle.demoJsGzip),
        totalJsGzipKb: kb(bundle.totalJsGzip),
        lazyGzipKb: Object.fromEntries(Object.entries(bundle.lazyGzip).map(([name, bytes]) => [name, kb(bytes)])),
        chunks: bundle.chunks.map((chunk) => ({ file: chunk.file, group: chunk.group, label: chunk.label, gzipKb: kb(chunk.gzip), kb: kb(chunk.bytes) })),
        initialParts: bundle.initialParts.slice(0, 12).map((part) => ({ name: part.name, gzipKb: kb(part.gzip) })),
      };
      check('initialJs', bundle.initialJsGzip / 1000 <= targets.initialJsGzipKb, `${kb(bundle.initialJsGzip)} kB gzipped (target ≤ ${targets.initialJsGzipKb})`);
      const lazy = Object.keys(bundle.lazyGzip);
      check('lazyChunks', ['images panel', 'instances panel', 'volume-snapshots panel', 'launch wizard'].every((name) => lazy.includes(name)), `separate chunks: ${lazy.join(', ')}`);
    },

    /** @param {import('./gateway-load.mjs').LoginLoad} load */
    gatewayLogin(load) {
      line('gatewayLogin.js.gzip.kB', kb(load.jsGzip), `scripts the login page fetched against a real cloud before showing its form: ${load.scripts.join(', ')}`);
      line('gatewayLogin.idleJs.gzip.kB', kb(load.idleJsGzip), `fetched after, while the user types (signing in needs the typed client): ${load.idleScripts.join(', ') || 'none'}`);
      line('gatewayLogin.demoChunkFetched', load.demoChunkFetched ? 'yes' : 'no');
      summary['gatewayLogin'] = {
        jsGzipKb: kb(load.jsGzip),
        scripts: load.scripts,
        idleJsGzipKb: kb(load.idleJsGzip),
        idleScripts: load.idleScripts,
        demoChunkFetched: load.demoChunkFetched,
      };
      check('demoChunkOnlyInDemo', !load.demoChunkFetched, load.demoChunkFetched ? 'the login page in gateway mode fetched the mock cloud' : 'not fetched in gateway mode');
    },

    /** @param {string} panel @param {'small' | 'large'} scale @param {ViewFigures} figures */
    view(panel, scale, figures) {
      (views[panel] ??= {})[scale] = figures;
      const counts = figures.counts;
      line(`${panel}.items.${scale}`, panel === 'images' ? counts.images : panel === 'instances' ? counts.servers : counts.volumeSnapshots, 'in the cloud');
      line(`${panel}.requests.${scale}`, figures.requests, figures.requestList.join(' | '));
      line(`${panel}.requestsToFirstRows.${scale}`, figures.requestsToFirstRows);
      line(`${panel}.firstRows.ms.${scale}`, round(figures.firstRowsMs), `median of ${figures.samplesMs.join(', ')}`);
      const small = views[panel]?.small;
      const large = views[panel]?.large;
      if (small && large) {
        const ratio = large.firstRowsMs / small.firstRowsMs;
        line(`${panel}.firstRows.ratio`, round(ratio, 2), 'large / small');
        summary[panel] = {
          items: { small: small.counts, large: large.counts },
          requests: { small: small.requests, large: large.requests },
          requestsToFirstRows: { small: small.requestsToFirstRows, large: large.requestsToFirstRows },
          firstRowsMs: { small: round(small.firstRowsMs), large: round(large.firstRowsMs), ratio: round(ratio, 2) },
          samplesMs: { small: small.samplesMs, large: large.samplesMs },
          requestList: { small: small.requestList, large: large.requestList },
        };
        check(`${panel}.requests`, small.requests === large.requests, `${small.requests} at the small scale, ${large.requests} at the large`);
        check(`${panel}.firstRows`, ratio <= targets.firstRowsRatio, `large/small ${round(ratio, 2)} (≤ ${targets.firstRowsRatio})`);
      }
    },

    /** @param {BulkDeleteFigures} figures */
    bulkDelete(figures) {
      line('bulkDelete.count', figures.count);
      line('bulkDelete.latency.ms', figures.latencyMs, 'every mock-cloud response waits this long');
      line('bulkDelete.ms', round(figures.bulkMs), 'confirm click → summary');
      line('bulkDelete.oneByOne.ms', round(figures.oneByOneMs), `${figures.count} × ${round(figures.sequentialSampleMs)} ms, the mean of 5 sequential DELETEs measured in the same session`);
      line('bulkDelete.oneByOne.floor.ms', figures.floorMs, `${figures.count} × latency`);
      line('bulkDelete.ratio', round(figures.ratio, 3), `bulk / one-by-one (target ≤ ${round(targets.bulkDeleteRatio, 3)})`);
      line('bulkDelete.maxInFlight', figures.maxInFlight, 'most DELETEs open at once');
      line('bulkDelete.requests', figures.deletes);
      line('bulkDelete.barePool5.ratio', round(figures.pool5Ms / figures.oneByOneMs, 3), `${figures.count} DELETEs from a bare fetch pool of 5, no UI: ${round(figures.pool5Ms)} ms`);
      line('bulkDelete.barePool8.ratio', round(figures.pool8Ms / figures.oneByOneMs, 3), `the same with 8 at once: ${round(figures.pool8Ms)} ms`);
      summary['bulkDelete'] = {
        ...figures,
        bulkMs: round(figures.bulkMs),
        oneByOneMs: round(figures.oneByOneMs),
        sequentialSampleMs: round(figures.sequentialSampleMs, 1),
        ratio: round(figures.ratio, 3),
        pool5Ms: round(figures.pool5Ms),
        pool8Ms: round(figures.pool8Ms),
      };
      check('bulkDelete', figures.ratio <= targets.bulkDeleteRatio, `${round(figures.ratio, 3)} of the one-by-one time (≤ ${round(targets.bulkDeleteRatio, 3)}), at most ${figures.maxInFlight} in flight`);
    },

    /** @param {IdleFigures} figures */
    polling(figures) {
      line('idle.requestsPerMinute', round(figures.idleRequestsPerMinute, 1), `${figures.idleRequests} requests in ${figures.idleSeconds} s on Instances, nothing in transition`);
      line('polling.rowsOnPage', figures.rowsOnPage);
      line('polling.listRequests', figures.listRequests, `in ${round(figures.transitionMs)} ms of a snapshot's task: the refresh after the request, then one poll per interval`);
      line('polling.listRequestsPerInterval', round(figures.listRequestsPerInterval, 2), `polls per ${pollIntervalMs} ms interval over ${round(figures.intervals, 1)} intervals`);
      line('polling.otherRequests', figures.otherRequests, figures.otherRequestList.join(' | ') || 'none');
      line('polling.medianGap.ms', round(figures.medianGapMs), 'between list requests');
      summary['polling'] = { ...figures, idleRequestsPerMinute: round(figures.idleRequestsPerMinute, 1), listRequestsPerInterval: round(figures.listRequestsPerInterval, 2), intervals: round(figures.intervals, 1) };
      check('idle', figures.idleRequestsPerMinute <= targets.idleRequestsPerMinute, `${round(figures.idleRequestsPerMinute, 1)} requests per minute`);
      // One list request per interval (timer jitter allowed), and nothing else that repeats per interval or per row.
      check(
        'polling',
        figures.listRequestsPerInterval <= targets.listRequestsPerInterval * 1.1 && figures.otherRequests < Math.max(1, figures.intervals),
        `${round(figures.listRequestsPerInterval, 2)} list requests per interval, ${figures.otherRequests} other requests in ${round(figures.intervals, 1)} intervals, ${figures.rowsOnPage} rows on the page`,
      );
    },

    /** @param {string} panel @param {SmoothFigures} figures */
    bigPage(panel, figures) {
      line(`bigPage.${panel}.pageSize`, figures.pageSize, `the largest the panel offers (target ${targets.bigPageSize})`);
      line(`bigPage.${panel}.rows`, figures.rowsShown);
      line(`bigPage.${panel}.domRows`, figures.domRows, `<tr> in the table body${figures.virtual ? ', virtualised' : ', not virtualised'}`);
      line(`bigPage.${panel}.domRowsAfterScroll`, figures.domRowsAfterScroll);
      line(`bigPage.${panel}.frame.p50.ms`, round(figures.frameP50Ms, 1), `scrolled top to bottom in ${figures.frames} frames`);
      line(`bigPage.${panel}.frame.p95.ms`, round(figures.frameP95Ms, 1));
      line(`bigPage.${panel}.frame.max.ms`, round(figures.frameMaxMs, 1));
      line(`bigPage.${panel}.longFrames`, figures.longFrames, 'frames over 50 ms');
      bigPages[panel] = figures;
      summary['bigPage'] = Object.fromEntries(
        Object.entries(bigPages).map(([name, f]) => [name, { ...f, frameP50Ms: round(f.frameP50Ms, 1), frameP95Ms: round(f.frameP95Ms, 1), frameMaxMs: round(f.frameMaxMs, 1) }]),
      );
      check(
        `bigPage.${panel}`,
        figures.pageSize >= targets.bigPageSize && figures.domRows < figures.rowsShown / 4,
        `page size ${figures.pageSize} (target ${targets.bigPageSize}), ${figures.domRows} <tr> for ${figures.rowsShown} rows`,
      );
    },

    /** @param {Record<string, unknown>} run */
    finish(run) {
      for (const { name, met, detail } of checks) line(`target.${name}`, met ? 'met' : 'MISSED', detail);
      summary['run'] = { ...run, at: new Date().toISOString(), node: process.version };
      summary['targetsMet'] = checks.filter((c) => c.met).map((c) => c.name);
      summary['targetsMissed'] = checks.filter((c) => !c.met).map((c) => `${c.name}: ${c.detail}`);
      process.stdout.write(`BENCH_SUMMARY ${JSON.stringify(summary)}\n`);
    },
  };
}
