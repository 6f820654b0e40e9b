import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { checkRequest, segment } from '../request';
import { volumeUploadImageAnswerSchema, volumeUploadImageRequestSchema, type UploadDiskFormat } from './schemas';

export interface VolumeUploadToImage {
  volumeId: string;
  imageName: string;
  diskFormat: UploadDiskFormat;
}

export interface VolumeUploadStarted {
  imageId: string;
  /** The volume's status as Cinder answered (`uploading`). */
  volumeStatus: string;
}

/**
 * POST /volumes/{id}/action `os-volume_upload_image` (202): Cinder creates a queued Glance image
 * named `imageName` (container `bare`) and copies the volume into it; the volume is `uploading`
 * until the copy ends. The volume must be `available`.
 */
export async function uploadVolumeToImage(api: CloudApi, input: VolumeUploadToImage): Promise<VolumeUploadStarted> {
  const what = 'POST /volumes/{id}/action os-volume_upload_image';
  const body = checkRequest(
    volumeUploadImageRequestSchema,
    { 'os-volume_upload_image': { image_name: input.imageName, disk_format: input.diskFormat, container_format: 'bare', force: false } },
    'volume',
    what,
  );
  const response = await api.http('volume').post(`/volumes/${segment(input.volumeId)}/action`, body);
  const answer = parseAnswer(volumeUploadImageAnswerSchema, response.data, 'volume', what)['os-volume_upload_image'];
  return { imageId: answer.image_id, volumeStatus: answer.status };
}

/** DELETE /volumes/{id} (202): the volume goes `deleting`, then 404. */
export async function deleteVolume(api: CloudApi, id: string): Promise<void> {
  await api.http('volume').delete(`/volumes/${segment(id)}`);
}
