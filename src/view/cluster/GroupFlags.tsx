import { useT } from '../../i18n/useT'
import { groupColor, groupMark } from '../consumers/groupColor'

/** Where each consumer group will read next on this partition: its committed offset, as a small flag. */
export function GroupFlags({ flags }: { flags: { groupId: string; index: number; committed: number }[] }) {
  const t = useT()
  if (flags.length === 0) return null
  return (
    <span className="group-flags">
      {flags.map((f) => (
        <span
          key={f.groupId}
          className="group-flag"
          style={{ background: groupColor(f.index) }}
          title={t('group.flag', { group: f.groupId, offset: f.committed })}
          aria-label={t('group.flag', { group: f.groupId, offset: f.committed })}
          role="img"
        >
          {groupMark(f.groupId)}
        </span>
      ))}
    </span>
  )
}
