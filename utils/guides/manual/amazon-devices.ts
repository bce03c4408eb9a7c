import type { ManualGuide, ManualText } from './manual-guide';

/**
 * Signing out of Amazon outside the browser (issue #16 §3): the Amazon app on a phone or tablet, and the Amazon
 * app on Windows. The steps are the seed's; where the seed's Polish is a machine translation, the label is
 * amazon.pl's own.
 */

const SOURCE = {
  seed: 'seed /work/shared/seeds/000_9ef5ef287ee0abdd.txt (Polish Amazon guide, machine-translated from Italian)',
  seedApp:
    'seed, "Android i iOS": ≡ w lewym górnym rogu → Ustawienia → „Czy nie jesteś [imię]? Wychodzić” → „Wychodzić” (confirm)',
  seedWindows: 'seed, Windows 10: „Cześć [imię]” w prawym górnym rogu → „Wychodzić” in the menu',
  signOutLabelPl:
    'the seed’s „Wychodzić” is a machine translation of the Italian “Esci”; amazon.pl labels sign-out „Wyloguj się” (utils/recipes/sites/amazon.ts, signOut click text, from saved amazon.pl pages 2026)',
  menuAtBottom:
    'https://wiseppc.com/blog/how-to-sign-out-of-amazon-app/ (third-party, 2025): menu icon → Settings → “Not [name]?” → Sign Out; the menu icon is at the bottom of the screen on newer app versions, top left on older ones',
  secureAccount:
    'https://topnews.media/?p=174011 and https://tecnowiser.pages.dev/posts/how-to-sign-out-of-amazon-on-all-or-specific-devices (third-party pages, not Amazon’s help; not checked on Amazon’s site by Signoff): Your Account → Login & security → “Compromised account” → Start, which signs out of all apps, devices and browsers',
} as const;

/** Shared by both surfaces: Signoff has no remote sign-out guide for Amazon (issue #16 §2), and what Amazon is said to offer. */
const WITHOUT_DEVICE: ManualText = {
  text: {
    en:
      'Device not at hand? Signoff has no guide yet for signing out of Amazon on other devices: no public source shows Amazon’s site offering such a control (see “Signed in on another computer?” in Signoff’s options for what it does offer). Public pages (not Amazon’s own help, and not checked by Signoff) describe Your Account → “Login & security” → “Compromised account” → “Start”, which signs out of all apps, devices and browsers; you then sign in again everywhere.',
    pl:
      'Nie masz urządzenia pod ręką? Signoff nie ma jeszcze przewodnika, jak wylogować się z Amazona na innych urządzeniach: żadne publiczne źródło nie pokazuje takiego przycisku na stronie Amazona (co Amazon oferuje, pokazuje „Zalogowano na innym komputerze?” w opcjach Signoff). Strony publiczne (nie pomoc Amazona i niesprawdzone przez Signoff) opisują: Twoje konto → „Login & security” → „Compromised account” → „Start” (nazwy po angielsku: polskich nie znaleźliśmy w źródłach), co wylogowuje ze wszystkich aplikacji, urządzeń i przeglądarek; potem trzeba zalogować się ponownie wszędzie.',
  },
  provenance: [SOURCE.secureAccount, 'the Polish labels of that page were not seen in any source: the Polish text gives the English ones'],
};

export const amazonPhoneApp: ManualGuide = {
  id: 'amazon-app-phone',
  recipeId: 'amazon',
  siteName: 'Amazon',
  surface: 'phone-app',
  title: { en: 'Amazon app on a phone or tablet (Android, iOS)', pl: 'Aplikacja Amazon na telefonie lub tablecie (Android, iOS)' },
  steps: [
    {
      text: {
        en: 'Open the Amazon app (the word “amazon” and a blue shopping cart on a white background).',
        pl: 'Otwórz aplikację Amazon (napis „amazon” i niebieski koszyk na białym tle).',
      },
      provenance: [SOURCE.seed],
    },
    {
      text: {
        en: 'Tap the menu button ≡ (top left in the seed; newer versions of the app have it at the bottom of the screen).',
        pl: 'Stuknij przycisk menu ≡ (w przewodniku w lewym górnym rogu; w nowszych wersjach aplikacji na dole ekranu).',
      },
      provenance: [SOURCE.seedApp, SOURCE.menuAtBottom],
    },
    { text: { en: 'Choose “Settings”.', pl: 'Wybierz „Ustawienia”.' }, provenance: [SOURCE.seedApp, SOURCE.menuAtBottom] },
    {
      text: { en: 'Tap “Not [your name]? Sign out”.', pl: 'Stuknij „Nie jesteś [Twoje imię]? Wyloguj się”.' },
      provenance: [SOURCE.seedApp, SOURCE.signOutLabelPl, SOURCE.menuAtBottom],
    },
    {
      text: { en: 'Tap “Sign out” again to confirm.', pl: 'Stuknij „Wyloguj się” jeszcze raz, aby potwierdzić.' },
      provenance: [SOURCE.seedApp, SOURCE.signOutLabelPl],
    },
  ],
  withoutDevice: WITHOUT_DEVICE,
};

export const amazonWindowsApp: ManualGuide = {
  id: 'amazon-app-windows',
  recipeId: 'amazon',
  siteName: 'Amazon',
  surface: 'windows-app',
  title: { en: 'Amazon app on Windows', pl: 'Aplikacja Amazon w systemie Windows' },
  steps: [
    { text: { en: 'Open the Amazon app on the Windows computer.', pl: 'Uruchom aplikację Amazon na komputerze z Windows.' }, provenance: [SOURCE.seedWindows] },
    {
      text: { en: 'Click “Hello, [your name]” at the top right.', pl: 'Kliknij „Cześć, [Twoje imię]” w prawym górnym rogu.' },
      provenance: [SOURCE.seedWindows],
    },
    {
      text: { en: 'Choose “Sign out” in the menu that opens.', pl: 'W menu, które się otworzy, wybierz „Wyloguj się”.' },
      provenance: [SOURCE.seedWindows, SOURCE.signOutLabelPl],
    },
  ],
  withoutDevice: WITHOUT_DEVICE,
};
