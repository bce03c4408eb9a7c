import { createNotModelledBank } from './not-modelled-bank';

/**
 * Moje ING (login.ingbank.pl/mojeing) as far as public clients show it: the app under /mojeing/app/ and JSON calls
 * under /mojeing/rest/. The sign-out call's name, the sign-in page's path (the real one is the app's #login), the
 * header and the cookie names are the model's own (no source names them; the recipe declares the site not modelled).
 */
export function createIngSite() {
  return createNotModelledBank({
    name: 'ing',
    host: 'login.ingbank.pl',
    siteName: 'Moje ING',
    signInPath: '/mojeing/app/logowanie',
    appPath: '/mojeing/app/',
    signOutApi: '/mojeing/rest/model-logout',
    signOutHeader: 'x-model-token',
    sessionCookie: 'ing_model_session',
    tokenCookie: 'ing_model_token',
    users: [{ email: 'anna.nowak', password: 'haslo-ing-1', name: 'Anna Nowak' }],
  });
}
