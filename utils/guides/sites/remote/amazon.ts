import type { Bilingual } from '../../schema';

/** A site that offers no "sign out of other devices" control: what Signoff says instead, and what the site does offer. */
export interface RemoteNotOffered {
  recipeId: string;
  siteName: string;
  says: Bilingual;
  offers: readonly { text: Bilingual; provenance: readonly string[] }[];
}

/**
 * Amazon: no source shows a "sign out of other devices" control for the web site. What public pages say it offers
 * instead, none of it Amazon's own help and none checked by Signoff; each ends more than the other sessions.
 */
export const amazonRemoteNotOffered: RemoteNotOffered = {
  recipeId: 'amazon',
  siteName: 'Amazon',
  says: {
    en: 'Amazon’s web site has no “sign out of other devices” control that Signoff could find in public sources, so there is no guide to run. Here is what Amazon does offer.',
    pl: 'Strona Amazona nie ma przycisku „wyloguj z innych urządzeń”, który Signoff znalazłby w publicznych źródłach, więc nie ma przewodnika do uruchomienia. Oto, co Amazon oferuje.',
  },
  offers: [
    {
      text: {
        en: 'Your Account → “Login & security” → change the password: public pages say this signs out the other devices (Alexa devices too), you stay signed in here.',
        pl: 'Twoje konto → „Logowanie i bezpieczeństwo” → zmiana hasła: według stron publicznych wylogowuje to inne urządzenia (także Alexę), a tu pozostajesz zalogowany.',
      },
      provenance: [
        'https://deletingsolutions.com/how-do-i-logout-of-all-devices-on-amazon (third-party: no direct button; a password change signs out every device but this one)',
        'https://tecnowiser.pages.dev/posts/how-to-sign-out-of-amazon-on-all-or-specific-devices (third-party: Login & security → Edit beside Password; Alexa devices disconnect too)',
      ],
    },
    {
      text: {
        en: 'Your Account → “Login & security” → “Compromised account?” → “Start”: public pages say this signs out of all apps, devices and browsers without a password change (this one too).',
        pl: 'Twoje konto → „Logowanie i bezpieczeństwo” → „Compromised account?” → „Start”: według stron publicznych wylogowuje to ze wszystkich aplikacji, urządzeń i przeglądarek bez zmiany hasła (także tutaj). Polskich nazw nie znaleźliśmy w źródłach.',
      },
      provenance: ['https://tecnowiser.pages.dev/posts/how-to-sign-out-of-amazon-on-all-or-specific-devices (third-party: “Start” next to “Compromised account”)'],
    },
    {
      text: {
        en: 'Your Account → “Content and devices” → “Devices”: “Deregister” beside a Kindle, Fire tablet or app signs that one device out.',
        pl: 'Twoje konto → „Zarządzaj treściami i urządzeniami” → „Urządzenia”: „Wyrejestruj” obok Kindle, tabletu Fire lub aplikacji wylogowuje to jedno urządzenie.',
      },
      provenance: [
        'https://tecnowiser.pages.dev/posts/how-to-sign-out-of-amazon-on-all-or-specific-devices (third-party: Deregister beside the device)',
        'https://umatechnology.org/?p=464287 (third-party: Manage Your Content and Devices → Devices → Deregister)',
        'the Polish labels are amazon.pl’s usual wording, not seen in a source (LOW)',
      ],
    },
  ],
};
