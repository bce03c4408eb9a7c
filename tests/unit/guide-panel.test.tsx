// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuidePanel, type PanelViewModel } from '@/components/guides/GuidePanel';
import en from '@/public/_locales/en/messages.json';
import { formatMessage, type LocaleMessages } from '@/utils/i18n';
import { panelStrings } from '@/utils/guides/panel-strings';

const s = panelStrings((key, subs) => formatMessage((en as LocaleMessages)[key], subs));

function view(overrides: Partial<PanelViewModel> = {}): PanelViewModel {
  return {
    s,
    lang: 'en',
    title: 'Cancel Amazon Prime',
    siteName: 'Amazon (amazon.com)',
    steps: [
      { id: 'a', text: 'Open your account.', status: 'done', final: false },
      { id: 'b', text: 'Press “Cancel subscription”.', status: 'current', final: true },
    ],
    stepNumber: 2,
    mode: 'step',
    instruction: 'Press “Cancel subscription”.',
    kind: 'final',
    controlLabel: 'Cancel subscription',
    canDoIt: false,
    offTrack: false,
    busy: false,
    ...overrides,
  };
}

const noop = () => undefined;

afterEach(cleanup);

describe('guide panel', () => {
  it('on a final step: the instruction, the page’s label, “only you” — and no “Do it for me”', () => {
    render(<GuidePanel view={view()} onDoIt={noop} onAcknowledge={noop} onClose={noop} onTakeMeThere={noop} />);
    expect(screen.getByText('Step 2 of 2')).toBeTruthy();
    expect(screen.getByText('On the page: “Cancel subscription”')).toBeTruthy();
    expect(screen.getByText(/Only you can press this/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Do it for me' })).toBeNull();
    expect(screen.getAllByText('your decision').length).toBe(1);
  });

  it('on a safe step: “Do it for me” calls back', () => {
    const onDoIt = vi.fn();
    render(<GuidePanel view={view({ kind: 'safe', canDoIt: true, steps: [] })} onDoIt={onDoIt} onAcknowledge={noop} onClose={noop} onTakeMeThere={noop} />);
    fireEvent.click(screen.getByRole('button', { name: 'Do it for me' }));
    expect(onDoIt).toHaveBeenCalledOnce();
  });

  it('shows a warning to acknowledge before the step', () => {
    const onAcknowledge = vi.fn();
    render(<GuidePanel view={view({ warning: 'The e-mail is blocked for good.' })} onDoIt={noop} onAcknowledge={onAcknowledge} onClose={noop} onTakeMeThere={noop} />);
    expect(screen.getByRole('alert').textContent).toContain('The e-mail is blocked for good.');
    expect(screen.queryByText('Press “Cancel subscription”.', { selector: '.instruction' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'I understand' }));
    expect(onAcknowledge).toHaveBeenCalledOnce();
  });

  it('names the retention offer and the button that declines it', () => {
    render(
      <GuidePanel
        view={view({ mode: 'retention', retention: { name: 'a cheaper annual plan', declineLabel: 'Continue to cancel', found: true } })}
        onDoIt={noop}
        onAcknowledge={noop}
        onClose={noop}
        onTakeMeThere={noop}
      />,
    );
    expect(screen.getByText('Offer to keep you: a cheaper annual plan')).toBeTruthy();
    expect(screen.getByText(/press “Continue to cancel”/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Do it for me' })).toBeTruthy();
  });

  it('offers the manual instructions with what was expected, and says how it ended', () => {
    const { unmount } = render(
      <GuidePanel
        view={view({ kind: 'safe', notFound: { expected: 'Press “Manage membership”.', manual: 'Open the menu at the top.' } })}
        onDoIt={noop}
        onAcknowledge={noop}
        onClose={noop}
        onTakeMeThere={noop}
      />,
    );
    expect(screen.getByText('Signoff cannot find this on the page. It expected: Press “Manage membership”.')).toBeTruthy();
    expect(screen.getByText('Open the menu at the top.')).toBeTruthy();
    unmount();
    render(
      <GuidePanel
        view={view({ mode: 'ending', ending: { outcome: 'stopped', message: 'ProSupport: call customer care.' } })}
        onDoIt={noop}
        onAcknowledge={noop}
        onClose={noop}
        onTakeMeThere={noop}
      />,
    );
    expect(screen.getByText('This cannot be done here')).toBeTruthy();
    expect(screen.getByText('ProSupport: call customer care.')).toBeTruthy();
  });
});
