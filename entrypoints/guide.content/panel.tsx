import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GuidePanel, type PanelViewModel } from '@/components/guides/GuidePanel';
import { judgeClick } from '@/utils/recipes/click-guard';
import { findTarget } from '@/utils/core/find-target';
import { guidePageUrl } from '@/utils/guides/guide-domains';
import type { PanelStrings } from '@/utils/guides/panel-strings';
import { confirmationText, EndingConfirmer, findControl, locate, resolveStep, type Position } from '@/utils/guides/progress';
import { GuideState, type GuideReport, type PanelMessage } from '@/utils/guides/protocol';
import type { Guide, GuideStep } from '@/utils/guides/schema';
import { mountOverlay, placeHighlight, watchPage, type Overlay } from './overlay';
import { choose, controlLabel, hover, press } from './page-actions';

type ShowMessage = Extract<PanelMessage, { type: 'show' }>;
type Settled = Position | { kind: 'settling'; ending: Extract<Position, { kind: 'ending' }>['ending'] };

const EVALUATE_EVERY_MS = 400;
const AFTER_MUTATION_MS = 80;

/**
 * The guide panel on a page: reads where the guide stands from the page, reports it to the background, shows the
 * current step and highlights its control. It presses only safe controls, and only when the person asks.
 */
export class GuidePanelController {
  private overlay: Overlay | undefined;
  private guide: Guide | undefined;
  private runId = '';
  private lang: 'en' | 'pl' = 'en';
  private strings: PanelStrings | undefined;
  private state: GuideState | undefined;
  private position: Settled | undefined;
  private readonly confirmer = new EndingConfirmer();
  private lastReported = '';
  /** Since when the current step's control has been missing (for the manual instructions). */
  private missing: { key: string; since: number } | undefined;
  private scrolledTo: Element | undefined;
  private busy = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private observer: MutationObserver | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private target: { element: Element; final: boolean } | undefined;
  private allowedDomains: readonly string[] = [];

  show(message: ShowMessage): void {
    this.guide = message.guide as Guide;
    this.allowedDomains = message.allowedDomains;
    this.runId = message.runId;
    this.lang = message.lang;
    this.strings = message.strings as PanelStrings;
    this.applyState(message.state);
    this.mount();
    this.evaluate();
    if (!this.timer) this.timer = setInterval(() => this.evaluate(), EVALUATE_EVERY_MS);
    if (!this.observer) {
      this.observer = watchPage(() => this.overlay?.host, () => {
        if (this.pending) return;
        this.pending = setTimeout(() => {
          this.pending = undefined;
          this.evaluate();
        }, AFTER_MUTATION_MS);
      });
    }
  }

  detach(): void {
    clearInterval(this.timer);
    clearTimeout(this.pending);
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.timer = undefined;
    this.observer = undefined;
    if (this.overlay) render(null, this.overlay.root);
    this.overlay?.host.remove();
    this.overlay = undefined;
    this.guide = undefined;
  }

  get activeRunId(): string {
    return this.runId;
  }

  private mount(): void {
    if (!this.overlay?.host.isConnected) this.overlay = mountOverlay();
  }

  private applyState(state: GuideState | undefined): void {
    if (!state) return;
    this.state = state;
    if (state.status === 'abandoned') this.detach();
  }

  private send(report: GuideReport): void {
    browser.runtime
      .sendMessage(report)
      .then((reply: unknown) => {
        // The background answers a report with the run's state, or nothing when the report was not its tab's to make.
        const state = GuideState.safeParse(reply);
        if (state.success) {
          this.applyState(state.data);
          this.evaluate();
        }
      })
      .catch(() => undefined); // A report is best effort: the next page change sends another.
  }

  private evaluate(): void {
    const guide = this.guide;
    if (!guide || !this.state) return;
    const page = { doc: document, url: location.href };
    let settled: Settled;
    if (this.state.status === 'completed' || this.state.status === 'stopped') {
      // Finished: the panel keeps saying how it ended (the background knows which ending).
      settled = this.position?.kind === 'ending' ? this.position : locate(guide, page, this.state.stepIndex);
    } else {
      settled = this.confirmer.accept(locate(guide, page, this.state.stepIndex), Date.now());
    }
    this.position = settled;
    this.report(settled);
    this.renderView(settled);
  }

  private report(position: Settled): void {
    if (!this.guide || !this.state || this.state.status !== 'active' || position.kind === 'settling') return;
    const stepIndex = position.kind === 'step' ? position.index : this.state.stepIndex;
    const report: Extract<GuideReport, { type: 'progress' }> = {
      channel: 'guide-report',
      type: 'progress',
      runId: this.runId,
      position: position.kind,
      stepIndex,
      ...(position.kind === 'retention' ? { offerId: position.offer.id } : {}),
      ...(position.kind === 'ending' ? { endingId: position.ending.id } : {}),
    };
    const key = JSON.stringify(report);
    if (key === this.lastReported) return;
    this.lastReported = key;
    if (position.kind === 'ending' && position.ending.outcome === 'completed') {
      report.confirmationText = confirmationText(document, position.ending);
    }
    if (position.kind === 'step') this.state = { ...this.state, stepIndex };
    this.send(report);
  }

