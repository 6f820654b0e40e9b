import { useEffect } from 'react';
import type { Server } from '@/openstack/nova/schemas';
import { CreateSnapshotDialog } from './CreateSnapshotDialog';
import { useSnapshotFlows } from './use-snapshot-flows';

interface SnapshotDialogHostProps {
  /** The server the dialog is open for, or null when it is closed. */
  target: Server | null;
  onClose(): void;
}

/**
 * Owns the snapshot flows for the page, so one keeps going when its dialog closes. A plain
 * snapshot closes the dialog once Nova accepts it (the toast links to it); the shut-off flow
 * keeps the dialog showing its steps until the user closes it.
 */
export function SnapshotDialogHost({ target, onClose }: SnapshotDialogHostProps) {
  const { flows, begin, forget } = useSnapshotFlows();
  const flow = target ? flows.get(target.id) : undefined;
  const targetId = target?.id;
  const acceptedPlain = flow !== undefined && !flow.shutOffFirst && flow.state.phase === 'succeeded';

  useEffect(() => {
    if (!acceptedPlain || !targetId) return;
    forget(targetId);
    onClose();
  }, [acceptedPlain, targetId, forget, onClose]);

  if (!target) return null;
  const close = () => {
    if (flow && flow.state.phase !== 'running') forget(target.id);
    onClose();
  };
  return (
    <CreateSnapshotDialog
      key={target.id}
      server={target}
      flow={flow}
      onSubmit={(request) => void begin(request)}
      onClose={close}
    />
  );
}
