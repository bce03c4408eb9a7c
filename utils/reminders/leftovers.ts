/** storage.local: the popup's "still signed in from last time" banner (written in browser-start.ts). */
export const LEFTOVERS_KEY = 'leftovers';

export interface Leftovers {
  at: number;
  sites: string[];
}
