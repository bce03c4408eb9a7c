import type { SessionRow } from '../../../utils/db-schema';

export const SCHOOL_SITE = 'https://www.dziennik-szkolny.pl';

/** The row "detect other sites" keeps for the fixture e-register (no recipe): what teaching a sign-out starts from. */
export function genericSchoolSession(cookieNames: string[] = ['DZIENNIKSESSID']): SessionRow {
  return {
    id: 'generic:dziennik-szkolny.pl',
    recipeId: 'generic',
    siteName: 'www.dziennik-szkolny.pl',
    domain: 'dziennik-szkolny.pl',
    origin: SCHOOL_SITE,
    cookieNames,
    signedInAt: 0,
    lastSeenAt: 0,
    detectedBy: 'heuristics',
  };
}
