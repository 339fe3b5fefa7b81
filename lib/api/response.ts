import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import { isLocale, type Locale, localeOfAcceptLanguage } from '../i18n/locales';

/** The one error shape every API route answers with (the same as lib/api/http.ts): English and Arabic. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; messageAr: string };
}

export type ApiErrorCode = 'bad_request' | 'not_found';
type MessageKey = keyof typeof ar.ApiRequestErrors;

const messages: Record<Locale, typeof ar.ApiRequestErrors> = { ar: ar.ApiRequestErrors, en: en.ApiRequestErrors };

/** The reader's language for a message: ?locale=, else Accept-Language's first language, else the default. */
export function requestLocale(request: Request): Locale {
  const asked = new URL(request.url).searchParams.get('locale');
  if (isLocale(asked)) return asked;
  return localeOfAcceptLanguage(request.headers.get('accept-language'));
}

export function apiError(status: 400 | 404, code: ApiErrorCode, _locale: Locale, key: MessageKey): Response {
  const body: ApiErrorBody = { error: { code, message: messages.en[key], messageAr: messages.ar[key] } };
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}
