import { useMutation } from '@tanstack/react-query';
import { useCloud } from '@/cloud/cloud-context';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { CopyButton } from '@/components/copy/CopyButton';
import { FormDialog } from '@/components/dialog/FormDialog';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { downloadFileName } from '@/lib/download-file-name.mjs';
import { downloadUrl } from '@/openstack/glance/download';
import { imageMutations } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { displayName } from '../image-rules';
import { saveBytes, saveFromLink } from './save-file';
import './DownloadImageDialog.css';

interface DownloadImageDialogProps {
  image: Image;
  onClose(): void;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Download: what the file will be (name, size, Glance's checksums and how to check them), then a
 * single-use link from the dashboard server that the browser follows to stream the file to disk.
 */
export function DownloadImageDialog({ image, onClose }: DownloadImageDialogProps) {
  const api = useApi();
  const { config } = useCloud();
  const { t, format } = useI18n();
  const { toast } = useToast();
  const link = useMutation(imageMutations.downloadLink(api));
  const bytes = useMutation(imageMutations.downloadBytes(api));
  const fileName = downloadFileName({ id: image.id, name: image.name, diskFormat: image.disk_format });
  const hashAlgo = text(image['os_hash_algo']);
  const hashValue = text(image['os_hash_value']);
  const md5 = text(image.checksum);
  const verifyCommand = `${hashAlgo === 'sha512' || !hashAlgo ? 'sha512sum' : `${hashAlgo}sum`} '${fileName.replace(/'/g, "'\\''")}'`;
  const failed = link.error ?? bytes.error;

  const submit = () =>
    link.mutateAsync(image.id).then(async (issued) => {
      if (config.mode === 'demo') {
        saveBytes(await bytes.mutateAsync(issued), issued.name);
        toast({ tone: 'success', title: t('images.download.saved', { name: issued.name }) });
      } else {
        saveFromLink(downloadUrl(api, issued), issued.name);
        toast({ tone: 'success', title: t('images.download.started', { name: issued.name }) });
      }
      onClose();
    });

  return (
    <FormDialog
      title={t('images.download.title', { name: displayName(image) })}
      description={t('images.download.intro')}
      submitLabel={t('images.download.start')}
      busy={link.isPending || bytes.isPending}
      failure={failed ? describeError(failed, t) : null}
      onClose={onClose}
      onSubmit={submit}
    >
      <dl className="download-facts">
        <dt>{t('images.download.fileName')}</dt>
        <dd>
          <code>{fileName}</code>
        </dd>
        <dt>{t('images.download.size')}</dt>
        <dd>{t('images.download.sizeExact', { size: format.bytes(image.size), bytes: format.number(image.size ?? 0) })}</dd>
        {hashValue && (
          <>
            <dt>{t('images.download.hash', { algorithm: hashAlgo ?? 'sha512' })}</dt>
            <dd>
              <code className="download-facts__hash">{hashValue}</code> <CopyButton value={hashValue} label={t('images.download.copyHash')} />
            </dd>
          </>
        )}
        {md5 && (
          <>
            <dt>{t('images.download.md5')}</dt>
            <dd>
              <code className="download-facts__hash">{md5}</code>
            </dd>
          </>
        )}
      </dl>
      {!hashValue && !md5 && <p>{t('images.download.noHash')}</p>}
      {hashValue && (
        <>
          <h3 className="download-facts__heading">{t('images.download.verifyTitle')}</h3>
          <p>{t('images.download.verify')}</p>
          <pre className="download-facts__command">
            <code>{verifyCommand}</code>
          </pre>
        </>
      )}
    </FormDialog>
  );
}
