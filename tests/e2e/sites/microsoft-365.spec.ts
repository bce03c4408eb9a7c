import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: 'microsoft-365', domain: 'office.com', accountName: 'Jan Kowalski', languages: ['pl'] });
