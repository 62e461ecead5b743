import { heartbeatIntervalOf, lastHeartbeatAt, sessionTimeoutOf } from '../../engine'
import { useT } from '../../i18n/useT'
import { useLab } from '../../store/react'

/** Whole seconds: the clocks move once a second, so a member row re-renders once a second, not every tick. */
const seconds = (ms: number) => Math.max(0, Math.floor(ms / 1000))

/**
 * The member's two clocks. The poll clock runs while the application works through a batch and is checked against
 * max.poll.interval.ms; the heartbeat clock is the heartbeat thread's, checked against session.timeout.ms. A slow
 * member's poll clock fills while its heartbeats keep the other one near zero; a crashed member's heartbeat clock fills.
 */
export function MemberClocks({ memberId }: { memberId: string }) {
  const t = useT()
  const clocks = useLab((s) => {
    const c = s.sim.state.consumers.find((x) => x.memberId === memberId)
    const group = c && s.sim.state.groups[c.groupId]
    if (!c || !group) return null
    const now = s.sim.state.timeMs
    const polling = c.status === 'active' && !c.pollTimedOut && (c.batch.length > 0 || c.processing !== null)
    return {
      poll: polling ? seconds(now - c.lastPollAt) : 0,
      pollLimit: seconds(c.maxPollIntervalMs),
      heartbeat: seconds(now - lastHeartbeatAt(c, heartbeatIntervalOf(group), now)),
      heartbeatLimit: seconds(sessionTimeoutOf(group)),
    }
  })
  if (!clocks) return null
  return (
    <div className="member-clocks">
      <Clock
        label={t('member.pollClock')}
        hint={t('member.pollClockHint', { s: clocks.poll, limit: clocks.pollLimit })}
        value={clocks.poll}
        limit={clocks.pollLimit}
      />
      <Clock
        label={t('member.heartbeatClock')}
        hint={t('member.heartbeatClockHint', { s: clocks.heartbeat, limit: clocks.heartbeatLimit })}
        value={clocks.heartbeat}
        limit={clocks.heartbeatLimit}
      />
    </div>
  )
}

function Clock({ label, hint, value, limit }: { label: string; hint: string; value: number; limit: number }) {
  const share = limit > 0 ? Math.min(1, value / limit) : 0
  return (
    <span
      className={share >= 0.75 ? 'member-clock near' : 'member-clock'}
      title={hint}
      data-testid="member-clock"
    >
      <span className="member-clock-label" aria-hidden="true">
        {label}
      </span>
      <span className="member-clock-bar" aria-hidden="true">
        <span style={{ transform: `scaleX(${share})` }} />
      </span>
      {/* The figure shows once the clock is past half its limit, when it starts to matter. */}
      {share >= 0.5 && (
        <span className="member-clock-value mono" aria-hidden="true">
          {value}/{limit} s
        </span>
      )}
      <span className="visually-hidden">{hint}</span>
    </span>
  )
}
