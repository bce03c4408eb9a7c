import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: 'notion', domain: 'notion.so' });
