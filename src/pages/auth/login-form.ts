import type { MessageKey } from '@/i18n';

export interface LoginValues {
  username: string;
  password: string;
  userDomain: string;
  projectName: string;
  region: string;
}

export type LoginErrors = Partial<Record<keyof LoginValues, string>>;

const requiredFields: ReadonlyArray<[keyof LoginValues, MessageKey]> = [
  ['username', 'auth.userName'],
  ['password', 'auth.password'],
  ['userDomain', 'auth.domain'],
  ['projectName', 'auth.project'],
];

/** Checks the form before anything is sent to Keystone. */
export function validateLogin(values: LoginValues, t: (key: MessageKey, params?: Record<string, string>) => string): LoginErrors {
  const errors: LoginErrors = {};
  for (const [field, label] of requiredFields) {
    if (!values[field].trim()) errors[field] = t('auth.required', { field: t(label) });
  }
  return errors;
}
