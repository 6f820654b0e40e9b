import type { MessageKey } from '@/i18n';

export interface SignInValues {
  username: string;
  password: string;
  userDomain: string;
  projectName: string;
  region: string;
}

export type SignInErrors = Partial<Record<keyof SignInValues, string>>;

const requiredFields: ReadonlyArray<[keyof SignInValues, MessageKey]> = [
  ['username', 'auth.userName'],
  ['password', 'auth.password'],
  ['userDomain', 'auth.domain'],
  ['projectName', 'auth.project'],
];

/** Checks the form before anything is sent to Keystone. */
export function validateSignIn(values: SignInValues, t: (key: MessageKey, params?: Record<string, string>) => string): SignInErrors {
  const errors: SignInErrors = {};
  for (const [field, label] of requiredFields) {
    if (!values[field].trim()) errors[field] = t('auth.required', { field: t(label) });
  }
  return errors;
}
