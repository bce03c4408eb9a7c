import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A throwaway self-signed certificate for the given host names, made with the openssl CLI into `dir`.
 * Chromium runs with --ignore-certificate-errors, but correct names keep other clients honest too.
 */
export async function makeSelfSignedCertificate(hosts: readonly string[], dir: string): Promise<Certificate> {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const altNames = hosts.map((host) => `DNS:${host}`).join(',');
  // openssl is asked for a short-lived certificate: it only has to outlive one test run.
  await run('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=signoff-fixtures',
    '-addext', `subjectAltName=${altNames}`,
    '-keyout', keyPath, '-out', certPath,
  ]);
  return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
}
