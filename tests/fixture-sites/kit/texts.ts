import type { LanguageCode } from './types';

/** The texts the kit's own pages use. A site spreads `baseTexts[lang]` and overrides what the real site says. */
export interface KitTexts {
  /** Brand in <title>, e.g. "GitHub". */
  siteName: string;
  signInTitle: string;
  identifierLabel: string;
  passwordLabel: string;
  signInButton: string;
  /** The first step's button of a two-step sign-in. */
  nextButton: string;
  wrongPassword: string;
  unknownAccount: string;
  /** A form posted without its CSRF token. */
  badToken: string;
  accountTitle: string;
  /** The sign-out control in the account menu. */
  signOut: string;
  /** Heading and text of a sign-out confirmation page or dialog. */
  confirmTitle: string;
  confirmText: string;
  confirmButton: string;
  cancelButton: string;
  notFound: string;
}

const en: KitTexts = {
  siteName: 'Site',
  signInTitle: 'Sign in',
  identifierLabel: 'Email address',
  passwordLabel: 'Password',
  signInButton: 'Sign in',
  nextButton: 'Next',
  wrongPassword: 'Incorrect password.',
  unknownAccount: 'We could not find that account.',
  badToken: 'Your session expired. Please reload the page and try again.',
  accountTitle: 'Your account',
  signOut: 'Sign out',
  confirmTitle: 'Are you sure you want to sign out?',
  confirmText: '',
  confirmButton: 'Sign out',
  cancelButton: 'Cancel',
  notFound: 'This page is not available.',
};

const pl: KitTexts = {
  siteName: 'Serwis',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  nextButton: 'Dalej',
  wrongPassword: 'Nieprawidłowe hasło.',
  unknownAccount: 'Nie znaleźliśmy takiego konta.',
  badToken: 'Sesja wygasła. Odśwież stronę i spróbuj ponownie.',
  accountTitle: 'Twoje konto',
  signOut: 'Wyloguj się',
  confirmTitle: 'Czy na pewno chcesz się wylogować?',
  confirmText: '',
  confirmButton: 'Wyloguj się',
  cancelButton: 'Anuluj',
  notFound: 'Ta strona jest niedostępna.',
};

const de: KitTexts = {
  siteName: 'Website',
  signInTitle: 'Anmelden',
  identifierLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  nextButton: 'Weiter',
  wrongPassword: 'Falsches Passwort.',
  unknownAccount: 'Dieses Konto wurde nicht gefunden.',
  badToken: 'Die Sitzung ist abgelaufen. Bitte laden Sie die Seite neu.',
  accountTitle: 'Ihr Konto',
  signOut: 'Abmelden',
  confirmTitle: 'Möchten Sie sich wirklich abmelden?',
  confirmText: '',
  confirmButton: 'Abmelden',
  cancelButton: 'Abbrechen',
  notFound: 'Diese Seite ist nicht verfügbar.',
};

export const baseTexts: Record<LanguageCode, KitTexts> = { en, pl, de };
