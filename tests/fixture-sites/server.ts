import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeSelfSignedCertificate } from './certificate';
import { projectTmpDir } from './paths';
import { sendText, type FixtureSite } from './types';

export interface FixtureServer {
  port: number;
  /** Every host name served, lower case. */
  hosts: string[];
  /** For Chromium's --host-resolver-rules: "MAP www.amazon.pl 127.0.0.1:PORT, MAP amazon.pl 127.0.0.1:PORT, ...". */
  hostResolverRules: string;
  close(): Promise<void>;
}

/** The host a request was sent to, without port, lower case. */
function requestHost(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

/**
 * Starts one HTTPS server on 127.0.0.1 (random port) that serves every site under its real host names,
 * routing by the Host header. The browser reaches it through --host-resolver-rules.
 */
export async function startFixtureServer(sites: readonly FixtureSite[]): Promise<FixtureServer> {
  const siteByHost = new Map<string, FixtureSite>();
  for (const site of sites) {
    for (const host of site.hosts) {
      const key = host.toLowerCase();
      const other = siteByHost.get(key);
      if (other) throw new Error(`Host ${key} is claimed by both ${other.name} and ${site.name}`);
      siteByHost.set(key, site);
    }
  }
  const hosts = [...siteByHost.keys()];

  const certDir = await mkdtemp(join(projectTmpDir(), 'fixture-cert-'));
  const certificate = await makeSelfSignedCertificate(hosts, certDir);

  const server = createServer(certificate, (req: IncomingMessage, res: ServerResponse) => {
    const host = requestHost(req);
    const site = siteByHost.get(host);
    if (!site) {
      sendText(res, 404, `No fixture site for host "${host}"`);
      return;
    }
    const url = new URL(req.url ?? '/', `https://${host}`);
    Promise.resolve()
      .then(() => site.handle(req, res, url))
      .catch((error: unknown) => {
        // A broken fixture must fail loudly in the test output, not hang the browser.
        console.error(`[fixture ${site.name}] ${req.method} ${url.href} failed:`, error);
        if (!res.headersSent) sendText(res, 500, `Fixture error: ${String(error)}`);
        else res.destroy();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    hosts,
    hostResolverRules: hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', '),
    async close() {
      // Browsers keep connections alive; without closing them server.close() would wait for their timeout.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(certDir, { recursive: true, force: true });
    },
  };
}
