import type { Clock } from './clock';
import type { MockDb } from './db';
import type { Service } from './faults';

export interface RequestLogEntry {
  method: string;
  url: string;
  at: number;
}

export interface FailRule {
  service: Service;
  method?: string;
  path: RegExp | string;
  status: number;
  body?: unknown;
  remaining: number;
}

/** Requests that wait (matched like a FailRule) until the test releases them. */
export interface HoldRule {
  service: Service;
  method?: string;
  path: RegExp | string;
  /** Resolves every request held by this rule. */
  released: Promise<void>;
  release: () => void;
}

export interface ChaosState {
  errorRate: number;
  maxLatencyMs: number;
  random: () => number;
}

/** Scenario switches: not part of the db (exportState leaves them out). */
export interface ScenarioState {
  failRules: FailRule[];
  holds: HoldRule[];
  slowMs: number;
  chaos: ChaosState | null;
  offline: boolean;
  /** Faults for the next server builds (FIFO): those servers end in ERROR. */
  failBuilds: Array<{ code: number; message: string }>;
}

/** What every handler can reach: configuration, the clock and the (replaceable) db. */
export interface CloudCore {
  readonly baseUrl: string;
  /** The path part of baseUrl without a trailing slash ('' or '/mock-cloud'). */
  readonly basePath: string;
  readonly timeScale: number;
  readonly regions: readonly string[];
  readonly clock: Clock;
  db: MockDb;
  readonly scenario: ScenarioState;
  readonly log: RequestLogEntry[];
  requestCount: number;
  /** Moves snapshot policies' runs up to now (set once the policy API is wired; see policies/scheduler.ts). */
  tickPolicies?: () => Promise<void>;
}

export const servicePrefix: Record<Service, string> = {
  identity: 'identity',
  compute: 'compute',
  image: 'image',
  volume: 'volume',
  network: 'network',
};

export function serviceRoot(core: CloudCore, service: Service): string {
  return `${core.baseUrl}/${servicePrefix[service]}`;
}

/** Lifecycle offsets scaled by options.timeScale. */
export function scaled(core: CloudCore, ms: number): number {
  return Math.round(ms * core.timeScale);
}

export function emptyScenarioState(): ScenarioState {
  return { failRules: [], holds: [], slowMs: 0, chaos: null, offline: false, failBuilds: [] };
}
