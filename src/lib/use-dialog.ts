import { useCallback, useState } from 'react';

/**
 * Which dialog a panel shows, if any: one value of the panel's own union
 * (`{ kind: 'edit'; row } | { kind: 'delete'; rows }`), so two dialogs can never be open at once.
 */
export function useDialog<Dialog extends { kind: string }>() {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = useCallback(() => setDialog(null), []);
  return { dialog, open: setDialog, close };
}
