/**
 * Texts of the Amazon fixture's Prime, help and account-closure pages. English labels are the real site's
 * (seed-sites-evidence.md): "Manage membership" → "Update, cancel and more" → "End membership" → "End on <date>" /
 * "End now" beside "Keep my membership" / "Remind me later"; "Dział Obsługi Klienta" on amazon.pl. Polish labels with no
 * public evidence are this fixture's own wording (the guide's Polish instructions describe them, not quote them). The
 * seed's pre-2022 chain ("End my benefits", "Cancel subscription" twice) and its contact form are the older variants.
 */
export interface GuidePageTexts {
  dateLocale: string;
  customerService: string;
  primeTile: string;
  primeTileHint: string;
  csTile: string;
  csTileHint: string;
  primeTitle: string;
  planMonthly: string;
  renewsOn(date: string): string;
  manageMembership: string;
  updateCancel: string;
  endMembership: string;
  endingOn(date: string): string;
  noMembership: string;
  switchedToAnnual: string;
  offerAnnualTitle: string;
  offerAnnualBody: string;
  switchToAnnual: string;
  remindLater: string;
  continueToCancel: string;
  benefitsTitle(name: string): string;
  benefits: string[];
  keepBenefits: string;
  endBenefits: string;
  offerPauseTitle: string;
  offerPauseBody: string;
  pauseMembership: string;
  cancelTitle: string;
  cancelBody(date: string): string;
  cancelSubscription: string;
  keepMembership: string;
  confirmTitle: string;
  confirmBody(date: string): string;
  goBack: string;
  cancelledTitle: string;
  flyoutPrime: string;
  navPrime: string;
  joinPrimeTitle: string;
  finalTitle: string;
  finalBody(date: string): string;
  endOn(date: string): string;
  endNow: string;
  keepMyMembership: string;
  endedNowBody: string;
  hubTitle(name: string): string;
  hubTopics: string[];
  startChat: string;
  chatGreeting: string;
  chatSend: string;
  chatReplyClosure: string;
  chatReplyOther: string;
  closeSentSms(lastDigits: string): string;
  smsClose(link: string): string;
  cancelledBody(date: string): string;
  helpHello(name: string): string;
  browseTopics: string;
  topicAccount: string;
  topicOthers: string[];
  accountTopicLinks: string[];
  moreInAccount: string;
  moreTitle: string;
  needMoreHelp: string;
  contactUs: string;
  contactTitle: string;
  contactTopicOrder: string;
  contactTopicPrime: string;
  contactTopicOther: string;
  tellUsMore: string;
  choose: string;
  issuePrimeQuestions: string;
  issueUpdateAccount: string;
  issuePayment: string;
  issueDetailChangeEmail: string;
  issueDetailCloseAccount: string;
  issueDetailLabel: string;
  howContact: string;
  contactEmail: string;
  contactPhone: string;
  contactChat: string;
  provideMore: string;
  sendEmail: string;
  contactThanks: string;
  closeTitle: string;
  closeIntro: string;
  closeConsequences: string[];
  reasonLabel: string;
  reasons: string[];
  ackLabel: string;
  closeButton: string;
  closeNeedsReason: string;
  closeNeedsAck: string;
  closeSentTitle: string;
  closeSent(email: string): string;
  confirmCloseTitle: string;
  confirmCloseBody: string;
  confirmCloseButton: string;
  closedTitle: string;
  closedBody: string;
  invalidLink: string;
  mailCloseSubject: string;
  mailCloseBody(link: string): string;
  mailRequestSubject: string;
  mailRequestBody: string;
}

