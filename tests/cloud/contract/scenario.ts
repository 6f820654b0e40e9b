/**
 * A scenario is `(ctx) => Promise<void>` that drives the typed client and records observations;
 * `runScenario` turns it into `(backend) => Promise<Observation[]>`, cleaning up even on failure.
 */
import { isOpenStackError, type OpenStackError } from '@/openstack/errors';
import type { Backend, Client, HttpRecord } from './backend';
import { SCENARIO_FAILED } from './compare';
import { collapse, normaliseValue, shapeOf, type Observation, type SequenceMode, type ShapeOptions } from './observe';

export interface CallResult<T> {
  result?: T;
  error?: OpenStackError;
  records: HttpRecord[];
  /** The last answer of the step (what its shape was taken from). */
  last?: HttpRecord;
}

export interface CallOptions {
  /** Shape of the last answer's body: options, or false for none. Default: the whole body. */
  shape?: ShapeOptions | false;
  /** Turns the body into what is shaped (e.g. an image without its custom properties). */
  select?: (body: unknown) => unknown;
}

export class Recorder {
  readonly observations: Observation[] = [];
  private readonly used = new Map<string, number>();

  constructor(readonly backend: Backend) {}

  private stepName(step: string): string {
    const count = (this.used.get(step) ?? 0) + 1;
    this.used.set(step, count);
    return count === 1 ? step : `${step} #${count}`;
  }

  private add(observation: Observation): void {
    this.observations.push({ ...observation, step: this.stepName(observation.step) });
  }

  /** Runs one client call (or a few), recording every status it got and the shape of the last body. */
  async call<T>(client: Client, step: string, fn: () => Promise<T>, options: CallOptions = {}): Promise<CallResult<T>> {
    const start = client.log.length;
    let result: T | undefined;
    let error: OpenStackError | undefined;
    try {
      result = await fn();
    } catch (caught) {
      if (!isOpenStackError(caught)) throw caught;
      error = caught;
    }
    const records = client.log.slice(start);
    const last = records.at(-1);
    const observation: Observation = { step, statuses: records.map((record) => record.status) };
    if (error && error.kind !== 'http') observation.value = { clientError: error.kind, field: error.field ?? null };
    if (options.shape !== false && last) {
      const body = options.select ? options.select(last.data) : last.data;
      observation.shape = shapeOf(body, options.shape || {});
    }
    this.add(observation);
    return { result, error, records, last };
  }

  status(step: string, statuses: number[]): void {
    this.add({ step, statuses });
  }

  shape(step: string, body: unknown, options: ShapeOptions = {}): void {
    this.add({ step, shape: shapeOf(body, options) });
  }

  /** A value both clouds must give exactly, after ids, URLs and run prefixes are normalised. */
  value(step: string, value: unknown): void {
    this.add({ step, value: normaliseValue(value, this.backend.replacements) });
  }

  sequence(step: string, states: readonly string[], mode: SequenceMode = 'subsequence'): void {
    this.add({ step, sequence: collapse(states), sequenceMode: mode });
  }
}

export interface ScenarioContext {
  readonly backend: Backend;
  readonly rec: Recorder;
  /** Registers a clean-up step; they run last-in first-out after the scenario, failures ignored. */
  cleanup(step: () => Promise<unknown>): void;
  /** Polls `read` until `done`, letting backend time pass between reads; returns the last value. */
  poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, onValue?: (value: T) => void): Promise<T>;
}

export interface Scenario {
  readonly name: string;
  /** On the real side it talks to the dashboard's policy server, which the suite starts for it. */
  readonly usesPolicyServer?: boolean;
  run(ctx: ScenarioContext): Promise<void>;
}

export class PollTimeout extends Error {}

/** Runs a scenario against a backend and returns what it observed; a crash becomes an observation. */
export async function runScenario(scenario: Scenario, backend: Backend): Promise<Observation[]> {
  const rec = new Recorder(backend);
  const cleanups: Array<() => Promise<unknown>> = [];
  const ctx: ScenarioContext = {
    backend,
    rec,
    cleanup: (step) => {
      cleanups.push(step);
    },
    async poll(what, read, done, onValue) {
      let waited = 0;
      for (;;) {
        const value = await read();
        onValue?.(value);
        if (done(value)) return value;
        if (waited >= backend.patienceMs) throw new PollTimeout(`${what}: still waiting after ${Math.round(waited / 1000)} s`);
        await backend.wait(backend.pollMs);
        waited += backend.pollMs;
      }
    },
  };
  try {
    await scenario.run(ctx);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    rec.value(SCENARIO_FAILED, message);
  } finally {
    for (const step of cleanups.toReversed()) {
      try {
        await step();
      } catch {
        // Best effort: the sweep before the next run removes leftovers.
      }
    }
  }
  return rec.observations;
}
