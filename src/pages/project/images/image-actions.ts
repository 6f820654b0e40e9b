import type { BatchAction, RowAction } from '@/components/actions/types';
import type { I18n, MessageKey } from '@/i18n';
import type { Image } from '@/openstack/glance/schemas';
import { paths } from '@/paths';
import { deleteBlocker, editBlocker, kindOf, launchBlocker } from './image-rules';

/** The launch wizard with this item preset: Instance Snapshot for a snapshot, Image otherwise. */
export function launchPath(image: Image): string {
  return paths.launch({ source: kindOf(image) === 'snapshot' ? 'instance_snapshot' : 'image', id: image.id });
}

interface ActionContext {
  t: I18n['t'];
  projectId: string;
  navigate(to: string): void;
  onEdit(image: Image): void;
  onDelete(images: Image[]): void;
}

function verdict(t: I18n['t'], reason: MessageKey | null): true | string {
  return reason === null ? true : t(reason);
}

/** Launch (primary), Edit Image, Delete Image: one definition for the button, the menu and the reasons. */
export function imageRowActions({ t, projectId, navigate, onEdit, onDelete }: ActionContext): RowAction<Image>[] {
  return [
    {
      id: 'launch',
      label: t('images.actions.launch'),
      allowed: (image) => verdict(t, launchBlocker(image)),
      run: (image) => navigate(launchPath(image)),
    },
    {
      id: 'edit',
      label: t('images.actions.edit'),
      allowed: (image) => verdict(t, editBlocker(image, projectId)),
      run: onEdit,
    },
    {
      id: 'delete',
      label: t('images.actions.delete'),
      danger: true,
      allowed: (image) => verdict(t, deleteBlocker(image, projectId)),
      run: (image) => onDelete([image]),
    },
  ];
}

/** Delete Images over the selection; rows it may not touch are named with the reason and skipped. */
export function deleteImagesAction({ t, projectId, onDelete }: Pick<ActionContext, 't' | 'projectId' | 'onDelete'>): BatchAction<Image> {
  return {
    id: 'delete-images',
    label: t('images.actions.deleteMany'),
    danger: true,
    allowed: (image) => verdict(t, deleteBlocker(image, projectId)),
    run: onDelete,
  };
}
