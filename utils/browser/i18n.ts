import { browser } from 'wxt/browser';

/**
 * Thin adapter over `i18n`: the messages in the browser's language. WXT types getMessage from the keys it saw at its
 * last `wxt prepare`; utils/i18n.ts checks keys already, so a stale .wxt folder must not break the type check.
 */
interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}
const i18nApi = (): I18nApi => browser.i18n;

/** The message in the browser's language; '' when the package has none of that name. */
export function browserMessage(name: string, substitutions?: string | string[]): string {
  return i18nApi().getMessage(name, substitutions);
}

/** The browser's UI language ("pl-PL"), whatever locale file it picked for Signoff. */
export function browserUiLanguage(): string {
  return i18nApi().getUILanguage();
}
