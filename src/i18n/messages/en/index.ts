import { announce } from './announce';
import { auth } from './auth';
import { common } from './common';
import { errors } from './errors';
import { images } from './images';
import { instances } from './instances';
import { instanceDetail } from './instance-detail';
import { launch } from './launch';
import { restore } from './restore';
import { shell } from './shell';
import { table } from './table';
import { volumeSnapshots } from './volume-snapshots';
import { recovery } from './recovery';
import { policies } from './policies';
import { snapshotStorage } from './snapshot-storage';
import { copyToImage } from './copy-to-image';
import { imageSharing } from './image-sharing';

export const en = { common, auth, shell, errors, table, instances, images, volumeSnapshots, launch, recovery, instanceDetail, restore, announce, policies, snapshotStorage, copyToImage, imageSharing } as const;
