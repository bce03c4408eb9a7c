import { useEffect, useState } from 'preact/hooks';
import type { AccountFlowName } from '../utils/messaging/protocol';
import type { SessionView } from '../utils/popup-model';
import { firstScreenRows } from './first-screen';
import { SessionItem } from './SessionItem';

interface Props {
  sessions: SessionView[];
  now: number;
  onSignOut: (sessionId: string) => void;
  onOpenFlow?: (sessionId: string, flow: AccountFlowName) => void;
  onStartGuide?: (sessionId: string, guideId: string) => void;
}

/**
 * The "Signed in" rows. With many sessions the rows that fill the popup's first screen are drawn first and the rest
 * right after the browser has painted them, so the popup can be used sooner (docs/benchmarks.md): Preact builds
 * about a dozen elements per row.
 */
export function SessionList({ sessions, now, onSignOut, onOpenFlow, onStartGuide }: Props) {
  const first = firstScreenRows(sessions, { accountFlows: onOpenFlow !== undefined, guides: onStartGuide !== undefined });
  const [all, setAll] = useState(sessions.length <= first);
  useEffect(() => {
    if (all) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame has been painted: requestAnimationFrame runs before the paint, the timeout after it.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setAll(true))));
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [all]);
  const shown = all ? sessions : sessions.slice(0, first);
  return (
    <ul class="rows">
      {shown.map((session) => (
        <SessionItem
          key={session.sessionId}
          session={session}
          now={now}
          onSignOut={onSignOut}
          onOpenFlow={onOpenFlow}
          onStartGuide={onStartGuide}
        />
      ))}
    </ul>
  );
}
