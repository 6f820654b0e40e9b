import { useMutation, useQuery } from '@tanstack/react-query';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { FailureAlert } from '@/components/form/FailureAlert';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import type { MemberStatus } from '@/openstack/glance/member-schemas';
import { imageMemberMutations, imageMemberQueries } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { displayName } from '../image-rules';
import './ShareImage.css';

/** Images other projects shared with this one and that wait for its answer: Accept or Reject each. */
export function SharedInvitations() {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const invitations = useQuery(imageMemberQueries.invitations(api));
  const answer = useMutation(imageMemberMutations.answer(api));

  if (invitations.isError) {
    return (
      <p className="images-notice images-notice--info" role="status">
        {t('imageSharing.invitations.loadFailed')}
      </p>
    );
  }
  const images = invitations.data ?? [];
  if (images.length === 0) return null;

  const reply = (image: Image, status: MemberStatus) =>
    answer.mutate(
      { imageId: image.id, status },
      {
        onSuccess: () =>
          toast({
            tone: 'success',
            title: t(status === 'accepted' ? 'imageSharing.invitations.accepted' : 'imageSharing.invitations.rejected', { name: displayName(image) }),
          }),
      },
    );
  const busyFor = (image: Image) => answer.isPending && answer.variables.imageId === image.id;

  return (
    <section className="images-notice images-notice--info" aria-labelledby="image-invitations-title">
      <div>
        <h2 id="image-invitations-title" className="image-invitations__title">
          {t('imageSharing.invitations.title', { count: images.length })}
        </h2>
        <p>{t('imageSharing.invitations.body')}</p>
        <ul className="image-invitations__list">
          {images.map((image) => (
            <li key={image.id} className="image-invitations__item">
              <span>
                <strong>{displayName(image)}</strong> {t('imageSharing.invitations.from', { owner: image.owner ?? '—' })}
              </span>
              <button
                type="button"
                className="button button--small button--primary"
                aria-label={t('imageSharing.invitations.acceptNamed', { name: displayName(image) })}
                aria-busy={busyFor(image) || undefined}
                disabled={answer.isPending}
                onClick={() => reply(image, 'accepted')}
              >
                {t('imageSharing.invitations.accept')}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('imageSharing.invitations.rejectNamed', { name: displayName(image) })}
                disabled={answer.isPending}
                onClick={() => reply(image, 'rejected')}
              >
                {t('imageSharing.invitations.reject')}
              </button>
            </li>
          ))}
        </ul>
        {answer.isError && <FailureAlert failure={describeError(answer.error, t)} />}
      </div>
    </section>
  );
}
