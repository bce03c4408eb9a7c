import type { ServerResponse } from 'node:http';
import type { ResponseExtras } from '../types';

export function sendJson(res: ServerResponse, status: number, body: unknown, extras: ResponseExtras = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(extras.setCookies?.length ? { 'Set-Cookie': extras.setCookies } : {}),
  });
  res.end(JSON.stringify(body));
}
