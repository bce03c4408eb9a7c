import { describeSiteSignOut } from './sign-out-spec';

// The worker's plain GET of /logout runs no script and ends nothing: the verified sign-out comes from the page.
describeSiteSignOut({ site: 'claude', domain: 'claude.ai' });
