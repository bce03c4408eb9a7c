import { escapeHtml, readForm, redirect } from '../types';
import { signInCookies } from './cookie-specs';
import { sendPage, type SiteState } from './state';
import type { KitTexts } from './texts';
import type { FieldSpec, KitRoute, KitUser, SignInForm, SignInState, SubmitSpec, Visit } from './types';

function fieldSelector(field: FieldSpec): string {
  return field.id ? `#${field.id}` : `input[name="${field.name}"]`;
}

function submitSelector(spec: SubmitSpec, formSelector: string): string {
  if (spec.id) return `#${spec.id}`;
  if (spec.name) return `${formSelector} [name="${spec.name}"]`;
  return `${formSelector} [type="submit"]`;
}

function input(field: FieldSpec, type: string, value = ''): string {
  const id = field.id ? ` id="${escapeHtml(field.id)}"` : '';
  const extra = field.attrs ? ` ${field.attrs}` : '';
  return `<input type="${type}" name="${escapeHtml(field.name)}"${id} value="${escapeHtml(value)}"${extra}>`;
}

function submit(spec: SubmitSpec, label: string): string {
  const id = spec.id ? ` id="${escapeHtml(spec.id)}"` : '';
  const name = spec.name ? ` name="${escapeHtml(spec.name)}"` : '';
  const extra = spec.attrs ? ` ${spec.attrs}` : '';
  return spec.as === 'input'
    ? `<input type="submit"${name}${id} value="${escapeHtml(label)}"${extra}>`
    : `<button type="submit"${name}${id}${extra}>${escapeHtml(label)}</button>`;
}

