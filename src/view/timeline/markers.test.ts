import { describe, expect, it } from 'vitest'
import type { Milestone } from '../../store/milestones'
import { markersOf, milestoneLabel, nextMilestone, previousMilestone } from './markers'

const ms: Milestone[] = [
  { t: 1000, kind: 'kill', brokerId: 2 },
  { t: 10_000, kind: 'election', topic: 'purchases', partition: 0, leader: 3 },
  { t: 10_000, kind: 'election', topic: 'purchases', partition: 1, leader: null },
  { t: 10_010, kind: 'election', topic: 'purchases', partition: 2, leader: 1 },
  { t: 50_000, kind: 'restart', brokerId: 2 },
  { t: 60_000, kind: 'rebalance', groupId: 'g' },
  { t: 70_000, kind: 'lesson', lessonId: 'topics', step: 1 },
]

describe('timeline markers', () => {
  it('groups nearby milestones of a kind into one marker, placed on the track', () => {
    const markers = markersOf(ms, 0, 100_000)
    expect(markers.map((m) => [m.kind, m.count, m.at])).toEqual([
      ['kill', 1, 0.01],
      ['election', 3, 0.1],
      ['restart', 1, 0.5],
      ['rebalance', 1, 0.6],
      ['lesson', 1, 0.7],
    ])
    expect(markersOf(ms, 20_000, 55_000).map((m) => m.kind)).toEqual(['restart'])
  })

  it('words each kind', () => {
    expect(milestoneLabel(ms[0]!)).toEqual({ key: 'timeline.marker.kill', params: { id: 2 } })
    expect(milestoneLabel(ms[1]!)).toEqual({
      key: 'timeline.marker.election',
      params: { partition: 'purchases-0', leader: 3 },
    })
    expect(milestoneLabel(ms[2]!).key).toBe('timeline.marker.electionNone')
    expect(milestoneLabel(ms[6]!)).toEqual({ key: 'timeline.marker.lesson', params: { step: 2 } })
  })

  it('steps from marker to marker', () => {
    expect(previousMilestone(ms, 10_000)).toBe(ms[0])
    expect(previousMilestone(ms, 10_005)).toBe(ms[1])
    expect(previousMilestone(ms, 1000)).toBeUndefined()
    expect(nextMilestone(ms, 1000)).toBe(ms[1])
    expect(nextMilestone(ms, 10_000)).toBe(ms[3])
    expect(nextMilestone(ms, 70_000)).toBeUndefined()
  })
})
