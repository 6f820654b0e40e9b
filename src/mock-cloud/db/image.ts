/** Glance's state. Custom properties are strings, as Glance stores them. */
export type ImageStatus =
  | 'queued'
  | 'saving'
  | 'active'
  | 'killed'
  | 'deleted'
  | 'pending_delete'
  | 'deactivated'
  | 'uploading'
  | 'importing';

export type Visibility = 'public' | 'private' | 'shared' | 'community';

export interface ImageMember {
  member_id: string;
  status: 'pending' | 'accepted' | 'rejected';
  created_at: string;
  updated_at: string;
}

export interface Image {
  id: string;
  name: string | null;
  status: ImageStatus;
  visibility: Visibility;
  protected: boolean;
  os_hidden: boolean;
  owner: string | null;
  disk_format: string | null;
  container_format: string | null;
  size: number | null;
  virtual_size: number | null;
  checksum: string | null;
  os_hash_algo: string | null;
  os_hash_value: string | null;
  min_disk: number;
  min_ram: number;
  tags: string[];
  created_at: string;
  updated_at: string;
  properties: Record<string, string>;
  members: ImageMember[];
}

export interface ImageState {
  images: Record<string, Image>;
  /** Unified limits for GET /v2/info/usage; null = not configured (answers `{"usage": {}}`). */
  limits: Record<string, number> | null;
}

export function emptyImage(): ImageState {
  return { images: {}, limits: null };
}
