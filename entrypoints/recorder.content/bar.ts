import type { Recording } from '@/utils/teach/recording-schema';

/**
 * The recording bar: a host element no page style can move or hide, with a closed shadow root page scripts cannot
 * reach into (as the guide panel's overlay). It shows each recorded step as it happens, "Undo" and "Done".
 */

const BAR_CSS = `
.bar{position:fixed;left:12px;right:12px;bottom:12px;max-width:560px;margin:0 auto;pointer-events:auto;
 font:14px/1.4 system-ui,sans-serif;color:#1a1a1a;background:#fff;border:2px solid #b3261e;border-radius:10px;
 box-shadow:0 6px 24px rgba(0,0,0,.25);padding:12px 14px}
.title{font-weight:600;display:flex;align-items:center;gap:8px}
.dot{width:10px;height:10px;border-radius:50%;background:#b3261e;flex:none}
.hint{margin:4px 0 8px;color:#444}
ol{margin:0 0 8px;padding-left:22px;max-height:140px;overflow:auto}
.actions{display:flex;gap:8px;justify-content:flex-end}
button{font:inherit;padding:6px 12px;border-radius:6px;border:1px solid #888;background:#f5f5f5;cursor:pointer}
button.primary{background:#0b57d0;border-color:#0b57d0;color:#fff}
.end{font-weight:600}
`;

export interface Bar {
  host: HTMLElement;
  render(recording: Recording): void;
  remove(): void;
}

const fill = (text: string | undefined, value: string): string => (text ?? '$1').replace('$1', value);

function stepText(recording: Recording, step: Recording['steps'][number]): string {
  const texts = recording.texts ?? {};
  if (step.kind === 'navigate') return fill(texts.navigate, step.path);
  if (step.kind === 'hover') return fill(texts.hover, step.label);
  return fill(step.opensMenu ? texts.openMenu : texts.press, step.label);
}

export function mountBar(onUndo: () => void, onDone: () => void): Bar {
  const host = document.createElement('signoff-recorder');
  host.setAttribute(
    'style',
    'all: initial !important; display: block !important; position: fixed !important; inset: 0 !important; ' +
      'width: 100vw !important; height: 100vh !important; z-index: 2147483647 !important; pointer-events: none !important;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BAR_CSS;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'region');
  root.append(style, bar);
  document.documentElement.append(host);

  return {
    host,
    render(recording) {
      const texts = recording.texts ?? {};
      bar.replaceChildren();
      bar.setAttribute('aria-label', fill(texts.title, recording.siteName));
      const title = document.createElement('div');
      title.className = 'title';
      const dot = document.createElement('span');
      dot.className = 'dot';
      title.append(dot, fill(texts.title, recording.siteName));
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = texts.hint ?? '';
      const list = document.createElement('ol');
      list.setAttribute('aria-live', 'polite');
      for (const step of recording.steps) {
        const item = document.createElement('li');
        item.textContent = stepText(recording, step);
        list.append(item);
      }
      bar.append(title, hint, list);
      if (recording.status === 'recording') {
        const actions = document.createElement('div');
        actions.className = 'actions';
        const undo = document.createElement('button');
        undo.type = 'button';
        undo.textContent = texts.undo ?? 'Undo';
        undo.disabled = recording.steps.length === 0;
        undo.addEventListener('click', onUndo);
        const done = document.createElement('button');
        done.type = 'button';
        done.className = 'primary';
        done.textContent = texts.done ?? 'Done';
        done.addEventListener('click', onDone);
        actions.append(undo, done);
        bar.append(actions);
      } else {
        const end = document.createElement('p');
        end.className = 'end';
        end.setAttribute('role', 'status');
        end.textContent = recording.status === 'refused' ? fill(texts.refused, recording.refusedLabel ?? '') : (texts.finished ?? '');
        bar.append(end);
      }
    },
    remove() {
      host.remove();
    },
  };
}
