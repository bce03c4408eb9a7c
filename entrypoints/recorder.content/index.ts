import { browser } from 'wxt/browser';
import { builtInRecipeMatches } from '@/utils/recipes/build-time';
import { recordingItem } from '@/utils/teach/recording-store';
import { judgeHover, judgePress } from '@/utils/teach/record-press';
import type { RecordedTarget } from '@/utils/teach/record-target';
import type { Recording } from '@/utils/teach/recording-schema';
import type { Report } from '@/utils/messaging/protocol';
import { mountBar, type Bar } from './bar';

/**
 * The recorder (teaching Signoff a sign-out, issue #15). Injected by the background only into the one tab being
 * recorded, after each page load there. It listens to presses and to hovers over menu buttons — never to keys or
 * input, so nothing typed is ever seen — and reports each as targets (utils/teach/record-target.ts).
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
    /** A menu button the pointer rested on: kept as a hover step if the next press is elsewhere (a hover menu). */
    let pendingHover: { recorded: RecordedTarget; element: Element } | undefined;

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
      const control = event.target instanceof Element ? event.target : undefined;
      if (pendingHover && control && !pendingHover.element.contains(control)) {
        send({ channel: 'report', type: 'teach-step', step: { kind: 'hover', ...pendingHover.recorded }, destructive: false });
      }
      pendingHover = undefined;
      send({ channel: 'report', type: 'teach-step', step: { kind: 'press', ...verdict.recorded }, destructive: false });
    };

    const onHover = (event: PointerEvent) => {
      if (recording?.status !== 'recording' || !(event.target instanceof Element)) return;
      const recorded = judgeHover(event, bar?.host);
      const element = event.target.closest('[aria-haspopup], [aria-expanded]');
      if (recorded && element) pendingHover = { recorded, element };
    };

    // Capture phase: the press is seen before the page's own handlers can navigate away or stop it.
    document.addEventListener('click', onPress, true);
    document.addEventListener('pointerover', onHover, true);
    void recordingItem.get().then(show);
    recordingItem.watch(show);
  },
});
