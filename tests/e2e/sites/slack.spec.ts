import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: 'slack', domain: 'slack.com', accountName: 'Jan Kowalski' });
