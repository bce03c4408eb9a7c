import { fill, type PanelStrings } from '../../utils/guides/panel-strings';

export interface PanelStepView {
  id: string;
  text: string;
  status: 'done' | 'current' | 'todo';
  final: boolean;
}

export interface PanelViewModel {
  s: PanelStrings;
  lang: 'en' | 'pl';
  title: string;
  siteName: string;
  steps: PanelStepView[];
  stepNumber: number;
  mode: 'step' | 'sign-in' | 'retention' | 'ending' | 'settling';
  instruction?: string;
  kind?: 'safe' | 'final' | 'outside';
  /** The visible text of the control found on the page. */
  controlLabel?: string;
  canDoIt: boolean;
  /** A warning the person has to acknowledge before the step's control is shown. */
  warning?: string;
  /** The control was not found in time: what was expected, and how to do it by hand. */
  notFound?: { expected: string; manual: string };
  offTrack: boolean;
  retention?: { name: string; declineLabel: string; found: boolean };
  ending?: { outcome: 'completed' | 'stopped'; message: string; receipt?: 'none' | 'saved' | 'saved-with-screenshot' };
  busy: boolean;
}

interface Props {
  view: PanelViewModel;
  onDoIt: () => void;
  onAcknowledge: () => void;
  onClose: () => void;
  onTakeMeThere: () => void;
}

