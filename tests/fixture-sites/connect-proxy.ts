import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ConnectProxy {
  /** The proxy's port on 127.0.0.1, for a browser's HTTPS proxy setting. */
  port: number;
  /** Tunnels opened so far, by host (a test can check the browser really came through the proxy). */
  tunnels: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

/** "www.amazon.pl:443" → "www.amazon.pl" (lower case); undefined for anything that is not host:443. */
function tunnelHost(target: string | undefined): string | undefined {
  const match = /^([a-z0-9.-]+):443$/i.exec(target ?? '');
  return match?.[1]?.toLowerCase();
}

/**
 * An HTTPS proxy (HTTP CONNECT) on 127.0.0.1 with a random port that tunnels the fixture sites' host names to the
 * fixture server, and refuses every other host. It lets a browser without host-resolver switches (Firefox) reach the
 * fixture sites under their real names on port 443 without anything listening on 443, so without root.
 */
export async function startConnectProxy(fixturePort: number, hosts: readonly string[]): Promise<ConnectProxy> {
  const served = new Set(hosts.map((host) => host.toLowerCase()));
  const tunnels = new Map<string, number>();
  const sockets = new Set<Socket>();
  const proxy = createServer((_req, res) => {
    // Plain http:// requests: the fixture sites exist only over https.
    res.writeHead(502, { 'content-type': 'text/plain' }).end('The fixture proxy tunnels https only');
  });
  proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const host = tunnelHost(req.url);
    if (!host || !served.has(host)) {
      // Anything else the browser tries (updates, telemetry, a typo) stays off the network.
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.set(host, (tunnels.get(host) ?? 0) + 1);
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (proxy.address() as AddressInfo).port,
    tunnels,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
