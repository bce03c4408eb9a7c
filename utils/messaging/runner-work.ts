import { hostForLog, urlOnDomains } from '../core/on-site';
import { GenericRunRequest, RunRequest } from './protocol';

export type RunnerWork =
  | { accept: true; work: RunRequest | GenericRunRequest }
  | { accept: false; reply: { kind: 'refused'; host: string } };

/**
 * What the runner does with a message from its extension, on the page at `href`: work it may do, a refusal when
 * the page is not on the work's allowed domains (the tab was steered to another site after the background looked),
 * or undefined when the message is no work at all.
 */
export function runnerWork(message: unknown, href: string): RunnerWork | undefined {
  const steps = RunRequest.safeParse(message);
  const generic = steps.success ? undefined : GenericRunRequest.safeParse(message);
  const work = steps.success ? steps.data : generic?.success ? generic.data : undefined;
  if (!work) return undefined;
  if (!urlOnDomains(href, work.allowedDomains)) return { accept: false, reply: { kind: 'refused', host: hostForLog(href) } };
  return { accept: true, work };
}
