import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { FailureAlert, type Failure } from '@/components/form/FailureAlert';
import { FormField } from '@/components/form/FormField';
import { useI18n } from '@/i18n';
import { serverMutations } from '@/openstack/nova/queries';
import type { Server } from '@/openstack/nova/schemas';
import './InstanceMetadata.css';

const maxLength = 255;

/** The instance's metadata (Nova's key=value items, e.g. `backup=daily` that snapshot policies select by): list, add, remove. */
export function InstanceMetadata({ server }: { server: Server }) {
  const api = useApi();
  const { t } = useI18n();
  const headingId = useId();
  const setMetadata = useMutation(serverMutations.setMetadata(api));
  const deleteMetadata = useMutation(serverMutations.deleteMetadata(api));
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const items = Object.entries(server.metadata ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const busy = setMetadata.isPending || deleteMetadata.isPending;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (trimmed === '' || trimmed.length > maxLength) {
      setKeyError(t('policies.metadata.keyInvalid', { max: maxLength }));
      return;
    }
    setKeyError(null);
    setFailure(null);
    setMetadata.mutate(
      { serverId: server.id, items: { [trimmed]: value.slice(0, maxLength) } },
      {
        onSuccess: () => {
          setKey('');
          setValue('');
        },
        onError: (error) => setFailure(describeError(error, t)),
      },
    );
  };

  const remove = (itemKey: string) => {
    setFailure(null);
    deleteMetadata.mutate({ serverId: server.id, key: itemKey }, { onError: (error) => setFailure(describeError(error, t)) });
  };

  return (
    <section className="instance-detail__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('policies.metadata.title')}</h2>
      <p>{t('policies.metadata.description')}</p>
      {items.length === 0 ? (
        <p>{t('policies.metadata.none')}</p>
      ) : (
        <table className="instance-detail__table">
          <caption className="visually-hidden">{t('policies.metadata.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('policies.metadata.key')}</th>
              <th scope="col">{t('policies.metadata.value')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('policies.metadata.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map(([itemKey, itemValue]) => (
              <tr key={itemKey}>
                <th scope="row">
                  <code>{itemKey}</code>
                </th>
                <td>{itemValue}</td>
                <td>
                  <button type="button" className="button button--small" disabled={busy} onClick={() => remove(itemKey)}>
                    {t('policies.metadata.remove', { key: itemKey })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="instance-metadata__form" noValidate onSubmit={add} aria-label={t('policies.metadata.addLabel')}>
        <FormField label={t('policies.metadata.key')} error={keyError}>
          {(control) => <input {...control} value={key} maxLength={maxLength} onChange={(e) => setKey(e.target.value)} />}
        </FormField>
        <FormField label={t('policies.metadata.value')}>
          {(control) => <input {...control} value={value} maxLength={maxLength} onChange={(e) => setValue(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" aria-busy={setMetadata.isPending || undefined} disabled={busy}>
          {t('policies.metadata.add')}
        </button>
      </form>
      {failure && <FailureAlert failure={failure} />}
    </section>
  );
}