const en: GuidePageTexts = {
  dateLocale: 'en-GB',
  customerService: 'Customer Service',
  primeTile: 'Prime',
  primeTileHint: 'View benefits and payment settings',
  csTile: 'Customer Service',
  csTileHint: 'Browse help topics or contact us',
  primeTitle: 'Prime membership',
  planMonthly: 'Prime monthly · $14.99/month',
  renewsOn: (date) => `Renews on ${date}`,
  manageMembership: 'Manage membership',
  updateCancel: 'Update, cancel and more',
  endMembership: 'End membership',
  endingOn: (date) => `Your membership ends on ${date}. You keep your benefits until then.`,
  noMembership: 'You are not a Prime member.',
  switchedToAnnual: 'You switched to annual payments.',
  offerAnnualTitle: 'Before you go: save with annual payments',
  offerAnnualBody: 'Pay once a year and save 16% compared with monthly payments.',
  switchToAnnual: 'Switch to annual payments',
  remindLater: 'Remind me later',
  continueToCancel: 'Continue to cancel',
  benefitsTitle: (name) => `${name}, you will lose these benefits`,
  benefits: ['Free fast delivery', 'Prime Video', 'Amazon Music Prime', 'Prime Gaming'],
  keepBenefits: 'Keep my benefits',
  endBenefits: 'End my benefits',
  offerPauseTitle: 'Pause instead of cancelling?',
  offerPauseBody: 'Pause your membership for up to 3 months and keep your Prime history.',
  pauseMembership: 'Pause membership',
  cancelTitle: 'Cancel your subscription',
  cancelBody: (date) => `If you cancel, your Prime benefits end on ${date}. You will not be charged again.`,
  cancelSubscription: 'Cancel subscription',
  keepMembership: 'Keep membership',
  confirmTitle: 'Are you sure?',
  confirmBody: (date) => `Your membership will not renew. Your benefits end on ${date}.`,
  goBack: 'Go back',
  cancelledTitle: 'Your Prime membership is cancelled',
  flyoutPrime: 'Prime Membership',
  navPrime: 'Prime',
  joinPrimeTitle: 'Join Prime: fast, free delivery',
  finalTitle: 'Are you sure you want to end your membership?',
  finalBody: (date) => `Your membership renews on ${date}. Choose when it ends.`,
  endOn: (date) => `End on ${date}`,
  endNow: 'End now',
  keepMyMembership: 'Keep my membership',
  endedNowBody: 'Your Prime membership has ended. Any refund goes back to your payment method.',
  hubTitle: (name) => `Hello ${name}, what can we help you with?`,
  hubTopics: ['An order I placed', 'Returns and refunds', 'Something else'],
  startChat: 'Start chatting now',
  chatGreeting: 'Hi, this is Amazon customer service. How can I help?',
  chatSend: 'Send',
  chatReplyClosure: 'Thank you. I have passed on your request to close your account. Amazon will send you an e-mail or a text message to confirm it.',
  chatReplyOther: 'I can help with orders, returns and your account. What would you like to do?',
  closeSentSms: (digits) => `We have sent a link by text message to your mobile number ending in ${digits}. Open it within 5 days to confirm that you want to close your account.`,
  smsClose: (link) => `Amazon: to confirm closing your account, open ${link} (valid 5 days).`,
  cancelledBody: (date) => `Your Prime membership has been cancelled. Your benefits end on ${date}. You will not be charged again.`,
  helpHello: (name) => `Hello ${name}. What can we help you with?`,
  browseTopics: 'Browse Help Topics',
  topicAccount: 'Managing Your Account',
  topicOthers: ['Returns & Refunds', 'Payment, Pricing & Promotions', 'Where’s my stuff?'],
  accountTopicLinks: ['Change Your Account Settings', 'Manage Your Addresses', 'Two-Step Verification'],
  moreInAccount: 'More in Managing Your Account',
  moreTitle: 'Managing Your Account',
  needMoreHelp: 'Need more help?',
  contactUs: 'Contact Us',
  contactTitle: 'What can we help you with?',
  contactTopicOrder: 'An order I placed',
  contactTopicPrime: 'Prime and more',
  contactTopicOther: 'Something else',
  tellUsMore: 'Tell us more about your issue',
  choose: 'Choose…',
  issuePrimeQuestions: 'Questions about Prime membership',
  issueUpdateAccount: 'Update or change account information',
  issuePayment: 'Payment methods',
  issueDetailChangeEmail: 'Change my e-mail address',
  issueDetailCloseAccount: 'Close my account',
  issueDetailLabel: 'What would you like to do?',
  howContact: 'How would you like to contact us?',
  contactEmail: 'E-mail',
  contactPhone: 'Phone',
  contactChat: 'Chat',
  provideMore: 'Provide more information',
  sendEmail: 'Send e-mail',
  contactThanks:
    'Thank you for contacting us. We have received your request to close your account and will reply by e-mail. You will get a confirmation e-mail when your account is closed.',
  closeTitle: 'Close Your Amazon Account',
  closeIntro: 'Closing your account is permanent. Please read what it means before you go on.',
  closeConsequences: [
    'You will no longer be able to access your orders, digital content or gift card balance.',
    'Amazon will delete your data, except where the law requires us to keep it.',
  ],
  reasonLabel: 'Please select the main reason for closing your account',
  reasons: ['I no longer want to use this account', 'I have another account', 'Privacy concerns', 'Other'],
  ackLabel: 'Yes, I want to permanently close my Amazon account and delete my data.',
  closeButton: 'Close My Account',
  closeNeedsReason: 'Please select a reason.',
  closeNeedsAck: 'Please tick the box to confirm.',
  closeSentTitle: 'Check your e-mail',
  closeSent: (email) => `We have sent a link to ${email}. Open it within 5 days to confirm that you want to close your account.`,
  confirmCloseTitle: 'Confirm closing your account',
  confirmCloseBody: 'Once you confirm, your account and its data are closed and cannot be restored.',
  confirmCloseButton: 'Confirm account closure',
  closedTitle: 'Your account is closed',
  closedBody: 'Your Amazon account has been closed. We have sent you a confirmation e-mail.',
  invalidLink: 'This link is no longer valid.',
  mailCloseSubject: 'Confirm your request to close your Amazon account',
  mailCloseBody: (link) =>
    `<p>Hello,</p><p>We received a request to close your Amazon account. To confirm, open this link:</p><p><a href="${link}" target="_blank" rel="noopener" id="mail-confirm-link">Confirm account closure</a></p><p>If you did not ask for this, ignore this message.</p>`,
  mailRequestSubject: 'We received your request',
  mailRequestBody: '<p>Thank you for contacting Amazon Customer Service. We will reply within 24 hours.</p>',
};

