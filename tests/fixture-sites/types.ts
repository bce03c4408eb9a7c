import type { IncomingMessage, ServerResponse } from 'node:http';

/** One fake website served by the fixture server under its real host names. */
export interface FixtureSite {
  /** Short name for logs and errors, e.g. "amazon". */
  readonly name: string;
  /** Every host name the site answers for (including bare domains that only redirect). */
  readonly hosts: readonly string[];
  /** Answers one request. `url` is the full https URL with the request's host. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void;
  /** Forgets all server-side state and switches, so every test starts from a clean site. */
  reset(): void;
}

// The small helpers every site module uses, re-exported so a site needs only this import.
export * from './cookies';
export * from './http';
export * from './session-store';
