// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { runSteps, StepError } from '@/utils/recipes/engine';
import { findTarget } from '@/utils/core/find-target';
import type { Step } from '@/utils/recipes/schema';
import { google } from '@/utils/recipes/sites/google';
import { instagram } from '@/utils/recipes/sites/instagram';
import { readPageSignal } from '@/utils/sessions/page-signal';

/**
 * Pages of this test's own making, shaped like the saved ones of issue #17: while a dialog is open, apps put the rest of
 * the page under aria-hidden="true". What the page shows still counts for detection; nothing is pressed behind the
 * dialog, and a merely similar label inside the dialog is not taken for the control the recipe means.
 */

const driveWithDialog = (dialogOpen: boolean) => `
<div id="app" aria-hidden="${dialogOpen}">
  <header><a href="https://accounts.google.com/SignOutOptions?hl=en" aria-label="Google Account: Jan Kowalski (jan@example.com)">J</a></header>
  <main><button>New</button><a href="/drive/my-drive">My Drive</a></main>
</div>
${dialogOpen ? '<div role="dialog" aria-modal="true"><h2>Share "Budget"</h2><button>Done</button></div>' : ''}`;

const instagramWithPost = `
<div id="app" aria-hidden="true">
  <nav><a href="/direct/inbox/" role="link">Messages</a>
  <a href="#" role="link"><svg aria-label="Settings"></svg><span>More</span></a></nav>
</div>
<div role="dialog"><article><button type="button" aria-label="More options">…</button><button>Like</button></article></div>`;

describe('an app under aria-hidden because a dialog is open', () => {
  it('still shows its session: the signed-in marker is read past the dialog', () => {
    document.body.innerHTML = driveWithDialog(true);
    expect(readPageSignal(document, google.detect!)).toEqual({ signedIn: true });
  });

  it('aria-hidden without any open dialog still hides (a template, an off-screen copy)', () => {
    document.body.innerHTML = driveWithDialog(false).replace('aria-hidden="false"', 'aria-hidden="true"');
    expect(readPageSignal(document, google.detect!)).toEqual({ signedIn: false });
  });

  it('is never pressed: the account link behind the dialog is no target for a click', () => {
    document.body.innerHTML = driveWithDialog(true);
    expect(findTarget(document, { css: ['a[href^="https://accounts.google.com/SignOutOptions?"]'] })).toBeNull();
  });

  it('does not lead a press to the dialog\'s "More options" when the recipe means the sidebar\'s "More"', async () => {
    document.body.innerHTML = instagramWithPost;
    expect(readPageSignal(document, instagram.detect!).signedIn).toBe(true);
    const openMenu = instagram.signOut[0]!.kind === 'steps' ? instagram.signOut[0]!.steps[0]! : undefined;
    expect(openMenu?.action).toBe('click');
    let pressed = false;
    document.querySelector('[aria-label="More options"]')!.addEventListener('click', () => (pressed = true));
    const step = { ...(openMenu as Step), timeoutMs: 200 } as Step;
    await expect(runSteps(document, [step])).rejects.toBeInstanceOf(StepError);
    expect(pressed).toBe(false);
  });

  it('still lets a step press the dialog\'s own control when its label is exactly the one named', async () => {
    document.body.innerHTML = `<div aria-hidden="true" inert><a href="/moje-allegro">Moje Allegro</a></div>
<div role="dialog" aria-modal="true"><button data-role="accept-consent">Ok, zgadzam się</button></div>`;
    let accepted = false;
    document.querySelector('[data-role="accept-consent"]')!.addEventListener('click', () => (accepted = true));
    await runSteps(document, [{ action: 'click', target: { text: { pl: ['Ok, zgadzam się'] } }, timeoutMs: 200 }]);
    expect(accepted).toBe(true);
  });
});
