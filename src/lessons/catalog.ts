import type { Lesson } from './types'
import { consumersLesson } from './content/consumers'
import { consumerLagLesson } from './content/consumerLag'
import { rebalancesLesson } from './content/rebalances'
import { retentionCompactionLesson } from './content/retentionCompaction'
import { immutabilityRetentionLesson } from './content/immutabilityRetention'
import { keysLesson } from './content/keys'
import { partitionsOffsetsLesson } from './content/partitionsOffsets'
import { producersFailoverLesson } from './content/producersFailover'
import { replicationAcksLesson } from './content/replicationAcks'
import { topicsLesson } from './content/topics'

/** Every lesson, in course order (the order of the course notes, then replication, then consumers in depth). */
export const LESSONS: Lesson[] = [
  topicsLesson,
  partitionsOffsetsLesson,
  immutabilityRetentionLesson,
  keysLesson,
  producersFailoverLesson,
  consumersLesson,
  replicationAcksLesson,
  consumerLagLesson,
  rebalancesLesson,
  retentionCompactionLesson,
]

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id)
}