  private renderView(position: Settled): void {
    const guide = this.guide;
    const s = this.strings;
    const state = this.state;
    if (!guide || !s || !state || !this.overlay) return;
    const lang = this.lang;
    const stepIndex = position.kind === 'step' ? position.index : state.stepIndex;
    const finished = position.kind === 'ending';
    const view: PanelViewModel = {
      s,
      lang,
      title: guide.title[lang],
      siteName: `${state.siteName} (${state.domain})`,
      steps: guide.steps.map((step, index) => ({
        id: step.id,
        text: step.instruction[lang],
        status: finished || index < stepIndex ? 'done' : index === stepIndex ? 'current' : 'todo',
        final: step.kind === 'final',
      })),
      stepNumber: stepIndex + 1,
      mode: position.kind,
      offTrack: position.kind === 'step' && !position.onTrack,
      canDoIt: false,
      busy: this.busy,
    };
    let target: { element: Element; final: boolean } | undefined;

    if (position.kind === 'ending' || position.kind === 'settling') {
      view.mode = position.kind;
      view.ending = {
        outcome: position.ending.outcome,
        message: position.ending.message[lang],
        ...(state.receipt ? { receipt: state.receipt } : {}),
      };
    } else if (position.kind === 'retention') {
      const decline = findTarget(document, position.offer.decline);
      view.retention = { name: position.offer.name[lang], declineLabel: position.offer.declineLabel[lang], found: decline !== null };
      if (decline) target = { element: decline, final: false };
    } else if (position.kind === 'step') {
      const step = guide.steps[position.index]!;
      const resolved = resolveStep(step, { doc: document, url: location.href });
      view.kind = step.kind;
      view.instruction = resolved.instruction[lang];
      if (step.warning && !state.acknowledged.includes(step.id)) {
        view.warning = step.warning[lang];
      } else {
        const element = findControl(document, resolved.target);
        if (element) {
          target = { element, final: step.kind === 'final' };
          view.controlLabel = controlLabel(element);
        }
        view.canDoIt =
          step.kind === 'safe' &&
          step.doItForMe !== undefined &&
          (step.doItForMe.action === 'navigate' || (element !== null && (step.doItForMe.action !== 'click' || this.mayPress(element))));
        view.notFound = this.manualIfMissing(step, position.index, element !== null, lang);
      }
    }
    this.target = target;
    this.placeHighlight();
    if (target && target.element !== this.scrolledTo) {
      this.scrolledTo = target.element;
      target.element.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    render(
      <GuidePanel
        view={view}
        onDoIt={() => void this.doItForMe()}
        onAcknowledge={() => this.acknowledge()}
        onClose={() => this.close()}
        onTakeMeThere={() => this.goToStart()}
      />,
      this.overlay.mountPoint,
    );
  }

  /** The step's manual instructions, once its control has been missing for the step's `manualAfterMs`. */
  private manualIfMissing(step: GuideStep, index: number, found: boolean, lang: 'en' | 'pl'): PanelViewModel['notFound'] {
    const key = `${index}:${location.href}`;
    if (found) {
      this.missing = undefined;
      return undefined;
    }
    if (this.missing?.key !== key) this.missing = { key, since: Date.now() };
    if (Date.now() - this.missing.since < step.manualAfterMs) return undefined;
    return { expected: step.instruction[lang], manual: step.manual[lang] };
  }

  /** Keeps the highlight over the control as the page scrolls or moves. */
  private placeHighlight(): void {
    cancelAnimationFrame(this.frame);
    if (this.overlay && placeHighlight(this.overlay.highlight, this.target)) this.frame = requestAnimationFrame(() => this.placeHighlight());
  }

  private acknowledge(): void {
    const position = this.position;
    if (!this.guide || !this.state || position?.kind !== 'step') return;
    const step = this.guide.steps[position.index];
    if (!step?.warning) return;
    this.state = { ...this.state, acknowledged: [...this.state.acknowledged, step.id] };
    this.send({ channel: 'guide-report', type: 'acknowledge', runId: this.runId, stepId: step.id });
    this.evaluate();
  }

  private close(): void {
    this.send({ channel: 'guide-report', type: 'stop', runId: this.runId });
    this.detach();
  }

  private goToStart(): void {
    if (!this.guide) return;
    location.assign(this.siteAddress(this.guide.startPath));
  }

  private siteAddress(path: string): string {
    return guidePageUrl(path, location.origin, this.guide?.startHost, this.allowedDomains);
  }

  /** The click guard every press of Signoff's passes: what the click really does, and only on the run's site. */
  private mayPress(element: Element): boolean {
    return judgeClick(element, { allowedDomains: this.allowedDomains, cancellation: true }).ok;
  }

  /** "Do it for me": only ever a safe step's own action, or declining a retention offer. Never a final step. */
  private async doItForMe(): Promise<void> {
    const guide = this.guide;
    const position = this.position;
    if (!guide || !position || this.busy) return;
    this.busy = true;
    try {
      if (position.kind === 'retention') {
        const decline = findTarget(document, position.offer.decline);
        if (decline && this.mayPress(decline)) press(decline);
        return;
      }
      if (position.kind !== 'step') return;
      const step = guide.steps[position.index]!;
      const action = step.doItForMe;
      if (step.kind !== 'safe' || !action) return;
      if (action.action === 'navigate') {
        location.assign(this.siteAddress(action.path));
        return;
      }
      const element = findControl(document, resolveStep(step, { doc: document, url: location.href }).target);
      if (!element) return;
      if (action.action === 'click' && this.mayPress(element)) press(element);
      else if (action.action === 'hover') hover(element);
      else if (action.action === 'select') choose(element, Object.values(action.option).flat().filter((text): text is string => !!text));
    } finally {
      this.busy = false;
      setTimeout(() => this.evaluate(), AFTER_MUTATION_MS);
    }
  }
}
