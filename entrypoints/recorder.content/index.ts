import { browser } from 'wxt/browser';
import { builtInRecipeMatches } from '@/utils/recipes/build-time';
import { recordingItem } from '@/utils/teach/recording-store';
import { REVEAL_ATTRIBUTES, hoverBefore, judgeHover, judgePress, nextPendingHover, noteChanges, pressedControl, type PendingHover } from '@/utils/teach/record-press';
import type { Recording } from '@/utils/teach/recording-schema';
import type { Report } from '@/utils/messaging/protocol';
import { mountBar, type Bar } from './bar';

/**
 * The recorder (teaching Signoff a sign-out, issue #15). Injected by the background only into the one tab being
 * recorded, after each page load there. It listens to presses and to the controls the pointer rests on (a hover that
 * opens a menu) — never to keys or input, so nothing typed is ever seen — and reports each as targets
 * (utils/teach/record-target.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: builtInRecipeMatches(),
  main() {
    const marker = '__signoffRecorder';
    const scope = globalThis as typeof globalThis & { [marker]?: boolean };
    if (scope[marker]) return;
    scope[marker] = true;

    const send = (report: Report) => void browser.runtime.sendMessage(report).catch(() => undefined);
    let bar: Bar | undefined;
    let recording: Recording | undefined;
    /** The control the pointer rested on: kept as a hover step if the next press is elsewhere and it showed it. */
    let pendingHover: PendingHover | undefined;

    const show = (next: Recording | undefined) => {
      recording = next;
      if (!next || next.status === 'saved') {
        bar?.remove();
        bar = undefined;
        return;
      }
      bar ??= mountBar(
        () => send({ channel: 'report', type: 'teach-undo' }),
        () => send({ channel: 'report', type: 'teach-done' }),
      );
      bar.render(next);
    };

    const onPress = (event: MouseEvent) => {
      if (recording?.status !== 'recording') return;
      const verdict = judgePress(event, recording.domain, bar?.host);
      if (verdict.kind === 'ignore') return;
      if (verdict.kind === 'destructive') {
        send({ channel: 'report', type: 'teach-step', step: { kind: 'press', target: { text: { en: [verdict.label || '?'] } }, label: verdict.label, opensMenu: false }, destructive: true });
        return;
      }
      const hovered = event.target instanceof Element ? hoverBefore(event.target, pendingHover) : undefined;
      if (hovered) send({ channel: 'report', type: 'teach-step', step: { kind: 'hover', ...hovered }, destructive: false });
      pendingHover = undefined;
      send({ channel: 'report', type: 'teach-step', step: { kind: 'press', ...verdict.recorded }, destructive: false });
    };

    const onHover = (event: PointerEvent) => {
      if (recording?.status !== 'recording' || !(event.target instanceof Element)) return;
      const recorded = judgeHover(event, bar?.host);
      const control = pressedControl(event.target);
      if (recorded && control) pendingHover = nextPendingHover(pendingHover, control, recorded);
    };

    // What the page shows after the pointer reached a control: a menu that opens on hover only, without saying so.
    new MutationObserver((records) => pendingHover && noteChanges(pendingHover, records, document)).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: REVEAL_ATTRIBUTES,
    });

    // Capture phase: the press is seen before the page's own handlers can navigate away or stop it.
    document.addEventListener('click', onPress, true);
    document.addEventListener('pointerover', onHover, true);
    void recordingItem.get().then(show);
    recordingItem.watch(show);
  },
});
