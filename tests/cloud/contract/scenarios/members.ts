/**
 * Image members across two projects: demo snapshots a server, makes the snapshot `shared` and
 * invites admin's project (pending); admin sees it only when asking for pending ones, accepts,
 * and boots a server from it; the owner may not answer for the member; removal ends the sharing.
 */
import { getImage, listImages, updateImage } from '@/openstack/glance/images';
import { addImageMember, getImageMember, listImageMembers, removeImageMember, setImageMemberStatus, shareOperations } from '@/openstack/glance/members';
import { createServerImage } from '@/openstack/nova/server-actions';
import { signIn, type Credentials } from '../backend';
import type { Scenario } from '../scenario';
import { bootServer, cirros, deleteImageQuietly, nanoFlavorId } from './common';

const admin: Credentials = { username: 'admin', password: 'admin', project: 'admin' };

export const membersScenario: Scenario = {
  name: 'image members: share with another project, accept, launch',
  async run(ctx) {
    const { backend, rec } = ctx;
    const owner = await signIn(backend);
    const other = await signIn(backend, admin);
    const flavorRef = await nanoFlavorId(owner);
    const base = await cirros(owner);
    const vm = await bootServer(ctx, owner, { name: `${backend.prefix}-share-vm`, imageRef: base.id, flavorRef, networks: 'auto' });
    const created = await createServerImage(owner.api, vm.id, { name: `${backend.prefix}-share-snap` });
    const imageId = created.imageId;
    ctx.cleanup(() => deleteImageQuietly(owner, imageId));
    await ctx.poll('shared snapshot active', () => getImage(owner.api, imageId), (image) => ['active', 'killed', 'deleted'].includes(image.status));

    const notShared = await rec.call(owner, 'GET members of a private image', () => listImageMembers(owner.api, imageId));
    rec.value('members of a private image: status', notShared.error?.status ?? null);
    const shared = await rec.call(owner, 'PATCH visibility=shared', () => updateImage(owner.api, imageId, shareOperations), { shape: false });
    rec.value('visibility after PATCH', shared.result?.visibility ?? null);

    const invited = await rec.call(owner, 'POST /v2/images/{id}/members', () => addImageMember(owner.api, imageId, other.api.projectId));
    rec.value('new member status', invited.result?.status ?? null);
    const twice = await rec.call(owner, 'POST the same member again', () => addImageMember(owner.api, imageId, other.api.projectId));
    rec.value('duplicate member: status', twice.error?.status ?? null);
    const ownerAnswers = await rec.call(owner, 'owner PUTs the member status', () => setImageMemberStatus(owner.api, imageId, other.api.projectId, 'accepted'));
    rec.value('owner answering for the member: status', ownerAnswers.error?.status ?? null);

    const pending = await rec.call(other, 'member lists visibility=shared&member_status=pending', () =>
      listImages(other.api, { visibility: 'shared', extraQuery: { member_status: 'pending' }, limit: 1000 }), { shape: false });
    rec.value('pending listing holds the invitation', pending.result?.images.some((image) => image.id === imageId) ?? null);
    const own = await rec.call(other, 'member GET its membership', () => getImageMember(other.api, imageId, other.api.projectId));
    rec.value('membership before the answer', own.result?.status ?? null);
    const accepted = await rec.call(other, 'member PUTs status accepted', () => setImageMemberStatus(other.api, imageId, other.api.projectId, 'accepted'));
    rec.value('membership after accepting', accepted.result?.status ?? null);
    const listed = await listImages(other.api, { visibility: 'shared', limit: 1000 });
    rec.value('accepted image in the member’s shared listing', listed.images.some((image) => image.id === imageId));

    const launched = await bootServer(ctx, other, { name: `${backend.prefix}-share-boot`, imageRef: imageId, flavorRef, networks: 'auto' });
    rec.value('server booted from the shared image', launched.server.status);

    const seen = await rec.call(owner, 'owner GET members', () => listImageMembers(owner.api, imageId), { shape: false });
    rec.value('owner sees the answer', seen.result?.map((member) => member.status) ?? null);
    await rec.call(owner, 'DELETE the member', () => removeImageMember(owner.api, imageId, other.api.projectId), { shape: false });
    const after = await listImageMembers(owner.api, imageId);
    rec.value('members after removal', after.length);
  },
};