const pl: GuidePageTexts = {
  dateLocale: 'pl-PL',
  customerService: 'Dział Obsługi Klienta',
  primeTile: 'Prime',
  primeTileHint: 'Wyświetl korzyści i ustawienia płatności',
  csTile: 'Obsługa klienta',
  csTileHint: 'Przeglądaj tematy pomocy lub skontaktuj się z nami',
  primeTitle: 'Członkostwo Prime',
  planMonthly: 'Prime miesięcznie · 10,99 zł/mies.',
  renewsOn: (date) => `Odnowienie ${date}`,
  manageMembership: 'Zarządzaj członkostwem',
  updateCancel: 'Zmień, anuluj i więcej',
  endMembership: 'Zakończ członkostwo',
  endingOn: (date) => `Twoje członkostwo kończy się ${date}. Do tego dnia zachowujesz korzyści.`,
  noMembership: 'Nie masz członkostwa Prime.',
  switchedToAnnual: 'Przeszedłeś na płatność roczną.',
  offerAnnualTitle: 'Zanim odejdziesz: oszczędzaj, płacąc raz w roku',
  offerAnnualBody: 'Płać raz w roku i oszczędź 16% w porównaniu z płatnościami miesięcznymi.',
  switchToAnnual: 'Przejdź na płatność roczną',
  remindLater: 'Przypomnij mi później',
  continueToCancel: 'Kontynuuj anulowanie',
  benefitsTitle: (name) => `${name}, stracisz te korzyści`,
  benefits: ['Darmowa szybka dostawa', 'Prime Video', 'Amazon Music Prime', 'Prime Gaming'],
  keepBenefits: 'Zachowaj moje korzyści',
  endBenefits: 'Zakończ moje korzyści',
  offerPauseTitle: 'Może wstrzymać zamiast anulować?',
  offerPauseBody: 'Wstrzymaj członkostwo nawet na 3 miesiące i zachowaj historię Prime.',
  pauseMembership: 'Wstrzymaj członkostwo',
  cancelTitle: 'Anuluj subskrypcję',
  cancelBody: (date) => `Jeśli anulujesz, korzyści Prime wygasną ${date}. Nie pobierzemy już opłaty.`,
  cancelSubscription: 'Anuluj subskrypcję',
  keepMembership: 'Zachowaj członkostwo',
  confirmTitle: 'Czy na pewno?',
  confirmBody: (date) => `Członkostwo nie zostanie odnowione. Korzyści wygasną ${date}.`,
  goBack: 'Wróć',
  cancelledTitle: 'Twoje członkostwo Prime zostało anulowane',
  flyoutPrime: 'Członkostwo Prime',
  navPrime: 'Prime',
  joinPrimeTitle: 'Dołącz do Prime: szybka, darmowa dostawa',
  finalTitle: 'Czy na pewno chcesz zakończyć członkostwo?',
  finalBody: (date) => `Członkostwo odnawia się ${date}. Wybierz, kiedy ma się zakończyć.`,
  endOn: (date) => `Zakończ dnia ${date}`,
  endNow: 'Zakończ teraz',
  keepMyMembership: 'Zachowaj członkostwo',
  endedNowBody: 'Twoje członkostwo Prime zostało zakończone. Ewentualny zwrot trafi na Twoją metodę płatności.',
  hubTitle: (name) => `Cześć, ${name}. W czym możemy pomóc?`,
  hubTopics: ['Złożone zamówienie', 'Zwroty i zwrot pieniędzy', 'Coś innego'],
  startChat: 'Rozpocznij czat',
  chatGreeting: 'Dzień dobry, tu obsługa klienta Amazon. W czym mogę pomóc?',
  chatSend: 'Wyślij',
  chatReplyClosure: 'Dziękujemy. Przekazałem Twoją prośbę o zamknięcie konta. Amazon wyśle Ci e-mail albo SMS, aby ją potwierdzić.',
  chatReplyOther: 'Mogę pomóc w sprawie zamówień, zwrotów i konta. Co chcesz zrobić?',
  closeSentSms: (digits) => `Wysłaliśmy link SMS-em na numer telefonu kończący się na ${digits}. Otwórz go w ciągu 5 dni, aby potwierdzić, że chcesz zamknąć konto.`,
  smsClose: (link) => `Amazon: aby potwierdzić zamknięcie konta, otwórz ${link} (ważny 5 dni).`,
  cancelledBody: (date) => `Twoje członkostwo Prime zostało anulowane. Korzyści Prime wygasają ${date}. Nie pobierzemy już opłaty.`,
  helpHello: (name) => `Cześć, ${name}. W czym możemy pomóc?`,
  browseTopics: 'Przeglądaj tematy pomocy',
  topicAccount: 'Zarządzaj moim kontem',
  topicOthers: ['Zwroty i zwrot pieniędzy', 'Płatności, ceny i promocje', 'Gdzie jest moja przesyłka?'],
  accountTopicLinks: ['Zmień ustawienia konta', 'Zarządzaj adresami', 'Weryfikacja dwuetapowa'],
  moreInAccount: 'Więcej o Zarządzaj moim kontem',
  moreTitle: 'Zarządzaj moim kontem',
  needMoreHelp: 'Potrzebujesz więcej pomocy?',
  contactUs: 'Skontaktuj się z nami',
  contactTitle: 'W czym możemy pomóc?',
  contactTopicOrder: 'Złożone zamówienie',
  contactTopicPrime: 'Prime i więcej',
  contactTopicOther: 'Coś innego',
  tellUsMore: 'Powiedz nam więcej o swoim problemie',
  choose: 'Wybierz…',
  issuePrimeQuestions: 'Pytania o członkostwo Prime',
  issueUpdateAccount: 'Zaktualizuj lub zmień informacje o koncie',
  issuePayment: 'Metody płatności',
  issueDetailChangeEmail: 'Zmień mój adres e-mail',
  issueDetailCloseAccount: 'Zamknij moje konto',
  issueDetailLabel: 'Co chcesz zrobić?',
  howContact: 'Jak chcesz się z nami skontaktować?',
  contactEmail: 'E-mail',
  contactPhone: 'Telefon',
  contactChat: 'Czat',
  provideMore: 'Podaj więcej informacji',
  sendEmail: 'Wyślij e-mail',
  contactThanks:
    'Dziękujemy za kontakt. Otrzymaliśmy Twoją prośbę o zamknięcie konta i odpowiemy e-mailem. Gdy konto zostanie zamknięte, otrzymasz e-mail z potwierdzeniem.',
  closeTitle: 'Zamknij swoje konto Amazon',
  closeIntro: 'Zamknięcie konta jest trwałe. Zanim przejdziesz dalej, przeczytaj, co to oznacza.',
  closeConsequences: [
    'Stracisz dostęp do zamówień, treści cyfrowych i salda kart podarunkowych.',
    'Amazon usunie Twoje dane, z wyjątkiem tych, które musimy przechowywać z mocy prawa.',
  ],
  reasonLabel: 'Wybierz główny powód zamknięcia konta',
  reasons: ['Nie chcę już korzystać z tego konta', 'Mam inne konto', 'Ochrona prywatności', 'Inny'],
  ackLabel: 'Tak, chcę trwale zamknąć moje konto Amazon i usunąć moje dane.',
  closeButton: 'Zamknij moje konto',
  closeNeedsReason: 'Wybierz powód.',
  closeNeedsAck: 'Zaznacz pole, aby potwierdzić.',
  closeSentTitle: 'Sprawdź pocztę e-mail',
  closeSent: (email) => `Wysłaliśmy link na adres ${email}. Otwórz go w ciągu 5 dni, aby potwierdzić, że chcesz zamknąć konto.`,
  confirmCloseTitle: 'Potwierdź zamknięcie konta',
  confirmCloseBody: 'Po potwierdzeniu konto i jego dane zostaną zamknięte bez możliwości przywrócenia.',
  confirmCloseButton: 'Potwierdź zamknięcie konta',
  closedTitle: 'Twoje konto zostało zamknięte',
  closedBody: 'Twoje konto Amazon zostało zamknięte. Wysłaliśmy Ci e-mail z potwierdzeniem.',
  invalidLink: 'Ten link jest już nieważny.',
  mailCloseSubject: 'Potwierdź prośbę o zamknięcie konta Amazon',
  mailCloseBody: (link) =>
    `<p>Dzień dobry,</p><p>Otrzymaliśmy prośbę o zamknięcie Twojego konta Amazon. Aby ją potwierdzić, otwórz ten link:</p><p><a href="${link}" target="_blank" rel="noopener" id="mail-confirm-link">Potwierdź zamknięcie konta</a></p><p>Jeśli to nie Ty, zignoruj tę wiadomość.</p>`,
  mailRequestSubject: 'Otrzymaliśmy Twoją prośbę',
  mailRequestBody: '<p>Dziękujemy za kontakt z Obsługą klienta Amazon. Odpowiemy w ciągu 24 godzin.</p>',
};

/** Pages are in the marketplace's language; German marketplaces fall back to English for these pages. */
export function guidePageTexts(lang: string): GuidePageTexts {
  return lang === 'pl' ? pl : en;
}
