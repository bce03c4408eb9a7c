/** The interface texts of the Amazon fixture, per page language. */
export interface AmazonTexts {
  greeting(name: string): string;
  signedOutGreeting: string;
  accountAndLists: string;
  returnsAndOrders: string;
  cart: string;
  searchPlaceholder: string;
  yourAccount: string;
  yourOrders: string;
  yourLists: string;
  createList: string;
  switchAccounts: string;
  signOut: string;
  signIn: string;
  newCustomer: string;
  startHere: string;
  emailLabel: string;
  passwordLabel: string;
  continue: string;
  signInButton: string;
  changeEmail: string;
  unknownEmail: string;
  wrongPassword: string;
  problemTitle: string;
  welcome: string;
  accountPageIntro(email: string): string;
  pageMoved: string;
  notFound: string;
  backHome: string;
  /** The account switcher ("Choose an account" page). */
  chooseAccount: string;
  addAccount: string;
  manageAccounts: string;
  doneManaging: string;
  /** Beside each account in "Manage" mode: signs the account out and removes it from the switcher. */
  removeAccount: string;
  accountRemoved: string;
  switchFailed: string;
  /** Mobile layout: the signed-out prompt in the header. */
  mobileSignIn: string;
  copyright: string;
}

const en: AmazonTexts = {
  greeting: (name) => `Hello, ${name}`,
  signedOutGreeting: 'Hello, sign in',
  accountAndLists: 'Account & Lists',
  returnsAndOrders: 'Returns & Orders',
  cart: 'Cart',
  searchPlaceholder: 'Search Amazon',
  yourAccount: 'Your Account',
  yourOrders: 'Your Orders',
  yourLists: 'Your Lists',
  createList: 'Create a List',
  switchAccounts: 'Switch Accounts',
  signOut: 'Sign Out',
  signIn: 'Sign in',
  newCustomer: 'New customer?',
  startHere: 'Start here.',
  emailLabel: 'Email or mobile phone number',
  passwordLabel: 'Password',
  continue: 'Continue',
  signInButton: 'Sign in',
  changeEmail: 'Change',
  unknownEmail: 'We cannot find an account with that email address',
  wrongPassword: 'Your password is incorrect',
  problemTitle: 'There was a problem',
  welcome: 'Today’s deals for you',
  accountPageIntro: (email) => `Signed in as ${email}`,
  pageMoved: 'Sorry, this page has changed. The address you opened no longer works on our site.',
  notFound: 'Looking for something? The address you entered is not a page on our site.',
  backHome: 'Go to the home page',
  chooseAccount: 'Choose an account',
  addAccount: 'Add account',
  manageAccounts: 'Manage',
  doneManaging: 'Done',
  removeAccount: 'Sign out',
  accountRemoved: 'Signed out and removed from this browser',
  switchFailed: 'That account is no longer available here. Sign in again.',
  mobileSignIn: 'Sign in ›',
  copyright: '© 1996-2026, Amazon.com, Inc. or its affiliates',
};

const pl: AmazonTexts = {
  greeting: (name) => `Cześć, ${name}`,
  signedOutGreeting: 'Witamy, zaloguj się',
  accountAndLists: 'Konto i listy',
  returnsAndOrders: 'Zwroty i zamówienia',
  cart: 'Koszyk',
  searchPlaceholder: 'Szukaj Amazon.pl',
  yourAccount: 'Twoje konto',
  yourOrders: 'Twoje zamówienia',
  yourLists: 'Twoje listy',
  createList: 'Utwórz listę',
  switchAccounts: 'Zmień konto',
  signOut: 'Wyloguj się',
  signIn: 'Zaloguj się',
  newCustomer: 'Nowy klient?',
  startHere: 'Zacznij tutaj.',
  emailLabel: 'Adres e-mail lub numer telefonu komórkowego',
  passwordLabel: 'Hasło',
  continue: 'Dalej',
  signInButton: 'Zaloguj się',
  changeEmail: 'Zmień',
  unknownEmail: 'Nie możemy znaleźć konta z tym adresem e-mail',
  wrongPassword: 'Twoje hasło jest nieprawidłowe',
  problemTitle: 'Wystąpił problem',
  welcome: 'Dzisiejsze okazje dla Ciebie',
  accountPageIntro: (email) => `Zalogowano jako ${email}`,
  pageMoved: 'Przepraszamy, ta strona się zmieniła. Otwarty adres nie działa już w naszym serwisie.',
  notFound: 'Szukasz czegoś? Podany adres nie jest stroną w naszym serwisie.',
  backHome: 'Przejdź do strony głównej',
  chooseAccount: 'Wybierz konto',
  addAccount: 'Dodaj konto',
  manageAccounts: 'Zarządzaj',
  doneManaging: 'Gotowe',
  removeAccount: 'Wyloguj',
  accountRemoved: 'Wylogowano i usunięto z tej przeglądarki',
  switchFailed: 'To konto nie jest już tu dostępne. Zaloguj się ponownie.',
  mobileSignIn: 'Zaloguj się ›',
  copyright: '© 1996-2026, Amazon.com, Inc. lub podmioty powiązane',
};

const de: AmazonTexts = {
  greeting: (name) => `Hallo, ${name}`,
  signedOutGreeting: 'Hallo, anmelden',
  accountAndLists: 'Konto und Listen',
  returnsAndOrders: 'Warenrücksendungen und Bestellungen',
  cart: 'Einkaufswagen',
  searchPlaceholder: 'Suche Amazon.de',
  yourAccount: 'Mein Konto',
  yourOrders: 'Meine Bestellungen',
  yourLists: 'Meine Listen',
  createList: 'Liste erstellen',
  switchAccounts: 'Konto wechseln',
  signOut: 'Abmelden',
  signIn: 'Anmelden',
  newCustomer: 'Neuer Kunde?',
  startHere: 'Hier starten.',
  emailLabel: 'E-Mail-Adresse oder Mobiltelefonnummer',
  passwordLabel: 'Passwort',
  continue: 'Weiter',
  signInButton: 'Anmelden',
  changeEmail: 'Ändern',
  unknownEmail: 'Wir können kein Konto mit dieser E-Mail-Adresse finden',
  wrongPassword: 'Ihr Passwort ist falsch',
  problemTitle: 'Es ist ein Problem aufgetreten',
  welcome: 'Angebote des Tages für Sie',
  accountPageIntro: (email) => `Angemeldet als ${email}`,
  pageMoved: 'Diese Seite hat sich leider geändert. Die aufgerufene Adresse funktioniert auf unserer Website nicht mehr.',
  notFound: 'Suchen Sie etwas? Die eingegebene Adresse ist keine Seite unserer Website.',
  backHome: 'Zur Startseite',
  chooseAccount: 'Konto auswählen',
  addAccount: 'Konto hinzufügen',
  manageAccounts: 'Verwalten',
  doneManaging: 'Fertig',
  removeAccount: 'Abmelden',
  accountRemoved: 'Abgemeldet und aus diesem Browser entfernt',
  switchFailed: 'Dieses Konto ist hier nicht mehr verfügbar. Melden Sie sich erneut an.',
  mobileSignIn: 'Anmelden ›',
  copyright: '© 1996-2026, Amazon.com, Inc. oder Tochtergesellschaften',
};

export const amazonTexts = { en, pl, de } as const satisfies Record<string, AmazonTexts>;
export type AmazonLanguage = keyof typeof amazonTexts;
