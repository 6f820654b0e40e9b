import { CopyButton } from './CopyButton';

/** An ID in code type with its Copy button. */
export function CopyableId({ id, label }: { id: string; label?: string }) {
  return (
    <span className="copyable-id">
      <code>{id}</code> <CopyButton value={id} label={label} />
    </span>
  );
}
