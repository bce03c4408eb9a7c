import { describe, expect, it } from 'vitest';
import { TabSlots } from '@/utils/jobs/tab-slots';
import { needsTabSlot, planFor, startOrder, type JobPlan } from '@/utils/jobs/start-order';
import { builtInRecipes } from '@/utils/recipes/registry';

describe('tab slots', () => {
  it('lets at most `limit` jobs hold a slot; a job holds one however often it asks', () => {
    const slots = new TabSlots(2);
    expect(slots.tryTake('a')).toBe(true);
    expect(slots.tryTake('a')).toBe(true);
    expect(slots.tryTake('b')).toBe(true);
    expect(slots.tryTake('c')).toBe(false);
    expect(slots.taken).toBe(2);
  });

  it('gives a freed slot to a job already waiting before any new job may start', async () => {
    const slots = new TabSlots(1);
    slots.tryTake('a');
    let granted = false;
    const waiting = slots.take('b').then(() => (granted = true));
    expect(slots.release('a')).toBe(false); // Not free for a new job: the waiter has it.
    await waiting;
    expect(granted).toBe(true);
    expect(slots.holds('b')).toBe(true);
    expect(slots.tryTake('c')).toBe(false);
    expect(slots.release('b')).toBe(true);
    expect(slots.tryTake('c')).toBe(true);
  });

  it('while a job waits, a new job cannot jump the line even if it asks first when a slot frees', async () => {
    const slots = new TabSlots(1);
    slots.tryTake('a');
    const order: string[] = [];
    const b = slots.take('b').then(() => order.push('b'));
    expect(slots.tryTake('c')).toBe(false);
    slots.release('a');
    await b;
    expect(order).toEqual(['b']);
  });

  it('releasing a slot a job does not hold changes nothing', () => {
    const slots = new TabSlots(1);
    slots.tryTake('a');
    expect(slots.release('nobody')).toBe(false);
    expect(slots.holds('a')).toBe(true);
  });
});

describe('which jobs take a tab slot, and the order they start in', () => {
  const plan = (id: string) => {
    const recipe = builtInRecipes.find((r) => r.id === id)!;
    return planFor(recipe, recipe.sites[0]!);
  };

  it('a sign-out by request with nothing after it takes no tab slot; a page, or a forget flow after it, does', () => {
    expect(plan('dropbox')).toEqual({ startsInTab: false, forgetsInTab: false });
    expect(needsTabSlot(plan('dropbox'))).toBe(false);
    expect(plan('github')).toEqual({ startsInTab: true, forgetsInTab: false });
    expect(needsTabSlot(plan('github'))).toBe(true);
    // Google signs out by request, then removes the account from its chooser in a tab.
    expect(plan('google')).toEqual({ startsInTab: false, forgetsInTab: true });
    expect(needsTabSlot(plan('google'))).toBe(true);
  });

  it('starts the longest first: sign-out and forget flow, then a sign-out in a tab, then requests; otherwise as queued', () => {
    const job = (name: string, createdAt: number, startsInTab: boolean, forgetsInTab: boolean) => ({ name, createdAt, plan: { startsInTab, forgetsInTab } satisfies JobPlan });
    const queued = [
      job('request', 1, false, false),
      job('tab', 2, true, false),
      job('request-then-forget', 3, false, true),
      job('tab-then-forget', 4, true, true),
      job('tab-later', 5, true, false),
    ];
    expect(startOrder(queued).map((j) => j.name)).toEqual(['tab-then-forget', 'request-then-forget', 'tab', 'tab-later', 'request']);
  });
});
