import { describeSiteSignOut } from './sign-out-spec';

// A bank no public source lets Signoff model: the bank's own „Wyloguj” is pressed, and the result is the labelled fallback.
describeSiteSignOut({ site: 'ing', domain: 'login.ingbank.pl', languages: ['pl'] });
