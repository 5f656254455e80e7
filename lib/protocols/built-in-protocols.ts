import { darlingtonDsp2024 } from './darlington-dsp-2024';
import { lscb2019 } from './lscb-2019';
import { panSussex2025 } from './pan-sussex-2025';
import { protocolSchema, type Protocol, type Stage } from './protocol-schema';

/**
 * The protocols that ship with the product, parsed by the same schema as an imported file so that a
 * mistake in the seed data fails loudly at start-up (and in the tests) instead of misleading a user.
 */
export const builtInProtocols: Protocol[] = [darlingtonDsp2024, panSussex2025, lscb2019].map((input) =>
  protocolSchema.parse(input),
);

export const builtInProtocolIds: readonly string[] = builtInProtocols.map((p) => p.id);

/**
 * The protocol with this id: a built-in one first, then the partnership's imported ones. Imports cannot
 * take a built-in id (see parseProtocolFile), so the order only matters for data imported before that rule.
 */
export function findProtocol(id: string, extra: readonly Protocol[] = []): Protocol | undefined {
  return builtInProtocols.find((p) => p.id === id) ?? extra.find((p) => p.id === id);
}

export function stageOf(protocol: Protocol, stageNumber: number): Stage | undefined {
  return protocol.stages.find((stage) => stage.number === stageNumber);
}
