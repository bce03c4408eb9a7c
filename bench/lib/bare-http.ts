import { Agent, request } from 'node:https';

/** A cookie as Playwright reports it (only what sending needs). */
export interface JarCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
}

export interface BareResponse {
  status: number;
  location?: string;
  body: string;
}

/**
 * The "bare" sign-out: the same HTTP requests a browser makes, sent straight from Node to the fixture server with
 * the browser's cookies. A keep-alive agent, like a browser's warm connection; Set-Cookie answers update the jar.
 */
export class BareClient {
  private readonly agent = new Agent({ keepAlive: true, rejectUnauthorized: false });

  constructor(
    private readonly port: number,
    private readonly jar: JarCookie[],
  ) {}

  async send(method: 'GET' | 'POST', url: string, form?: Record<string, string>): Promise<BareResponse> {
    const target = new URL(url);
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const headers: Record<string, string> = { host: target.hostname, 'user-agent': 'signoff-bench', cookie: this.cookieHeader(target) };
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const response = await new Promise<BareResponse & { setCookies: string[] }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: this.port, servername: target.hostname, agent: this.agent, method, path: target.pathname + target.search, headers },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: text, setCookies: res.headers['set-cookie'] ?? [] }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    for (const header of response.setCookies) this.store(header, target.hostname);
    return { status: response.status, location: response.location ? new URL(response.location, url).href : undefined, body: response.body };
  }

  /** Sends a request and follows redirects as a browser does (a redirected POST continues as a GET). */
  async follow(method: 'GET' | 'POST', url: string, form?: Record<string, string>): Promise<BareResponse> {
    let response = await this.send(method, url, form);
    for (let hops = 0; response.location && response.status >= 300 && response.status < 400 && hops < 10; hops++) {
      response = await this.send('GET', response.location);
    }
    return response;
  }

  close(): void {
    this.agent.destroy();
  }

  private cookieHeader(url: URL): string {
    return this.jar
      .filter((c) => domainMatches(url.hostname, c.domain) && url.pathname.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  private store(header: string, host: string): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attr = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const domain = attr('domain') ? `.${attr('domain')!.replace(/^\./, '')}` : host;
    const path = attr('path') ?? '/';
    const expires = attr('expires');
    const expired = attr('max-age') === '0' || (expires !== undefined && Date.parse(expires) < Date.now());
    const rest = this.jar.filter((c) => !(c.name === name && c.domain === domain && c.path === path));
    this.jar.length = 0;
    this.jar.push(...rest, ...(expired ? [] : [{ name, value, domain, path }]));
  }
}

function domainMatches(host: string, domain: string): boolean {
  return domain.startsWith('.') ? host === domain.slice(1) || host.endsWith(domain) : host === domain;
}
