import type { Source, Texts } from '../../../schema-primitives';
import type { Bilingual, Condition, GuideInput } from '../../schema';

/**
 * "Sign out of other devices" guides (issue #16 §2) share one shape: open the site's list of sessions (done for the
 * person), press the site's own "sign out everywhere" or one session's "sign out" (the person), confirm it (the
 * person), and read the site's confirmation for the receipt. Each site file gives its facts and their evidence; this
 * builds the guide from them, so every guide of the kind reads and behaves the same.
 */

/** How sure the sources make a part of the guide. */
export type Confidence = 'HIGH' | 'MEDIUM' | 'LOW';

export interface RemotePart {
  /** The control, found by its label in the page's language (and by markup only where markup is public). */
  target: { text: Texts; css?: string[]; within?: string };
  instruction: Bilingual;
  confidence: Confidence;
  /** Sources for the label; none: the label is the site's wording as remembered, and the guide asks the page. */
  sources?: string[];
  note?: string;
}

export interface RemoteGuideFacts {
  siteName: string;
  /** The host of the sessions page, when it is not the recipe's origin. */
  startHost?: string;
  /** The sessions page ("Where you're logged in"). */
  startPath: string;
  /** Parts of the address that show the sessions page. */
  pageUrl: string[];
  /** Where the page is, in the site's own words. */
  where: Bilingual;
  whereSources: string[];
  whereConfidence: Confidence;
  /** 'all': one control ends every other session; 'each': one session at a time (the person chooses which). */
  mode: 'all' | 'each';
  /** 'each' with a page per session: the person opens the session they want to end (GitHub's “See more”). */
  choose?: RemotePart & { detailUrl: string[] };
  press: RemotePart;
  /** The site asks again: a dialog (found by `confirm.target.within`) or a page of its own (`confirmPageUrl`). */
  confirm?: RemotePart & { pageUrl?: string[] };
  /** The site signs this browser out too (then the person signs in again). */
  endsThisSession: boolean;
  /** The site's confirmation: what the page says once it is done, and where. */
  done: { text: Texts; within: string; confidence: Confidence; sources?: string[]; note?: string };
  signedOut: Condition;
  manual: Bilingual;
  /** What the site's own help or other public pages say of the whole flow. */
  sources: Source[];
}

const provenance = (part: { confidence: Confidence; sources?: string[]; note?: string }) =>
  part.sources
    ? { evidence: 'source' as const, sources: part.sources, note: `Confidence ${part.confidence}.${part.note ? ` ${part.note}` : ''}` }
    : { evidence: 'no evidence' as const, note: `Confidence ${part.confidence}: no public source shows this; the guide finds it by its label.${part.note ? ` ${part.note}` : ''}` };

/** The last step's provenance also says how sure the site's confirmation text is (an ending has no provenance of its own). */
function withDone<P extends { note?: string }>(part: P, done: RemoteGuideFacts['done']): P {
  const source = done.sources ? `source: ${done.sources.join('; ')}` : 'no public source: the guide reads the page’s status message';
  return { ...part, note: `${part.note ?? ''} Confirmation text: confidence ${done.confidence} (${source}).${done.note ? ` ${done.note}` : ''}`.trim().slice(0, 600) };
}

export const REMOTE_GUIDE_ID = 'sign-out-other-devices';

/** The label the popup and the receipts use when the interface language has no message for it (guides are en/pl). */
export const REMOTE_MENU_LABEL: Bilingual = { en: 'Signed in on another computer?', pl: 'Zalogowano na innym komputerze?' };

