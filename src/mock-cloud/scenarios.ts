import type { CloudCore } from './core';
import type { Service } from './faults';
import { prng } from './ids';
import { bulkImages, bulkServers, bulkVolumeSnapshots } from './ops/bulk';
import { seedIds } from './seed/ids';

export interface FailNextOptions {
  service: Service;
  /** Any method when omitted. */
  method?: string;
  /** A RegExp tested against the service-relative path (`/v2/images/<id>`) and the full URL, or a string that
   *  equals the relative path or occurs in the full URL. */
  path: RegExp | string;
  status: number;
  /** A custom body (object → JSON, string → text); by default the service's own error format. */
  body?: unknown;
  times?: number;
}

/** Which requests `holdRequests` keeps waiting: matched as in FailNextOptions. */
export type HoldOptions = Pick<FailNextOptions, 'service' | 'method' | 'path'>;

export interface ChaosOptions {
  /** 0..1: share of requests (Keystone excluded) answered 503 in the service's format. */
  errorRate: number;
  /** Each request waits a seeded-random 0..maxLatencyMs. */
  maxLatencyMs: number;
  seed: number;
}

export type QuotaService = 'compute' | 'volume' | 'image';

export interface Scenarios {
  failNext(options: FailNextOptions): void;
  failNextImageDelete(status: number): void;
  /** The next Cinder volume-snapshot DELETE fails (instance snapshots are images: see failNextImageDelete). */
  failNextSnapshotDelete(status: number): void;
  /** The next server(s) created end in ERROR with this fault (default: No valid host). */
  failNextServerBuild(fault?: { code?: number; message?: string }, times?: number): void;
  /** Adds n generated instance snapshots (images `bulk-image-0001`…) to the demo project; returns their ids. */
  withImages(n: number): string[];
  /** Adds n ACTIVE servers `bulk-server-0001`… to the demo project; returns their ids. */
  withServers(n: number): string[];
  /** Adds n available volume snapshots `bulk-snapshot-0001`… to the demo project; returns their ids. */
  withVolumeSnapshots(n: number): string[];
  /** Matching requests get no answer until the returned function is called (or `clear()`): one slow route, without timing. */
  holdRequests(options: HoldOptions): () => void;
  /** Every response waits `ms` (0 turns it off). */
  slowCloud(ms: number): void;
  chaos(options: ChaosOptions | false): void;
  /** Every token issued so far answers 401 from now on (new logins work). */
  expireTokens(): void;
  /** Requests fail at the network level (msw HttpResponse.error()). */
  offline(on: boolean): void;
  /** compute: instances/cores/ram/…; volume: volumes/snapshots/gigabytes/…; image: image_count_total/image_size_total/… (turns /v2/info/usage on). */
  setQuota(service: QuotaService, resource: string, limit: number, projectId?: string): void;
  /** Turns every scenario switch off (the db is left alone). */
  clear(): void;
}

export function createScenarios(core: CloudCore): Scenarios {
  const scenario = core.scenario;
  const scenarios: Scenarios = {
    failNext: ({ service, method, path, status, body, times = 1 }) => {
      scenario.failRules.push({ service, method: method?.toUpperCase(), path, status, body, remaining: times });
    },
    failNextImageDelete: (status) => scenarios.failNext({ service: 'image', method: 'DELETE', path: /^\/v2\/images\/[^/]+$/, status }),
    failNextSnapshotDelete: (status) =>
      scenarios.failNext({ service: 'volume', method: 'DELETE', path: /^\/v3\/[^/]+\/snapshots\/[^/]+$/, status }),
    failNextServerBuild: (fault = {}, times = 1) => {
      for (let i = 0; i < times; i++) {
        scenario.failBuilds.push({
          code: fault.code ?? 500,
          message: fault.message ?? 'No valid host was found. There are not enough hosts available.',
        });
      }
    },
    withImages: (n) => bulkImages(core.db, n),
    withServers: (n) => bulkServers(core.db, n),
    withVolumeSnapshots: (n) => bulkVolumeSnapshots(core.db, n),
    holdRequests: ({ service, method, path }) => {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const rule = { service, method: method?.toUpperCase(), path, released, release };
      scenario.holds.push(rule);
      return () => {
        const index = scenario.holds.indexOf(rule);
        if (index >= 0) scenario.holds.splice(index, 1);
        rule.release();
      };
    },
    slowCloud: (ms) => {
      scenario.slowMs = Math.max(0, ms);
    },
    chaos: (options) => {
      scenario.chaos = options
        ? { errorRate: options.errorRate, maxLatencyMs: options.maxLatencyMs, random: prng(options.seed) }
        : null;
    },
    expireTokens: () => {
      const now = core.clock.now();
      for (const token of Object.values(core.db.identity.tokens)) token.expires_at = Math.min(token.expires_at, now);
    },
    offline: (on) => {
      scenario.offline = on;
    },
    setQuota: (service, resource, limit, projectId = seedIds.projects.demo) => {
      const db = core.db;
      if (service === 'image') {
        db.image.limits = { ...db.image.limits, [resource]: limit };
        return;
      }
      const quotas = service === 'compute' ? db.compute.quotas : db.volume.quotas;
      quotas[projectId] = { ...quotas[projectId], [resource]: limit };
    },
    clear: () => {
      scenario.failRules.length = 0;
      scenario.failBuilds.length = 0;
      for (const hold of scenario.holds.splice(0)) hold.release();
      scenario.slowMs = 0;
      scenario.chaos = null;
      scenario.offline = false;
    },
  };
  return scenarios;
}
