import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/db';
import { allGuides, guidesForSession } from '@/utils/guides/catalog';
import { guidePageUrl, guideStartUrl } from '@/utils/guides/guide-domains';
import { startGuide } from '@/utils/guides/guide-runs';
import type { GuideStep } from '@/utils/guides/schema';
import { amazonRemoteNotOffered, remoteGuideInputs } from '@/utils/guides/sites/remote';
import { builtInRecipes } from '@/utils/recipes/registry';
import type { OtherSessionsSpec } from '../fixture-sites/kit/other-sessions';
import * as fixtureSpecs from '../fixture-sites/other-sessions/index';

/** Issue #16 §2: the "sign out of other devices" guides as data, where they start, and their fixtures' words. */

const remote = allGuides().filter((entry) => entry.guide.kind === 'sign-out-other-devices');
const ISSUE_SITES = ['dropbox', 'facebook', 'github', 'google', 'linkedin', 'microsoft', 'netflix', 'spotify', 'x'];

const FIXTURE_SPECS: Record<string, OtherSessionsSpec> = {
  google: fixtureSpecs.googleOtherSessions,
  facebook: fixtureSpecs.facebookOtherSessions,
  microsoft: fixtureSpecs.microsoftOtherSessions,
  netflix: fixtureSpecs.netflixOtherSessions,
  linkedin: fixtureSpecs.linkedinOtherSessions,
  github: fixtureSpecs.githubOtherSessions,
  x: fixtureSpecs.xOtherSessions,
  spotify: fixtureSpecs.spotifyOtherSessions,
  dropbox: fixtureSpecs.dropboxOtherSessions,
};

const labels = (step: GuideStep | undefined, lang: 'en' | 'pl') => step?.target?.text?.[lang] ?? [];

describe('remote sign-out guides: data', () => {
  it('one per site the issue names (Amazon says it has no such control), each in its recipe', () => {
    expect(remote.map((entry) => entry.recipeId).sort()).toEqual(ISSUE_SITES);
    expect(Object.keys(remoteGuideInputs).sort()).toEqual(ISSUE_SITES);
    expect(builtInRecipes.find((recipe) => recipe.id === 'amazon')!.guides.some((guide) => guide.kind === 'sign-out-other-devices')).toBe(false);
    expect(amazonRemoteNotOffered.offers.length).toBeGreaterThan(0);
    for (const offer of amazonRemoteNotOffered.offers) expect(offer.provenance.length).toBeGreaterThan(0);
  });

  it.each(remote.map((entry) => [entry.recipeId, entry] as const))('%s: safe first step done for the person, final presses the person’s, provenance rated per part', (_id, entry) => {
    const { guide } = entry;
    const [first, ...rest] = guide.steps;
    expect(first).toMatchObject({ kind: 'safe', doItForMe: { action: 'navigate', path: guide.startPath } });
    const finals = rest.filter((step) => step.kind === 'final');
    expect(finals.length).toBeGreaterThanOrEqual(1);
    for (const step of finals) {
      expect(step.doItForMe).toBeUndefined();
      expect(labels(step, 'en').length, `${step.id}: an English label`).toBeGreaterThan(0);
      expect(labels(step, 'pl').length + (entry.recipeId === 'github' ? 1 : 0), `${step.id}: a Polish label`).toBeGreaterThan(0);
    }
    for (const step of guide.steps) {
      expect(step.provenance?.note, step.id).toMatch(/Confidence (HIGH|MEDIUM|LOW)/);
      if (step.provenance?.evidence === 'source') expect(step.provenance.sources!.every((source) => /https?:\/\//.test(source))).toBe(true);
    }
    expect(guide.endings.filter((ending) => ending.outcome === 'completed')).toHaveLength(1);
    expect(guide.provenance?.sources.length).toBeGreaterThan(0);
    // It starts on the site itself, on every domain it runs on.
    const recipe = builtInRecipes.find((candidate) => candidate.id === entry.recipeId)!;
    for (const site of recipe.sites) expect(guideStartUrl(site, guide), site.domain).toMatch(new RegExp(`^https://[^/]*${site.domain.replace('.', '\\.')}/`));
    // The popup offers it on the site's row.
    expect(guidesForSession(`${entry.recipeId}:${recipe.sites[0]!.domain}`).map((offer) => offer.guide.id)).toContain('sign-out-other-devices');
  });

  it.each(Object.entries(FIXTURE_SPECS))('%s: the fixture page shows the words the guide looks for, in English and Polish', (id, spec) => {
    const guide = remote.find((entry) => entry.recipeId === id)!.guide;
    const press = guide.steps.find((step) => step.id === 'press-sign-out');
    const confirm = guide.steps.find((step) => step.id === 'confirm-sign-out');
    const done = guide.endings[0]!.when;
    for (const lang of ['en', 'pl'] as const) {
      const texts = spec.texts[lang];
      if (!texts) continue;
      expect(labels(press, lang), `${id} ${lang} press`).toContain(texts.pressAriaLabel ?? texts.press);
      if (confirm) expect(labels(confirm, lang), `${id} ${lang} confirm`).toContain(texts.confirm);
      const doneTexts = 'text' in done ? (done.text[lang] ?? []) : [];
      expect(doneTexts.some((text) => texts.done.toLowerCase().includes(text.toLowerCase())), `${id} ${lang} done`).toBe(true);
    }
    expect(Boolean(confirm)).toBe(spec.confirm !== 'none');
    expect(guide.steps.some((step) => step.warning !== undefined)).toBe(spec.endsThisSession);
  });
});

describe('where a guide starts', () => {
  const google = { origin: 'https://accounts.google.com', domain: 'google.com' };

  it('on its own start host only when that host is on the run’s domain (a guide naming another host gets no address)', () => {
    expect(guideStartUrl(google, { startPath: '/device-activity', startHost: 'myaccount.google.com' })).toBe('https://myaccount.google.com/device-activity');
    expect(guideStartUrl(google, { startPath: '/device-activity' })).toBe('https://accounts.google.com/device-activity');
    expect(guideStartUrl(google, { startPath: '/device-activity', startHost: 'google.com.evil.example' })).toBeUndefined();
    expect(guideStartUrl(google, { startPath: '/x', startHost: 'evilgoogle.com' })).toBeUndefined();
  });

  it('the panel takes the person back to the start host by the same rule, else stays on the page’s own origin', () => {
    expect(guidePageUrl('/device-activity', 'https://accounts.google.com', 'myaccount.google.com', ['google.com'])).toBe(
      'https://myaccount.google.com/device-activity',
    );
    expect(guidePageUrl('/device-activity', 'https://accounts.google.com', 'evilgoogle.com', ['google.com'])).toBe(
      'https://accounts.google.com/device-activity',
    );
    expect(guidePageUrl('/x', 'https://accounts.google.com', undefined, ['google.com'])).toBe('https://accounts.google.com/x');
  });

  it('the background opens the remote guide on that host', async () => {
    const id = await startGuide('google', 'sign-out-other-devices', 'google.com');
    const row = await db.guideRuns.get(id);
    expect((await fakeBrowser.tabs.get(row!.tabId!)).url).toBe('https://myaccount.google.com/device-activity');
  });
});
