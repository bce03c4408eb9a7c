import { escapeHtml } from './kit/index';

/**
 * The Office web shell both Outlooks draw (outlook.live.com and outlook.office.com): the blue header with the "Me
 * control" (#O365_MainLink_Me, the account's initials; its label names the account) and the look of the pages
 * around it. Shared by the consumer Microsoft fixture and the work/school one.
 */
export const OFFICE_SHELL_STYLE = `
body { margin: 0; font: 14px "Segoe UI", "Segoe UI Web (West European)", -apple-system, Roboto, sans-serif; color: #242424; }
#O365_NavHeader { display: flex; align-items: center; gap: 16px; height: 48px; padding: 0 8px 0 16px; background: #0f6cbd; color: #fff; }
#O365_NavHeader a { color: #fff; text-decoration: none; font-weight: 600; }
#O365_MainLink_Me { margin-left: auto; height: 48px; min-width: 48px; border: 0; background: none; cursor: pointer; }
#O365_MainLink_MePhoto { display: inline-flex; width: 32px; height: 32px; border-radius: 50%; background: #fff; color: #0f6cbd; align-items: center; justify-content: center; font-weight: 600; }
#mectrl_main_body { width: 320px; background: #fff; color: #242424; box-shadow: 0 6.4px 14.4px rgba(0,0,0,.13); }
#mectrl_main_body .mectrl_header { display: flex; justify-content: space-between; padding: 8px 12px; }
#mectrl_main_body .mectrl_accountDetails { padding: 12px; }
#mectrl_currentAccount_primary { font-weight: 600; font-size: 18px; }
#mectrl_main_body a { color: #0f6cbd; }
main { display: flex; padding: 0; }
.folder-pane { width: 220px; padding: 12px; border-right: 1px solid #e0e0e0; }
.folder-pane a { display: block; padding: 8px; color: #242424; text-decoration: none; }
.message-list { flex: 1; padding: 12px; }
.kit-sign-in { width: 440px; margin: 48px auto; padding: 44px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.kit-sign-in input[type=text], .kit-sign-in input[type=password] { display: block; width: 100%; box-sizing: border-box; height: 36px; margin: 4px 0 16px; border: 0; border-bottom: 1px solid #666; }
.kit-sign-in button, .kit-sign-in input[type=submit] { float: right; min-width: 108px; height: 32px; border: 0; background: #0067b8; color: #fff; }
.kit-error { color: #e81123; margin-bottom: 8px; }
`;

/** "Jan Kowalski" → "JK", as the Me control shows a person without a photo. */
export const initials = (name: string) =>
  name
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** The Me control's button: the account's initials, labelled with `label` (e.g. "Account manager for Jan Kowalski"). */
export function meControlButton(name: string, label: string): string {
  return `<button type="button" id="O365_MainLink_Me" aria-label="${escapeHtml(label)}">
<div id="meControl"><div id="O365_MainLink_MePhoto" class="mectrl_profilepic mectrl_profilepic_initials" aria-hidden="true">${escapeHtml(initials(name))}</div></div></button>`;
}
