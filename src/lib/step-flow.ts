export type StepState = 'pending' | 'running' | 'done' | 'failed';

export interface StepFlowState<Id extends string> {
  steps: Array<{ id: Id; state: StepState }>;
}

/**
 * The state of a multi-step flow, handed to `onChange` on every change. `step` marks a step
 * running, then done or failed (calling `onFailure` first), and passes the work's result or error on.
 */
export function stepFlow<Id extends string, S extends StepFlowState<Id>>(initial: S, onChange: (state: S) => void) {
  let state = initial;
  const publish = (next: Partial<S>) => {
    state = { ...state, ...next };
    onChange(state);
  };
  const mark = (id: Id, stepState: StepState) =>
    publish({ steps: state.steps.map((entry) => (entry.id === id ? { ...entry, state: stepState } : entry)) } as Partial<S>);

  async function step<T>(id: Id, work: () => Promise<T>, onFailure?: (error: unknown) => void): Promise<T> {
    mark(id, 'running');
    try {
      const value = await work();
      mark(id, 'done');
      return value;
    } catch (error) {
      mark(id, 'failed');
      onFailure?.(error);
      throw error;
    }
  }

  return { current: () => state, publish, step };
}
