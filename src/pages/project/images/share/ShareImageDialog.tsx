import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { Dialog } from '@/components/dialog/Dialog';
import { ErrorState } from '@/components/ErrorState';
import { FailureAlert } from '@/components/form/FailureAlert';
import { Spinner } from '@/components/Spinner';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { shareOperations } from '@/openstack/glance/members';
import { imageMemberMutations, imageMemberQueries, imageMutations } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { displayName } from '../image-rules';
import { AddMemberForm } from './AddMemberForm';
import { ImageMembersTable } from './ImageMembersTable';
import './ShareImage.css';

interface ShareImageDialogProps {
  image: Image;
  onClose(): void;
}

function visibilityWord(visibility: string): `imageSharing.visibility.${'public' | 'private' | 'community'}` | null {
  return visibility === 'public' || visibility === 'private' || visibility === 'community' ? `imageSharing.visibility.${visibility}` : null;
}

/** Share Image: makes the image `shared`, then invites projects by id, shows their answers and removes them. */
export function ShareImageDialog({ image, onClose }: ShareImageDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const name = displayName(image);
  const [shared, setShared] = useState(image.visibility === 'shared');
  const [removing, setRemoving] = useState<string | null>(null);
  const share = useMutation(imageMutations.update(api));
  const add = useMutation(imageMemberMutations.add(api));
  const remove = useMutation(imageMemberMutations.remove(api));
  const members = useQuery({ ...imageMemberQueries.members(api, image.id), enabled: shared });

  const makeShared = () =>
    share.mutate(
      { id: image.id, operations: shareOperations },
      {
        onSuccess: () => {
          setShared(true);
          toast({ tone: 'success', title: t('imageSharing.madeShared', { name }) });
        },
      },
    );

  const invite = (projectId: string) => {
    remove.reset();
    return add.mutateAsync({ imageId: image.id, projectId }).then(
      () => {
        toast({ tone: 'success', title: t('imageSharing.added', { project: projectId, name }) });
        return true;
      },
      () => false,
    );
  };

  const uninvite = (projectId: string) => {
    add.reset();
    setRemoving(projectId);
    remove.mutate(
      { imageId: image.id, projectId },
      {
        onSuccess: () => toast({ tone: 'success', title: t('imageSharing.removed', { project: projectId, name }) }),
        onSettled: () => setRemoving(null),
      },
    );
  };

  const failed = share.error ?? add.error ?? remove.error;
  const failure = failed ? describeError(failed, t) : null;
  const word = visibilityWord(image.visibility);

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('imageSharing.title', { name })}
      busy={share.isPending}
      size="large"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('imageSharing.close')}
        </button>
      }
    >
      {!shared ? (
        <div className="image-share__intro">
          <p>{t('imageSharing.notShared', { visibility: word ? t(word) : image.visibility })}</p>
          <button type="button" className="button button--primary" aria-busy={share.isPending || undefined} onClick={makeShared}>
            {t('imageSharing.makeShared')}
          </button>
        </div>
      ) : (
        <>
          <p>{t('imageSharing.howItWorks')}</p>
          <AddMemberForm
            ownProjectId={api.projectId}
            memberIds={(members.data ?? []).map((member) => member.member_id)}
            busy={add.isPending}
            onAdd={invite}
          />
          {members.isPending ? (
            <Spinner label={t('imageSharing.loading')} showLabel />
          ) : members.isError ? (
            <ErrorState title={t('imageSharing.members')} message={describeError(members.error, t).message} onRetry={() => void members.refetch()} />
          ) : (
            <ImageMembersTable members={members.data} removing={removing} onRemove={uninvite} />
          )}
        </>
      )}
      {failure && <FailureAlert failure={failure} />}
    </Dialog>
  );
}
