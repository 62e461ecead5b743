import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../engine'
import { brokerId, topicName } from '../engine/ids'
import { collectMilestones, insertMilestone, milestoneOf, type Milestone } from './milestones'

const purchases = topicName('purchases')
const killed = (t: number): SimEvent => ({
  t,
  type: 'brokerKilled',
  brokerId: brokerId(2),
  fenceAt: t + 9000,
})
const elected = (t: number, reason: 'created' | 'leaderFenced', topic = purchases): SimEvent => ({
  t,
  type: 'leaderElected',
  topic,
  partition: 0,
  previousLeader: brokerId(2),
  leader: brokerId(3),
  leaderEpoch: 1,
  reason,
  isr: [brokerId(3)],
})
const hw = (t: number): SimEvent => ({
  t,
  type: 'highWatermarkAdvanced',
  topic: purchases,
  partition: 0,
  from: 0,
  to: 1,
})

describe('milestoneOf', () => {
  it('marks kills and elections, not elections at creation, on __consumer_offsets, or everyday events', () => {
    expect(milestoneOf(killed(5))).toEqual({ t: 5, kind: 'kill', brokerId: 2 })
    expect(milestoneOf(elected(7, 'leaderFenced'))).toEqual({
      t: 7,
      kind: 'election',
      topic: 'purchases',
      partition: 0,
      leader: 3,
    })
    expect(milestoneOf(elected(7, 'created'))).toBeUndefined()
    expect(milestoneOf(elected(7, 'leaderFenced', topicName('__consumer_offsets')))).toBeUndefined()
    expect(milestoneOf(hw(7))).toBeUndefined()
  })
})

describe('collectMilestones', () => {
  it('adds the milestones of events later than `after`, in event order', () => {
    const into: Milestone[] = [{ t: 1, kind: 'restart', brokerId: 1 }]
    collectMilestones([killed(10), hw(20), elected(30, 'leaderFenced'), killed(40)], 10, into)
    expect(into.map((m) => [m.t, m.kind])).toEqual([
      [1, 'restart'],
      [30, 'election'],
      [40, 'kill'],
    ])
    const all: Milestone[] = []
    collectMilestones([killed(0), killed(10)], -Infinity, all)
    expect(all).toHaveLength(2)
  })
})

describe('insertMilestone', () => {
  it('keeps time order, after the ones at the same time, and leaves the list given untouched', () => {
    const list: Milestone[] = [
      { t: 10, kind: 'kill', brokerId: 1 },
      { t: 20, kind: 'restart', brokerId: 1 },
      { t: 30, kind: 'kill', brokerId: 2 },
    ]
    const lesson: Milestone = { t: 20, kind: 'lesson', lessonId: 'topics', step: 1 }
    const out = insertMilestone(list, lesson)
    expect(out.map((m) => m.kind)).toEqual(['kill', 'restart', 'lesson', 'kill'])
    expect(list).toHaveLength(3)
    expect(insertMilestone(list, { ...lesson, t: 0 })[0]).toMatchObject({ t: 0 })
    expect(insertMilestone([], lesson)).toEqual([lesson])
  })
})