export function remoteSignOutGuide(facts: RemoteGuideFacts): GuideInput {
  const onPage: Condition = { url: facts.pageUrl };
  const choose = facts.choose;
  const pressAt: Condition = choose ? { url: choose.detailUrl } : onPage;
  const confirm = facts.confirm;
  const confirmShown: Condition | undefined = confirm && (confirm.pageUrl ? { url: confirm.pageUrl } : { present: confirm.target });
  const doneCondition: Condition = { text: facts.done.text, within: facts.done.within };
  const site = facts.siteName;
  const alsoHere: Bilingual | undefined = facts.endsThisSession
    ? {
        en: `${site} signs out this browser too: you will need to sign in here again afterwards.`,
        pl: `${site} wyloguje też tę przeglądarkę: potem trzeba będzie zalogować się tu ponownie.`,
      }
    : undefined;
  return {
    id: REMOTE_GUIDE_ID,
    kind: 'sign-out-other-devices',
    title: { en: `Sign out of ${site} on other devices`, pl: `Wyloguj się z ${site} na innych urządzeniach` },
    description: {
      en: `${facts.where.en}. ${facts.mode === 'all' ? 'One press ends the other sessions' : 'End each session you do not recognise'}${facts.endsThisSession ? ', this one included' : '; this browser stays signed in'}.`,
      pl: `${facts.where.pl}. ${facts.mode === 'all' ? 'Jedno naciśnięcie kończy pozostałe sesje' : 'Zakończ każdą sesję, której nie rozpoznajesz'}${facts.endsThisSession ? ', także tę' : '; ta przeglądarka pozostaje zalogowana'}.`,
    },
    menuLabel: REMOTE_MENU_LABEL,
    what: { en: `${site}: sessions on other devices ended`, pl: `${site}: sesje na innych urządzeniach zakończone` },
    ...(facts.startHost ? { startHost: facts.startHost } : {}),
    startPath: facts.startPath,
    signedOut: facts.signedOut,
    steps: [
      {
        id: 'open-sessions',
        kind: 'safe',
        instruction: { en: `Open ${facts.where.en}.`, pl: `Otwórz ${facts.where.pl}.` },
        done: { anyOf: [onPage, ...(confirmShown ? [confirmShown] : [])] },
        doItForMe: { action: 'navigate', path: facts.startPath },
        manual: facts.manual,
        provenance: provenance({ confidence: facts.whereConfidence, sources: facts.whereSources }),
      },
      ...(choose
        ? [
            {
              id: 'choose-session',
              kind: 'safe' as const,
              instruction: choose.instruction,
              at: onPage,
              done: { url: choose.detailUrl },
              target: choose.target,
              manual: facts.manual,
              provenance: provenance(choose),
            },
          ]
        : []),
      {
        id: 'press-sign-out',
        kind: 'final',
        instruction: facts.press.instruction,
        ...(alsoHere ? { warning: alsoHere } : {}),
        at: pressAt,
        ...(confirmShown ? { done: confirmShown } : {}),
        target: facts.press.target,
        manual: facts.manual,
        provenance: confirm ? provenance(facts.press) : withDone(provenance(facts.press), facts.done),
      },
      ...(confirm && confirmShown
        ? [
            {
              id: 'confirm-sign-out',
              kind: 'final' as const,
              instruction: confirm.instruction,
              at: confirmShown,
              target: confirm.target,
              manual: facts.manual,
              provenance: withDone(provenance(confirm), facts.done),
            },
          ]
        : []),
    ],
    endings: [
      {
        id: 'signed-out-elsewhere',
        outcome: 'completed',
        when: doneCondition,
        message: {
          en: `${site} confirmed it${facts.mode === 'each' ? ': that session is ended. If others you do not recognise are still listed, end them the same way' : ': the other sessions are ended'}.${facts.endsThisSession ? ' Sign in again here when you need to.' : ''} Changing the password too keeps out anyone who saw it.`,
          pl: `${site} to potwierdził${facts.mode === 'each' ? ': ta sesja jest zakończona. Jeśli na liście są jeszcze inne, których nie rozpoznajesz, zakończ je tak samo' : ': pozostałe sesje są zakończone'}.${facts.endsThisSession ? ' Zaloguj się tu ponownie, gdy będzie trzeba.' : ''} Zmiana hasła zatrzyma też każdego, kto je widział.`,
        },
        confirmation: [facts.done.within],
      },
    ],
    provenance: { sources: facts.sources },
  };
}
