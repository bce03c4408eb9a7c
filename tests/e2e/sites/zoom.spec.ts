import { describeSiteSignOut } from './sign-out-spec';

describeSiteSignOut({ site: 'zoom', domain: 'zoom.us', languages: ['pl'] });
