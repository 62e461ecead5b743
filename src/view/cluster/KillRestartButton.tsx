import { useT } from '../../i18n/useT'
import { useLabActions } from '../../store/react'

/** "Kill broker N" while it runs, "Restart broker N" once it is down: the names tests and screen readers rely on. */
export function KillRestartButton({ brokerId, alive }: { brokerId: number; alive: boolean }) {
  const t = useT()
  const { dispatch } = useLabActions()
  return alive ? (
    <button
      type="button"
      className="btn btn-small btn-danger"
      onClick={() => dispatch({ type: 'killBroker', brokerId })}
    >
      {t('broker.kill', { id: brokerId })}
    </button>
  ) : (
    <button
      type="button"
      className="btn btn-small btn-primary"
      onClick={() => dispatch({ type: 'restartBroker', brokerId })}
    >
      {t('broker.restart', { id: brokerId })}
    </button>
  )
}
