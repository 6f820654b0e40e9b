import type { ActionRule, BatchAction, RowAction } from '@/components/actions/types';
import type { I18n, MessageKey } from '@/i18n';
import type { Image } from '@/openstack/glance/schemas';
import { paths } from '@/paths';
import { deleteBlocker, editBlocker, kindOf, launchBlocker, selectionBlocker, shareBlocker } from './image-rules';
import { copyToImageBlocker } from './copy-to-image/copy-blocker';
import { downloadBlocker } from './download/download-rule';

/** The launch wizard with this item preset: Instance Snapshot for a snapshot, Image otherwise. */
export function launchPath(image: Image): string {
  return paths.launch({ source: kindOf(image) === 'snapshot' ? 'instance_snapshot' : 'image', id: image.id });
}

/** Each rule once, in words: the checkbox, the row actions, the toolbar and the dialog use these. */
export interface ImageRules {
  launch: ActionRule<Image>;
  edit: ActionRule<Image>;
  share: ActionRule<Image>;
  delete: ActionRule<Image>;
  /** The checkbox: a protected row stays selectable (the dialog names it as skipped). */
  select: ActionRule<Image>;
  copyToImage: ActionRule<Image>;
  download: ActionRule<Image>;
}

export function imageRules(t: I18n['t'], projectId: string): ImageRules {
  const verdict = (reason: MessageKey | null): true | string => (reason === null ? true : t(reason));
  return {
    launch: (image) => verdict(launchBlocker(image)),
    edit: (image) => verdict(editBlocker(image, projectId)),
    share: (image) => verdict(shareBlocker(image, projectId)),
    delete: (image) => verdict(deleteBlocker(image, projectId)),
    select: (image) => verdict(selectionBlocker(image, projectId)),
    copyToImage: (image) => verdict(copyToImageBlocker(image, projectId)),
    download: (image) => verdict(downloadBlocker(image)),
  };
}

interface ActionHandlers {
  navigate(to: string): void;
  onEdit(image: Image): void;
  onShare(image: Image): void;
  onDelete(images: Image[]): void;
  onDownload(image: Image): void;
  onCopyToImage?(image: Image): void;
}

/** Launch (primary), Edit Image, Share Image, Download, Copy to Image (volume-backed snapshots), Delete Image. */
export function imageRowActions(t: I18n['t'], rules: ImageRules, { navigate, onEdit, onShare, onDelete, onDownload, onCopyToImage }: ActionHandlers): RowAction<Image>[] {
  return [
    { id: 'launch', label: t('images.actions.launch'), allowed: rules.launch, run: (image) => navigate(launchPath(image)) },
    { id: 'edit', label: t('images.actions.edit'), allowed: rules.edit, run: onEdit },
    { id: 'share', label: t('imageSharing.action'), allowed: rules.share, run: onShare },
    { id: 'download', label: t('images.download.action'), allowed: rules.download, run: onDownload },
    ...(onCopyToImage ? [{ id: 'copy-to-image', label: t('copyToImage.action'), allowed: rules.copyToImage, run: onCopyToImage }] : []),
    { id: 'delete', label: t('images.actions.delete'), danger: true, allowed: rules.delete, run: (image) => onDelete([image]) },
  ];
}

/** Delete Images over the selection; rows it may not touch are named with the reason and skipped. */
export function imageBatchActions(t: I18n['t'], rules: ImageRules, { onDelete }: Pick<ActionHandlers, 'onDelete'>): BatchAction<Image>[] {
  return [{ id: 'delete-images', label: t('images.actions.deleteMany'), danger: true, allowed: rules.delete, run: onDelete }];
}
