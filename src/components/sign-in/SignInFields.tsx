import { useI18n } from '@/i18n';
import { SignInField } from './SignInField';

type FieldName = 'username' | 'password' | 'userDomain' | 'projectName' | 'region';

interface SignInFieldsProps {
  /** Keeps the ids of two forms on one page apart. */
  idPrefix: string;
  values: Readonly<Record<FieldName, string>>;
  errors: Readonly<Partial<Record<FieldName, string>>>;
  update(field: FieldName): (value: string) => void;
  /** The regions to choose from; the choice shows only when there is more than one. */
  regions: readonly string[];
}

/** The fields of the login page, also shown by the sign-in-again dialog over a page. */
export function SignInFields({ idPrefix, values, errors, update, regions }: SignInFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <SignInField id={`${idPrefix}-username`} label={t('auth.userName')} value={values.username} onChange={update('username')} error={errors.username} autoComplete="username" />
      <SignInField id={`${idPrefix}-password`} label={t('auth.password')} type="password" value={values.password} onChange={update('password')} error={errors.password} autoComplete="current-password" />
      <SignInField id={`${idPrefix}-domain`} label={t('auth.domain')} value={values.userDomain} onChange={update('userDomain')} error={errors.userDomain} />
      <SignInField id={`${idPrefix}-project`} label={t('auth.project')} value={values.projectName} onChange={update('projectName')} error={errors.projectName} />
      {regions.length > 1 && (
        <div className="field">
          <label className="field__label" htmlFor={`${idPrefix}-region`}>{t('auth.region')}</label>
          <select id={`${idPrefix}-region`} value={values.region} onChange={(event) => update('region')(event.target.value)}>
            {regions.map((region) => (
              <option key={region} value={region}>{region}</option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
