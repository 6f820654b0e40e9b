import { useId } from 'react';
import { useI18n } from '@/i18n';
import type { Image } from '@/openstack/glance/schemas';
import { customProperties } from './image-fields';

/** Every custom property of the image as Glance returns it: name and value, in a definition list. */
export function ImageProperties({ image }: { image: Image }) {
  const { t } = useI18n();
  const headingId = useId();
  const properties = customProperties(image);
  return (
    <section className="image-properties" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('images.details.properties')}</h2>
      {properties.length === 0 ? (
        <p className="image-details__muted">{t('images.details.noProperties')}</p>
      ) : (
        <dl className="image-details" aria-labelledby={headingId}>
          {properties.map(([name, value]) => (
            <div className="image-details__row" key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd className="image-properties__value">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
