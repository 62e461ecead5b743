import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../engine'
import { brokerId, topicName } from '../engine/ids'
import { LOG_LIMIT, UI_UPDATE_MS, createEventFeed } from './eventFeed'
import type { Lab } from './labRuntime'
import { MILESTONE_LIMIT, type Milestone } from './milestones'

const purchases = topicName('purchases')
/** Everyday: not told in the log, no milestone. */
const hw = (t: number): SimEvent => ({
  t,
  type: 'highWatermarkAdvanced',
  topic: purchases,
  partition: 0,
  from: t,
  to: t + 1,
})
/** Notable, and a milestone. */
const killed = (t: number): SimEvent => ({
  t,
  type: 'brokerKilled',
  brokerId: brokerId(2),
  fenceAt: t + 9000,
})

/** A stand-in for the lab store: only the fields the feed reads and writes. */
function fakeLab(timeMs = 0) {
  const state = {
    sim: { state: { timeMs } },
    log: [],
    milestones: [],
    branch: null,
    horizonMs: timeMs,
    revision: 0,
    recent: [],
  } as unknown as Lab
  const heard: (readonly SimEvent[])[] = []
  const feed = createEventFeed(
    () => state,
    (partial) => Object.assign(state, partial),
    (events) => heard.push(events),
  )
  return { state, feed, heard }
}

describe('event feed', () => {
  it('holds a running frame’s everyday events until UI_UPDATE_MS of wall time has passed, then tells them at once', () => {
    const { state, feed, heard } = fakeLab()
    feed.hold([hw(1)], true, UI_UPDATE_MS / 2 - 1)
    feed.hold([hw(2)], true, UI_UPDATE_MS / 2 - 1)
    expect(state.revision).toBe(0)
    expect(heard).toHaveLength(0)
    feed.hold([hw(3)], true, 2)
    expect(state.revision).toBe(1)
    expect(state.recent.map((e) => e.t)).toEqual([1, 2, 3])
    expect(heard).toEqual([state.recent])
    expect(state.log).toEqual([])
  })

  it('tells a notable event at once, with the held ones before it, and logs and marks it', () => {
    const { state, feed } = fakeLab()
    feed.hold([hw(1)], true, 1)
    feed.hold([killed(2)], true, 1)
    expect(state.revision).toBe(1)
    expect(state.recent.map((e) => e.type)).toEqual(['highWatermarkAdvanced', 'brokerKilled'])
    expect(state.log.map((entry) => entry.event.type)).toEqual(['brokerKilled'])
    expect(state.milestones).toEqual([{ t: 2, kind: 'kill', brokerId: 2 }])
  })

  it('makes milestones only of events past the recorded run when it was not live', () => {
    const { state, feed } = fakeLab()
    state.horizonMs = 100
    feed.publish([killed(50), killed(150)], false)
    expect(state.milestones.map((m) => m.t)).toEqual([150])
    expect(state.log).toHaveLength(2)
    feed.publish([killed(60)], true)
    expect(state.milestones.map((m) => m.t)).toEqual([60, 150])
  })

  it('moves the horizon to the clock, never back', () => {
    const { state, feed } = fakeLab(500)
    state.horizonMs = 200
    feed.publish([], true)
    expect(state.horizonMs).toBe(500)
    ;(state.sim.state as { timeMs: number }).timeMs = 100
    feed.publish([], true)
    expect(state.horizonMs).toBe(500)
  })

  it('keeps the newest LOG_LIMIT log entries, ids increasing', () => {
    const { state, feed } = fakeLab()
    feed.publish(
      Array.from({ length: LOG_LIMIT + 25 }, (_, i) => killed(i)),
      true,
    )
    expect(state.log).toHaveLength(LOG_LIMIT)
    expect(state.log[0]!.event.t).toBe(25)
    const ids = state.log.map((entry) => entry.id)
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true)
  })

  it('keeps the latest MILESTONE_LIMIT milestones, and the branch’s shared count in step', () => {
    const { state, feed } = fakeLab()
    const old: Milestone[] = Array.from({ length: MILESTONE_LIMIT }, (_, i) => ({
      t: i,
      kind: 'kill',
      brokerId: 1,
    }))
    state.milestones = old
    state.branch = { atMs: 0, cursor: 0, commands: [], milestones: [], sharedMilestones: 10, horizonMs: 0 }
    feed.addMilestones([
      { t: MILESTONE_LIMIT, kind: 'restart', brokerId: 1 },
      { t: 0.5, kind: 'lesson', lessonId: 'topics', step: 0 },
      { t: MILESTONE_LIMIT + 1, kind: 'restart', brokerId: 1 },
    ])
    expect(state.milestones).toHaveLength(MILESTONE_LIMIT)
    // The three oldest (0, the lesson at 0.5, and 1) went.
    expect(state.milestones.map((m) => m.t).slice(0, 2)).toEqual([2, 3])
    expect(state.milestones.at(-1)).toMatchObject({ t: MILESTONE_LIMIT + 1 })
    expect(state.milestones.every((m, i, all) => i === 0 || all[i - 1]!.t <= m.t)).toBe(true)
    expect(state.branch!.sharedMilestones).toBe(7)
  })

  it('forgets held events on drop: they belong to a run being replaced', () => {
    const { state, feed } = fakeLab()
    feed.hold([hw(1)], true, 1)
    feed.drop()
    feed.publish([hw(9)], true)
    expect(state.recent.map((e) => e.t)).toEqual([9])
  })
})
