import { createNotModelledBank } from './not-modelled-bank';

/**
 * Pekao24 (www.pekao24.pl) as far as public clients show it: the sign-in at /logowanie (customer number, „Dalej”,
 * password, „Zaloguj”) and the app on the same site after it. The sign-out call, the header and the cookie names are
 * the model's own (no source names them; the recipe declares the site not modelled).
 */
export function createPekaoSite() {
  return createNotModelledBank({
    name: 'pekao',
    host: 'www.pekao24.pl',
    siteName: 'Pekao24',
    signInPath: '/logowanie',
    appPath: '/',
    signOutApi: '/api/model/logout',
    signOutHeader: 'x-model-token',
    sessionCookie: 'pekao_model_session',
    tokenCookie: 'pekao_model_token',
    users: [{ email: '87654321', password: 'haslo-pekao-1', name: 'Piotr Wiśniewski' }],
  });
}
