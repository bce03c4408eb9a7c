import { describeSiteSignOut } from './sign-out-spec';

// Dell follows the browser's language; the masthead greets with the first name.
describeSiteSignOut({ site: 'dell', domain: 'dell.com', accountName: 'Jan', languages: ['en', 'pl'] });
