import { describeSiteSignOut } from './sign-out-spec';

// fakturowo.pl is Polish only; its header names the account by e-mail address.
describeSiteSignOut({ site: 'fakturowo', domain: 'fakturowo.pl', accountName: 'jan@example.com', languages: ['pl'] });