/** The guide's panel on the site's page (rendered inside a closed shadow root: the page's CSS cannot reach it). */
export function GuidePanel({ view, onDoIt, onAcknowledge, onClose, onTakeMeThere }: Props) {
  const { s } = view;
  return (
    <section class="panel" lang={view.lang} role="region" aria-label={`${s.guidePanelTitle}: ${view.title}`} data-part="panel" data-mode={view.mode}>
      <header>
        <div>
          <div class="brand">{s.guidePanelTitle}</div>
          <h2 data-part="title">{view.title}</h2>
        </div>
        <button type="button" class="close" data-part="close" aria-label={s.guideClose} title={s.guideClose} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="body" aria-live="polite" data-part="body">
        <Current view={view} onDoIt={onDoIt} onAcknowledge={onAcknowledge} onTakeMeThere={onTakeMeThere} />
      </div>
      <details class="steps" open={view.mode !== 'ending'}>
        <summary>{s.guideStepsHeading}</summary>
        <ol data-part="steps">
          {view.steps.map((step) => (
            <li key={step.id} class={step.status} data-step={step.id} data-status={step.status} aria-current={step.status === 'current' ? 'step' : undefined}>
              <span>{step.text}</span>
              {step.status === 'done' && <span class="tag">{s.guideStepDone}</span>}
              {step.final && step.status !== 'done' && <span class="tag final">{s.guideStepFinal}</span>}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function Current({ view, onDoIt, onAcknowledge, onTakeMeThere }: Omit<Props, 'onClose'>) {
  const { s } = view;
  if (view.mode === 'ending' && view.ending) {
    const { ending } = view;
    const receipt =
      ending.outcome !== 'completed'
        ? undefined
        : ending.receipt === undefined
          ? s.guideReceiptSaving
          : ending.receipt === 'saved-with-screenshot'
            ? s.guideReceiptSavedShot
            : ending.receipt === 'saved'
              ? s.guideReceiptSaved
              : s.guideReceiptNone;
    return (
      <div class={`ending ${ending.outcome}`} data-part="ending" data-outcome={ending.outcome}>
        <h3>{ending.outcome === 'completed' ? s.guideCompleted : s.guideStoppedTitle}</h3>
        <p data-part="ending-message">{ending.message}</p>
        {receipt && <p class="receipt" data-part="receipt" data-receipt={ending.receipt ?? 'saving'}>{receipt}</p>}
      </div>
    );
  }
  if (view.mode === 'settling') return <p data-part="settling">{s.guideChecking}</p>;
  if (view.mode === 'sign-in') return <p class="notice" data-part="sign-in">{fill(s.guideSignIn, view.siteName)}</p>;
  if (view.mode === 'retention' && view.retention) {
    const { retention } = view;
    return (
      <div class="retention" data-part="retention">
        <h3>{fill(s.guideRetentionTitle, retention.name)}</h3>
        <p data-part="instruction">{fill(s.guideRetentionDecline, retention.declineLabel)}</p>
        {retention.found && (
          <button type="button" class="primary" data-part="do-it" onClick={onDoIt} disabled={view.busy}>
            {s.guideDoItForMe}
          </button>
        )}
      </div>
    );
  }
  return (
    <div class={`step ${view.kind ?? ''}`} data-part="step" data-kind={view.kind}>
      <p class="counter" data-part="counter">{fill(s.guideStepOf, view.stepNumber, view.steps.length)}</p>
      {view.offTrack && (
        <div class="notice" data-part="off-track">
          <p>{s.guideOffTrack}</p>
          <button type="button" data-part="take-me-there" onClick={onTakeMeThere} disabled={view.busy}>
            {s.guideTakeMeThere}
          </button>
        </div>
      )}
      {view.warning ? (
        <div class="warning" role="alert" data-part="warning">
          <h3>{s.guideWarningTitle}</h3>
          <p>{view.warning}</p>
          <button type="button" class="primary" data-part="acknowledge" onClick={onAcknowledge}>
            {s.guideWarningAck}
          </button>
        </div>
      ) : (
        <>
          <p class="instruction" data-part="instruction">{view.instruction}</p>
          {view.controlLabel && <p class="label" data-part="control-label">{fill(s.guideOnPage, view.controlLabel)}</p>}
          {view.kind === 'final' && <p class="only-you" data-part="only-you">{s.guideOnlyYou}</p>}
          {view.canDoIt && (
            <button type="button" class="primary" data-part="do-it" onClick={onDoIt} disabled={view.busy}>
              {s.guideDoItForMe}
            </button>
          )}
          {view.notFound && (
            <div class="manual" data-part="manual">
              <p>{fill(s.guideNotFound, view.notFound.expected)}</p>
              <h4>{s.guideManualHeading}</h4>
              <p data-part="manual-text">{view.notFound.manual}</p>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** The panel's styles, inside its shadow root. `:host` is reset so inherited page styles do not leak in. */
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel { position: fixed; right: 16px; bottom: 16px; width: 360px; max-height: calc(100vh - 32px); overflow: auto;
  pointer-events: auto; background: #fff; color: #1b1b1f; border: 2px solid #1d4ed8; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; padding: 10px 12px;
  background: #1d4ed8; color: #fff; }
.brand { font-size: 12px; opacity: .9; }
h2 { margin: 0; font-size: 15px; font-weight: 600; }
h3 { margin: 0 0 4px; font-size: 14px; }
h4 { margin: 8px 0 2px; font-size: 13px; }
p { margin: 0 0 8px; }
.close { background: transparent; color: #fff; border: 0; font-size: 20px; line-height: 1; cursor: pointer; padding: 0 4px; }
.body { padding: 12px; }
.counter { font-size: 12px; color: #555; margin-bottom: 4px; }
.instruction { font-size: 15px; font-weight: 600; }
.label { color: #333; }
.only-you { background: #fee2e2; color: #7f1d1d; border-left: 4px solid #b91c1c; padding: 6px 8px; }
.notice { background: #fef9c3; border-left: 4px solid #ca8a04; padding: 6px 8px; }
.warning { background: #fee2e2; border-left: 4px solid #b91c1c; padding: 8px; }
.retention { background: #ede9fe; border-left: 4px solid #6d28d9; padding: 8px; }
.manual { background: #f1f5f9; border-left: 4px solid #475569; padding: 8px; margin-top: 8px; }
.ending.completed { background: #dcfce7; border-left: 4px solid #15803d; padding: 8px; }
.ending.stopped { background: #fef3c7; border-left: 4px solid #b45309; padding: 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #1d4ed8; background: #fff; color: #1d4ed8; padding: 6px 12px; }
button.primary { background: #1d4ed8; color: #fff; }
button:disabled { opacity: .6; cursor: default; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.steps { border-top: 1px solid #e5e7eb; padding: 8px 12px; font-size: 13px; }
.steps summary { cursor: pointer; color: #333; }
.steps ol { margin: 6px 0 0; padding-left: 20px; }
.steps li { margin: 2px 0; color: #555; }
.steps li.done { color: #15803d; }
.steps li.current { color: #111; font-weight: 600; }
.tag { margin-left: 6px; font-size: 11px; border-radius: 4px; padding: 0 4px; background: #dcfce7; color: #166534; font-weight: normal; }
.tag.final { background: #fee2e2; color: #991b1b; }
.highlight { position: fixed; pointer-events: none; border: 3px solid #f59e0b; border-radius: 6px;
  box-shadow: 0 0 0 4px rgba(245,158,11,.35), 0 0 0 9999px rgba(0,0,0,.08); transition: all .15s ease-out; }
.highlight.final { border-color: #dc2626; box-shadow: 0 0 0 4px rgba(220,38,38,.35), 0 0 0 9999px rgba(0,0,0,.08); }
@media (prefers-reduced-motion: reduce) { .highlight { transition: none; } }
`;
