import { runBounded } from '@/lib/run-bounded';
import type { VolumeMessage, VolumeSnapshot } from '@/openstack/cinder/schemas';
import { newestMessages } from './snapshot-rows';

/** What became of a snapshot whose DELETE Cinder accepted (202). */
export type DeleteOutcome =
  | { kind: 'deleted' }
  /** Back to `available` (or `error_deleting`): the back end refused; `reason` is Cinder's user message, if it left one. */
  | { kind: 'refused'; status: string; reason: string | null }
  /** Still `deleting` when the watch gave up; the list keeps showing it. */
  | { kind: 'timeout' };

export interface DeleteWatchDeps {
  /** The snapshots Cinder is still deleting (one listing with `status=deleting`). */
  listDeleting(): Promise<VolumeSnapshot[]>;
  /** One snapshot, or null when Cinder no longer has it (404). */
  getSnapshot(id: string): Promise<VolumeSnapshot | null>;
  /** The project's user messages, to say why a delete came to nothing. */
  listMessages(): Promise<VolumeMessage[]>;
  /** Called after each check, e.g. to refresh the table. */
  onChecked?(): void;
  intervalMs: number;
  timeoutMs: number;
  now?(): number;
}

interface Pending {
  since: number;
  resolve(outcome: DeleteOutcome): void;
}

/**
 * Watches accepted deletes until each is settled, with one `status=deleting` listing per check
 * for all of them (not one request per snapshot per check). A snapshot that left that listing is
 * looked at once: gone means deleted; still there means Cinder refused (e.g. SnapshotIsBusy, fact
 * 32), and one messages call gives Cinder's reason.
 */
export class DeleteWatch {
  private readonly pending = new Map<string, Pending>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private checking = false;
  private stopped = false;

  constructor(private readonly deps: DeleteWatchDeps) {}

  watch(id: string): Promise<DeleteOutcome> {
    return new Promise((resolve) => {
      const previous = this.pending.get(id);
      this.pending.set(id, { since: this.now(), resolve });
      previous?.resolve({ kind: 'timeout' });
      this.stopped = false;
      this.schedule();
    });
  }

  /** Stops checking; the snapshots still watched resolve as `timeout`. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.resolve({ kind: 'timeout' });
    }
  }

  get watching(): number {
    return this.pending.size;
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }

  private schedule(): void {
    if (this.timer || this.checking || this.stopped || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.check();
    }, this.deps.intervalMs);
  }

  private async check(): Promise<void> {
    this.checking = true;
    try {
      await this.settle();
    } catch {
      // A failed check (the network, a 5xx) decides nothing: the next one asks again.
    } finally {
      this.checking = false;
      this.deps.onChecked?.();
      this.schedule();
    }
  }

  private async settle(): Promise<void> {
    const ids = [...this.pending.keys()];
    if (ids.length === 0) return;
    const deleting = new Set((await this.deps.listDeleting()).map((snapshot) => snapshot.id));
    const left = ids.filter((id) => !deleting.has(id));
    const looked = await runBounded(left, (id) => this.deps.getSnapshot(id), { concurrency: 4 });
    const refused: Array<{ id: string; status: string }> = [];
    for (const result of looked) {
      if (!result.ok) continue;
      const snapshot = result.value;
      if (snapshot === null) this.resolve(result.item, { kind: 'deleted' });
      else if (snapshot.status !== 'deleting') refused.push({ id: result.item, status: snapshot.status });
    }
    if (refused.length > 0) {
      const messages = newestMessages(await this.deps.listMessages().catch(() => []));
      for (const { id, status } of refused) this.resolve(id, { kind: 'refused', status, reason: messages.get(id)?.user_message ?? null });
    }
    const now = this.now();
    for (const [id, entry] of this.pending) {
      if (now - entry.since >= this.deps.timeoutMs) this.resolve(id, { kind: 'timeout' });
    }
  }

  private resolve(id: string, outcome: DeleteOutcome): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.resolve(outcome);
  }
}
