import type { TFunction } from 'i18next';
import { ApiRequestError } from '../sync/api-error.ts';

/**
 * A failure as a sentence in the UI language: API errors by their code (with the server's own words for
 * validation, which name the field), app errors by the i18n key they carry as message.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiRequestError) {
    const text = t(`apiErrors.${error.code}`);
    return error.code === 'validation_failed' || error.code === 'bad_request'
      ? `${text} (${error.message})`
      : text;
  }
  if (error instanceof Error && error.message.startsWith('errors.')) {
    return t(error.message, { defaultValue: t('errors.unexpected') });
  }
  return t('errors.unexpected');
}
