import type { ForgetResult } from '../db-schema';
import type { Flow } from '../recipes/schema';
import type { MethodResult } from './method-result';

/**
 * What a forget flow came to, from what Signoff saw. A flow that asks the page for the account's entry (`forAccount`)
 * removed it only if the page listed it (`listed`: the runner reported the entry found); when the page never listed
 * it, nothing was removed and the result says so. A flow that empties the whole list (no `forAccount` step) saw the
 * list through its required steps.
 */
export function forgetResult(flow: Flow, result: MethodResult, listed: boolean): ForgetResult {
  if (!result.ran) return false;
  const asksForAccount = flow.steps.some((step) => step.action !== 'navigate' && step.action !== 'hover' && step.forAccount === true);
  return asksForAccount && !listed ? 'not-listed' : true;
}
