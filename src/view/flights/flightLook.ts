import type { NetworkTask, RecordFormat } from '../../engine'
import { keyColor } from '../cluster/keyColor'

/** Past this many messages in the air, new flights are plain dots (no labels): readable and cheap. */
export const LABEL_LIMIT = 120

/** How a message on the wire is drawn: a labelled pill, or a dot. */
export type FlightLook =
  { kind: 'pill'; text: string; fill: string; ink: string } | { kind: 'dot'; radius: number; fill: string }

/** The records a message carries to where they are kept or read (produce requests, consumer fetch responses). */
export function recordsCarried(task: NetworkTask): number {
  if (task.kind === 'produceRequest') return task.recordCount
  if (task.kind === 'consumerFetchResponse') return task.records.length
  return 0
}

/** A record format's name as the reader's language writes it (the produce form's own words). */
export type FormatLabel = (format: RecordFormat) => string

const upperCase: FormatLabel = (f) => f.toUpperCase()

/**
 * What a message looks like in flight; `labels` false draws every one as a dot. Undefined: not drawn. Kafka's own
 * names (metadata, commit) stay as they are; a record's format is written in the reader's language.
 */
export function flightLook(
  task: NetworkTask,
  labels: boolean,
  formatLabel: FormatLabel = upperCase,
): FlightLook | undefined {
  switch (task.kind) {
    case 'produceRequest': {
      const first = task.records[0]
      const key = first?.key ?? null
      if (!labels) return { kind: 'dot', radius: 4, fill: keyColor(key) }
      const what = task.recordCount > 1 ? `×${task.recordCount}` : (key ?? '∅')
      return {
        kind: 'pill',
        text: `${what} → p${task.partition} · ${formatLabel(first?.format ?? 'text')}`,
        fill: keyColor(key, true),
        ink: '#0f172a',
      }
    }
    case 'produceResponse':
      if (task.error === null)
        return labels
          ? { kind: 'pill', text: `✓ ${task.baseOffset}`, fill: '#dcfce7', ink: '#166534' }
          : { kind: 'dot', radius: 3, fill: '#16a34a' }
      return labels
        ? { kind: 'pill', text: `✕ ${task.error}`, fill: '#fee2e2', ink: '#991b1b' }
        : { kind: 'dot', radius: 3, fill: '#dc2626' }
    case 'fetchResponse':
      if (labels && task.toOffset > task.fromOffset)
        return {
          kind: 'pill',
          text: `${task.fromOffset}…${task.toOffset - 1}`,
          fill: '#dbeafe',
          ink: '#1e3a8a',
        }
      return { kind: 'dot', radius: 3, fill: '#3b82f6' }
    case 'metadataResponse':
      return labels
        ? { kind: 'pill', text: 'metadata', fill: '#ede9fe', ink: '#5b21b6' }
        : { kind: 'dot', radius: 3, fill: '#7c3aed' }
    case 'consumerFetchResponse': {
      const first = task.records[0]
      if (labels && first) {
        const n = task.records.length
        return {
          kind: 'pill',
          text:
            n > 1
              ? `p${task.partition} ${first.offset}…${first.offset + n - 1}`
              : `p${task.partition} ${first.offset}`,
          fill: '#ccfbf1',
          ink: '#115e59',
        }
      }
      return { kind: 'dot', radius: 3, fill: '#0d9488' }
    }
    case 'offsetCommit':
      if (labels)
        return {
          kind: 'pill',
          text: `commit ${Object.entries(task.offsets)
            .map(([p, o]) => `p${p}:${o}`)
            .join(' ')}`,
          fill: '#fef9c3',
          ink: '#713f12',
        }
      return { kind: 'dot', radius: 3, fill: '#ca8a04' }
    case 'fetchRequest':
      return undefined
  }
}
