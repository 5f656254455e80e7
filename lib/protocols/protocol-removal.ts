import { builtInProtocols } from './built-in-protocols';
import type { Protocol } from './protocol-schema';

/**
 * Whether a protocol the practitioner imported may be removed, and if not, what to do instead. A
 * challenge's history names its protocol (the opened event's protocolId), and its stages, deadlines and
 * reports are read through that protocol: so a protocol any stored challenge follows, open or closed,
 * stays. Pure: the store gathers the facts inside the transaction that would write the removal.
 */
export interface ProtocolRemovalFacts {
  protocolId: string;
  /** The practitioner's imports as stored (options → Protocol → Import). */
  stored: readonly Protocol[];
  /** Ids IT installs by managed policy: not the practitioner's to remove. */
  policyIds: readonly string[];
  /** The default protocol in force, and whether IT sets it. */
  defaultProtocolId: string;
  defaultManaged: boolean;
  /** How many stored challenges follow this protocol, by status. */
  uses: { open: number; closed: number };
}

export type ProtocolRemovalDecision =
  | { ok: true; removed: Protocol; remaining: Protocol[] }
  | { ok: false; kind: 'invalid' | 'not-found' | 'conflict'; message: string };

const NOTHING = 'Nothing was removed.';

export function protocolLabel(protocol: Pick<Protocol, 'partnership' | 'name' | 'version'>): string {
  return `${protocol.partnership}: ${protocol.name} (${protocol.version})`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function decideProtocolRemoval(facts: ProtocolRemovalFacts): ProtocolRemovalDecision {
  const { protocolId } = facts;
  const refuse = (kind: 'invalid' | 'not-found' | 'conflict', message: string) =>
    ({ ok: false, kind, message: `${message} ${NOTHING}` }) as const;

  const builtIn = builtInProtocols.find((p) => p.id === protocolId);
  if (builtIn) {
    return refuse(
      'invalid',
      `“${protocolLabel(builtIn)}” is built into Challenge Companion and cannot be removed. ` +
        'If you do not use it, choose another default protocol.',
    );
  }
  // Checked before the stored list: a policy protocol hides an import of the same id, and removing the
  // hidden copy would change nothing the practitioner can see.
  if (facts.policyIds.includes(protocolId)) {
    return refuse(
      'invalid',
      `The protocol "${protocolId}" is installed by your organisation’s IT (managed policy) and cannot be ` +
        'removed here. Ask your IT team if it should no longer be installed.',
    );
  }
  const removed = facts.stored.find((p) => p.id === protocolId);
  if (!removed) {
    return refuse(
      'not-found',
      `No imported protocol with the id "${protocolId}" is installed. Reload this page to see the ` +
        'protocols installed now.',
    );
  }
  const label = protocolLabel(removed);
  const { open, closed } = facts.uses;
  if (open + closed > 0) {
    return refuse(
      'conflict',
      `“${label}” cannot be removed: ${plural(open + closed, 'stored challenge follows', 'stored challenges follow')} ` +
        `it (${open} open, ${closed} closed), and each one’s history names it; without it they could not ` +
        'be shown, checked or counted in reports. It can be removed once no stored challenge follows it ' +
        '(closed challenges go when your retention period passes, or with Erase all data; export a ' +
        'backup first).',
    );
  }
  if (facts.defaultProtocolId === protocolId) {
    return refuse(
      'conflict',
      facts.defaultManaged
        ? `“${label}” is the default protocol your organisation’s IT sets for you, so it cannot be ` +
            'removed. Ask your IT team to set another default first.'
        : `“${label}” is your default protocol. Choose another default protocol above and save it ` +
            'first, then remove this one.',
    );
  }
  return { ok: true, removed, remaining: facts.stored.filter((p) => p.id !== protocolId) };
}
