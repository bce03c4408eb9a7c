import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: 'icloud', domain: 'icloud.com', accountName: 'jan@example.com' });
