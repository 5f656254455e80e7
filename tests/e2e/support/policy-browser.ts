import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser.mjs';

/**
 * Chromium with an organisation policy for the extension (shared/TESTING.md, "Managed storage"). The
 * build is copied and given a manifest `key`, which pins the extension id the policy file names. The
 * policy goes into a private /etc/chromium (a bind mount inside `unshare`), so nothing on the machine
 * changes; only where that is impossible is /etc/chromium/policies/managed written, and removed after.
 */
export interface PolicySetup {
  extensionDir: string;
  extensionId: string;
  /** A wrapper to launch instead of Chromium (the unshare way), or undefined (the /etc way). */
  executablePath: string | undefined;
  cleanup(): void;
}

const POLICY_FILE = 'challenge-companion-test.json';
const SYSTEM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for a key: sha256 of the public key (DER), first 32 hex digits mapped 0-f → a-p. */
function idFromKey(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function unshareWorks(): boolean {
  try {
    execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function systemPolicyWritable(): boolean {
  try {
    mkdirSync(SYSTEM_POLICY_DIR, { recursive: true });
    accessSync(SYSTEM_POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Prepares the keyed build and the policy; null with the reason when neither way can work here. */
export function setUpPolicy(policy: Record<string, unknown>): PolicySetup | { skip: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'cc-policy-'));
  const extensionDir = path.join(root, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  const extensionId = idFromKey(der);
  const policyJson = JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } });

  if (unshareWorks()) {
    const etc = path.join(root, 'etc-chromium');
    mkdirSync(path.join(etc, 'policies', 'managed'), { recursive: true });
    writeFileSync(path.join(etc, 'policies', 'managed', POLICY_FILE), policyJson);
    const wrapper = path.join(root, 'chromium-with-policy.sh');
    writeFileSync(
      wrapper,
      [
        '#!/bin/sh',
        `exec unshare --user --map-root-user --mount sh -c 'mount --bind "$0" /etc/chromium && exec "$@"' ` +
          `'${etc}' '${chromiumPath()}' "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    return {
      extensionDir,
      extensionId,
      executablePath: wrapper,
      cleanup: () => rmSync(root, { recursive: true, force: true }),
    };
  }
  if (systemPolicyWritable()) {
    const file = path.join(SYSTEM_POLICY_DIR, POLICY_FILE);
    writeFileSync(file, policyJson);
    return {
      extensionDir,
      extensionId,
      executablePath: undefined,
      cleanup: () => {
        rmSync(file, { force: true });
        rmSync(root, { recursive: true, force: true });
      },
    };
  }
  rmSync(root, { recursive: true, force: true });
  return { skip: 'Neither unshare (user and mount namespaces) nor a writable /etc/chromium is available.' };
}

export interface PolicyBrowser {
  extension: ExtensionBrowser;
  /** The id the manifest key pins, which the policy file names. */
  extensionId: string;
  /** Closes the browser, removes its profile and the policy. */
  close(): Promise<void>;
}

/** Chromium with the keyed build loaded under `policy`; or why that cannot be done on this machine. */
export async function launchUnderPolicy(
  policy: Record<string, unknown>,
): Promise<PolicyBrowser | { skip: string }> {
  const setup = setUpPolicy(policy);
  if ('skip' in setup) return setup;
  try {
    const extension = await launchWithExtension({
      extensionDir: setup.extensionDir,
      ...(setup.executablePath ? { executablePath: setup.executablePath } : {}),
    });
    return {
      extension,
      extensionId: setup.extensionId,
      async close() {
        try {
          await extension.close();
        } finally {
          setup.cleanup();
        }
      },
    };
  } catch (error) {
    setup.cleanup();
    throw error;
  }
}
