import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: 'canva', domain: 'canva.com' });
