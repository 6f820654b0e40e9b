import { z } from 'zod';
import type { LaunchPreset, WizardState } from './wizard-state';
import { stepIds } from './wizard-state';

/**
 * The wizard's draft in sessionStorage: it survives a reload of the tab and goes away with the tab,
 * on launch and on cancel. It holds what the user chose and typed; the wizard asks for no secret.
 */
const keyPrefix = 'snapshot-dashboard.launch-draft:';

const sourceSchema = z.enum(['image', 'instance_snapshot', 'volume', 'volume_snapshot']);
const stepSchema = z.enum(stepIds);

const draftSchema = z.object({
  step: stepSchema,
  visited: z.array(stepSchema),
  attempted: z.boolean(),
  name: z.string(),
  description: z.string(),
  availabilityZone: z.string(),
  count: z.string(),
  sourceType: sourceSchema,
  selected: z.partialRecord(sourceSchema, z.string()),
  preset: z.object({ source: sourceSchema, id: z.string().nullable() }).nullable(),
  createVolume: z.boolean(),
  volumeSize: z.string().nullable(),
  deleteOnTermination: z.boolean(),
  search: z.string(),
  flavorId: z.string().nullable(),
  networkIds: z.array(z.string()).nullable(),
  securityGroups: z.array(z.string()).nullable(),
  keyName: z.string().nullable().optional(),
});

/** One draft per project and preset: a wizard opened for another source starts fresh. */
function draftKey(scope: string, preset: LaunchPreset): string {
  return `${keyPrefix}${scope}|${preset.source}|${preset.id ?? ''}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(scope: string, preset: LaunchPreset): WizardState | null {
  try {
    const raw = storage()?.getItem(draftKey(scope, preset));
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data, keyName: parsed.data.keyName } : null;
  } catch {
    return null;
  }
}

export function saveDraft(scope: string, preset: LaunchPreset, state: WizardState): void {
  try {
    storage()?.setItem(draftKey(scope, preset), JSON.stringify(state));
  } catch {
    // A full or blocked storage only costs the draft's reload-survival.
  }
}

export function clearDraft(scope: string, preset: LaunchPreset): void {
  storage()?.removeItem(draftKey(scope, preset));
}
