import type { RequestHandler } from 'msw';
import { createClock } from './clock';
import { emptyScenarioState, type CloudCore } from './core';
import { emptyDb, type MockDb } from './db';
import { cinderRoutes } from './handlers/cinder';
import { glanceRoutes } from './handlers/glance';
import { keystoneRoutes } from './handlers/keystone';
import { neutronRoutes } from './handlers/neutron';
import { novaRoutes } from './handlers/nova';
import { downloadHandler } from './handlers/downloads';
import { policyHandler } from './handlers/policies';
import { createPolicyTicker } from './policies/scheduler';
import { serviceHandler } from './http/pipeline';
import { settle } from './lifecycle';
import { createScenarios, type Scenarios } from './scenarios';
import { seedDb } from './seed';
import { readState, writeState } from './state';

export interface MockCloudOptions {
  /** Default 'http://cloud.test'; the demo passes `${location.origin}/mock-cloud`. */
  baseUrl?: string;
  /** Default 'demo'. */
  seed?: 'demo' | 'empty';
  /** Multiplies lifecycle durations; default 1 (a snapshot takes ~10 s queued → active). */
  timeScale?: number;
  /** Real clock source; default Date.now. */
  now?: () => number;
  /** Default ['RegionOne']; more regions duplicate the endpoints per region in the catalog. */
  regions?: string[];
}

export interface MockCloud {
  readonly baseUrl: string;
  /** `${baseUrl}/identity/v3` */
  readonly authUrl: string;
  readonly handlers: RequestHandler[];
  /** Typed state, settled to the current virtual time on every read, for tests to inspect and arrange. */
  readonly db: MockDb;
  readonly scenarios: Scenarios;
  readonly requestLog: ReadonlyArray<{ method: string; url: string; at: number }>;
  clearRequestLog(): void;
  /** Fast-forwards the virtual clock (lifecycles move; tokens age). */
  advance(ms: number): void;
  /** Back to the seed: db, virtual clock, scenario switches and request log. */
  reset(): void;
  /** JSON of the whole db, tokens and lifecycles included, plus the virtual time offset. */
  exportState(): string;
  importState(json: string): void;
}

export function createMockCloud(options: MockCloudOptions = {}): MockCloud {
  const baseUrl = (options.baseUrl ?? 'http://cloud.test').replace(/\/+$/, '');
  const seed = options.seed ?? 'demo';
  const clock = createClock(options.now ?? Date.now);
  const core: CloudCore = {
    baseUrl,
    basePath: new URL(baseUrl).pathname.replace(/\/+$/, ''),
    timeScale: options.timeScale ?? 1,
    regions: options.regions && options.regions.length > 0 ? [...options.regions] : ['RegionOne'],
    clock,
    db: emptyDb(seed),
    scenario: emptyScenarioState(),
    log: [],
    requestCount: 0,
  };
  core.db = seedDb(core, seed, clock.now());
  const scenarios = createScenarios(core);
  core.tickPolicies = createPolicyTicker(core);
  const handlers: RequestHandler[] = [
    serviceHandler(core, 'identity', keystoneRoutes()),
    serviceHandler(core, 'compute', novaRoutes()),
    serviceHandler(core, 'image', glanceRoutes()),
    serviceHandler(core, 'volume', cinderRoutes()),
    serviceHandler(core, 'network', neutronRoutes()),
    policyHandler(core, core.tickPolicies),
    downloadHandler(core),
  ];
  return {
    baseUrl,
    authUrl: `${baseUrl}/identity/v3`,
    handlers,
    get db() {
      settle(core.db, clock.now());
      return core.db;
    },
    scenarios,
    get requestLog() {
      return core.log;
    },
    clearRequestLog: () => {
      core.log.length = 0;
    },
    advance: (ms) => {
      clock.advance(ms);
      settle(core.db, clock.now());
    },
    reset: () => {
      clock.setOffset(0);
      scenarios.clear();
      core.log.length = 0;
      core.requestCount = 0;
      core.db = seedDb(core, seed, clock.now());
    },
    exportState: () => writeState(core.db, clock.offset()),
    importState: (json) => {
      const state = readState(json);
      core.db = state.db;
      clock.setOffset(state.offsetMs);
      settle(core.db, clock.now());
    },
  };
}

export { seedIds } from './seed/ids';
export type { MockDb } from './db';
export type * from './db';
export type { Scenarios, FailNextOptions, HoldOptions, ChaosOptions, QuotaService } from './scenarios';
export type { Service } from './faults';