/** The kit's sign-in form; a site may render its own (`render.signIn`) as long as it keeps the configured fields. */
export function defaultSignInBody<T extends KitTexts>(site: SiteState<T>, v: Visit<T>, state: SignInState): string {
  const { identifier, password, submit: submitSpec, next } = site.config.signIn;
  const t = v.t;
  const hidden = Object.entries(state.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const error = state.error ? `<div class="kit-error" role="alert">${escapeHtml(state.error)}</div>` : '';
  const identifierInput =
    state.step === 'password'
      ? `<p class="kit-identifier">${escapeHtml(state.identifier)}</p>${input(identifier, 'hidden', state.identifier)}`
      : `<label for="${escapeHtml(identifier.id ?? identifier.name)}">${escapeHtml(t.identifierLabel)}</label>${input(identifier, 'text', state.identifier)}`;
  const passwordInput =
    state.step === 'identifier'
      ? ''
      : `<label for="${escapeHtml(password.id ?? password.name)}">${escapeHtml(t.passwordLabel)}</label>${input(password, 'password')}`;
  const button = state.step === 'identifier' && next ? submit(next, t.nextButton) : submit(submitSpec, t.signInButton);
  return `<div class="kit-sign-in"><h1>${escapeHtml(t.signInTitle)}</h1>
${error}
<form method="post" action="${escapeHtml(state.action)}" novalidate>
${hidden}
${identifierInput}
${passwordInput}
${button}
</form></div>`;
}

/** How a test fills the form, derived from the same config the page is rendered from. */
export function signInFormFor<T extends KitTexts>(site: SiteState<T>): SignInForm {
  const { signIn } = site.config;
  const host = signIn.host ?? site.config.hosts.main;
  const form = `form[action="${signIn.action ?? signIn.path}"]`;
  return {
    url: `https://${host}${signIn.path}`,
    identifier: fieldSelector(signIn.identifier),
    ...(signIn.next ? { next: submitSelector(signIn.next, form) } : {}),
    password: fieldSelector(signIn.password),
    submit: submitSelector(signIn.submit, form),
    error: '[role="alert"]',
    pages: [signIn.path, ...(signIn.alsoAt ?? []), signIn.action ?? signIn.path].map((path) => `https://${host}${path}`),
  };
}

function findUser(users: readonly KitUser[], identifier: string): KitUser | undefined {
  const wanted = identifier.trim().toLowerCase().replace(/^@/, '');
  return users.find((user) => user.email === wanted || user.handle?.toLowerCase() === wanted);
}

/** A return address the site accepts: a path, or an https URL on one of the site's own hosts. */
function safeReturn<T extends KitTexts>(site: SiteState<T>, value: string | null): string | undefined {
  if (!value) return undefined;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  const { main, served = [] } = site.config.hosts;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && [main, ...served].includes(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * GET: the form (a CSRF token bound to the browser's anonymous cookie when the real site has one). POST: checks
 * the token, the account and the password, then creates a server session and sets the auth cookies.
 */
export function signInRoutes<T extends KitTexts>(site: SiteState<T>): KitRoute<T>[] {
  const { signIn, cookies } = site.config;
  const action = signIn.action ?? signIn.path;
  const returnParam = signIn.returnParam;

  const render = (v: Visit<T>, status: number, state: Omit<SignInState, 'action' | 'hidden'>, back: string | undefined) => {
    const hidden: Record<string, string> = {};
    if (signIn.csrfField && cookies.browserId) hidden[signIn.csrfField] = site.csrf.issue(v.cookies.get(cookies.browserId) ?? '');
    if (returnParam && back) hidden[returnParam] = back;
    const full: SignInState = { ...state, action, hidden };
    const body = (site.config.render.signInAbove?.(v) ?? '') + (site.config.render.signIn?.(v, full) ?? defaultSignInBody(site, v, full));
    sendPage(site, v, status, { title: `${v.t.signInTitle} · ${v.t.siteName}`, body, header: false });
  };
  const firstStep = signIn.next ? 'identifier' : 'full';

  const get: KitRoute<T>['handle'] = (v) => {
    const back = safeReturn(site, returnParam ? v.url.searchParams.get(returnParam) : null);
    render(v, 200, { step: firstStep, identifier: '' }, back);
  };

  const post: KitRoute<T>['handle'] = async (v) => {
    const form = await readForm(v.req);
    const back = safeReturn(site, returnParam ? form.get(returnParam) : null);
    const identifier = (form.get(signIn.identifier.name) ?? '').trim();
    if (signIn.csrfField && cookies.browserId && !site.csrf.verify(v.cookies.get(cookies.browserId), form.get(signIn.csrfField))) {
      if (process.env.KIT_DEBUG) console.error(`[kit ${site.config.name}] CSRF refused: cookie=${v.req.headers.cookie} field=${form.get(signIn.csrfField)}`);
      render(v, 422, { step: firstStep, identifier, error: v.t.badToken }, back);
      return;
    }
    const user = findUser(site.config.users, identifier);
    if (!user) {
      render(v, 200, { step: firstStep, identifier, error: v.t.unknownAccount }, back);
      return;
    }
    const password = form.get(signIn.password.name);
    if (password === null && signIn.next) {
      render(v, 200, { step: 'password', identifier }, back);
      return;
    }
    if (password !== user.password) {
      render(v, 200, { step: signIn.next ? 'password' : 'full', identifier, error: v.t.wrongPassword }, back);
      return;
    }
    // An earlier session of this browser stays valid server-side, as on the real sites (until it is signed out).
    const session = site.sessions.create(user, cookies.browserId ? v.cookies.get(cookies.browserId) : undefined);
    v.session = session;
    v.setCookies.push(...signInCookies(cookies.auth, session));
    site.config.hooks?.onSignIn?.(v, session);
    redirect(v.res, back ?? v.href(signIn.afterSignIn), 302, v);
  };

  const routes: KitRoute<T>[] = [signIn.path, ...(signIn.alsoAt ?? [])].map((path) => ({
    host: signIn.host,
    path,
    method: 'GET',
    handle: get,
  }));
  routes.push({ host: signIn.host, path: action, method: 'POST', handle: post });
  return routes;
}
