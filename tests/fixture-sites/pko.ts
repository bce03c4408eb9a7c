import { createNotModelledBank } from './not-modelled-bank';

/**
 * iPKO (www.ipko.pl) as far as public clients show it: the bank's sign-in on www.ipko.pl and a sign-out that is a
 * POST of /ipko3/logout carrying the session's id from the page's script. Paths other than those, the header and the
 * cookie names are the model's own (no source names them; the recipe declares the site not modelled).
 */
export function createPkoSite() {
  return createNotModelledBank({
    name: 'pko',
    host: 'www.ipko.pl',
    siteName: 'iPKO',
    signInPath: '/logowanie',
    appPath: '/',
    signOutApi: '/ipko3/logout',
    signOutHeader: 'x-session-id',
    sessionCookie: 'ipko_model_session',
    tokenCookie: 'ipko_model_sid',
    users: [{ email: 'jan.kowalski', password: 'haslo-pko-1', name: 'Jan Kowalski' }],
  });
}
