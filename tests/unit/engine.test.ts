// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runSteps, StepError } from '@/utils/recipes/engine';
import type { Step } from '@/utils/recipes/schema';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A menu that, like Amazon's, only exists after the pointer enters the trigger and a script delay passes. */
function menuAppearingOnHover(delayMs: number, onSignOut: () => void) {
  document.body.innerHTML = '<div id="trigger"><a href="#account">Account</a></div>';
  document.getElementById('trigger')!.addEventListener('mouseenter', () => {
    setTimeout(() => {
      const link = document.createElement('a');
      link.id = 'signout';
      link.textContent = 'Wyloguj się';
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onSignOut();
      });
      document.body.append(link);
    }, delayMs);
  });
}

describe('step engine', () => {
  it('hovers, waits for the element to appear, and clicks it', async () => {
    const signedOut = vi.fn();
    menuAppearingOnHover(150, signedOut);
    const steps: Step[] = [
      { action: 'hover', target: { css: ['#trigger'] } },
      { action: 'click', target: { css: ['#signout'] }, timeoutMs: 2000 },
    ];
    await expect(runSteps(document, steps)).resolves.toEqual({ kind: 'completed', stepsDone: 2 });
    expect(signedOut).toHaveBeenCalledOnce();
  });

  it('falls back to visible text in any language when no selector matches', async () => {
    const signedOut = vi.fn();
    menuAppearingOnHover(0, signedOut);
    const steps: Step[] = [
      { action: 'hover', target: { css: ['#trigger'] } },
      { action: 'click', target: { css: ['#nav-item-signout'], text: { en: ['Sign out'], pl: ['Wyloguj się'] } }, timeoutMs: 1000 },
    ];
    await runSteps(document, steps);
    expect(signedOut).toHaveBeenCalledOnce();
  });

  it('prefers an exact label over one that only contains the text, and skips hidden elements', async () => {
    document.body.innerHTML = `
      <button id="hidden" style="display:none">Sign out</button>
      <a id="long" href="#">Not Jan? Sign out</a>
      <a id="exact" href="#">Sign out</a>`;
    const clicked: string[] = [];
    document.querySelectorAll('a, button').forEach((el) => el.addEventListener('click', (e) => { e.preventDefault(); clicked.push(el.id); }));
    await runSteps(document, [{ action: 'click', target: { text: { en: ['sign OUT'] } } }]);
    expect(clicked).toEqual(['exact']);
  });

  it('times out with a StepError naming the step when the element never appears', async () => {
    const started = Date.now();
    const error = await runSteps(document, [
      { action: 'hover', target: { css: ['#missing'] }, optional: true, timeoutMs: 100 },
      { action: 'click', target: { css: ['#missing'] }, timeoutMs: 200 },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).stepIndex).toBe(1);
    expect((error as StepError).message).toContain('step 2');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('waits for an element to disappear', async () => {
    document.body.innerHTML = '<div id="spinner">…</div>';
    setTimeout(() => document.getElementById('spinner')!.remove(), 100);
    await expect(
      runSteps(document, [{ action: 'waitFor', target: { css: ['#spinner'] }, state: 'absent', timeoutMs: 1000 }]),
    ).resolves.toEqual({ kind: 'completed', stepsDone: 1 });
  });

  it('stops at a navigate step, reports progress, and resumes from a later step', async () => {
    const seen: number[] = [];
    const steps: Step[] = [
      { action: 'navigate', path: '/logout' },
      { action: 'click', target: { css: ['#confirm'] } },
    ];
    const first = await runSteps(document, steps, { onStep: (i) => void seen.push(i) });
    expect(first).toEqual({ kind: 'navigate', stepsDone: 1, path: '/logout' });
    document.body.innerHTML = '<button id="confirm">OK</button>';
    await expect(runSteps(document, steps, { startAt: first.stepsDone, onStep: (i) => void seen.push(i) })).resolves.toEqual({
      kind: 'completed',
      stepsDone: 2,
    });
    expect(seen).toEqual([0, 1]);
  });

  it('looks only inside `within` when given', async () => {
    document.body.innerHTML = '<a id="outside">Sign out</a><nav id="menu"><a id="inside">Sign out</a></nav>';
    const clicked: string[] = [];
    document.querySelectorAll('a').forEach((el) => el.addEventListener('click', () => clicked.push(el.id)));
    await runSteps(document, [{ action: 'click', target: { within: '#menu', text: { en: ['Sign out'] } } }]);
    expect(clicked).toEqual(['inside']);
  });
});

describe('click all', () => {
  it('clicks every match in turn, each removing its entry, and passes when there are none', async () => {
    document.body.innerHTML = ['jan', 'anna', 'ola']
      .map((name) => `<div class="card"><span>${name}</span><button class="remove">Remove</button></div>`)
      .join('');
    document.querySelectorAll('.remove').forEach((button) =>
      button.addEventListener('click', () => setTimeout(() => button.closest('.card')!.remove(), 20)),
    );
    await runSteps(document, [{ action: 'click', target: { css: ['.card .remove'] }, all: true, timeoutMs: 1000 }]);
    expect(document.querySelectorAll('.card')).toHaveLength(0);
    await expect(
      runSteps(document, [{ action: 'click', target: { css: ['.card .remove'] }, all: true, timeoutMs: 200 }]),
    ).resolves.toEqual({ kind: 'completed', stepsDone: 1 });
  });
});
