import { invariant } from './invariant'
import type { PartitionState, SimState } from './state'

/** Producers' invariants, part of `checkState` (clusterInvariants.ts): their counts and their sequence numbers. */

/** Producers account for every record they took: acknowledged, failed or still in a batch. */
export function checkProducers(state: SimState): void {
  for (const producer of state.producers) {
    let pending = 0
    producer.batches.forEach((queue, partition) => {
      let inFlight = 0
      for (const b of queue) {
        invariant(
          b.partition === partition,
          () => `${producer.id}: batch ${b.id} of partition ${b.partition} queued for ${partition}`,
        )
        pending += b.records.length
        if (b.status === 'inFlight') inFlight++
      }
      invariant(
        inFlight <= producer.config.maxInFlightRequestsPerConnection,
        () => `${producer.id}: ${inFlight} requests in flight to partition ${partition}`,
      )
    })
    invariant(
      producer.sent === producer.acked + producer.failed + pending,
      () =>
        `${producer.id}: sent ${producer.sent} != acked ${producer.acked} + failed ${producer.failed} + pending ${pending}`,
    )
  }
}

/**
 * An idempotent producer's records in a partition: its epoch never goes back, and within an epoch the sequence numbers
 * follow one another (no duplicate, no gap). Below the cleaner point compaction may have removed some: there they
 * only increase.
 */
export function checkSequences(p: PartitionState, at: () => string): void {
  const last = new Map<string, { epoch: number; sequence: number }>()
  for (const seg of p.segments) {
    for (const r of seg.records) {
      if (r.sequence < 0) continue
      const before = last.get(r.producerId)
      if (before === undefined) last.set(r.producerId, { epoch: r.producerEpoch, sequence: r.sequence })
      else {
        const what = () =>
          `${r.producerId} epoch ${r.producerEpoch} sequence ${r.sequence} after epoch ${before.epoch} sequence ${before.sequence} at offset ${r.offset}: ${at()}`
        invariant(
          r.producerEpoch > before.epoch ||
            (r.producerEpoch === before.epoch &&
              (r.sequence === before.sequence + 1 ||
                (r.offset <= p.cleanerPoint && r.sequence > before.sequence))),
          what,
        )
        before.epoch = r.producerEpoch
        before.sequence = r.sequence
      }
    }
  }
}
