import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: 'chatgpt', domain: 'chatgpt.com', accountName: 'jan@example.com', languages: ['en', 'pl'] });
