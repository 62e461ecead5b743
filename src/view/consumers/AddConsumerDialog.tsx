import { useId, useState, type FormEvent } from 'react'
import { ASSIGNORS, SERVER_ASSIGNORS, type AssignorName } from '../../engine'
import { useT } from '../../i18n/useT'
import { useLab, useLabStore } from '../../store/react'
import { closeDialog } from '../../store/uiStore'
import { useUi } from '../../store/useUi'
import { FormFooter } from '../forms/FormFooter'
import { ModalDialog } from '../forms/Dialog'
import { writableTopics } from '../forms/partitionDecision'
import { ConsumerSettingsFields, DEFAULT_SETTINGS, settingsFields } from './ConsumerSettingsFields'

type Reset = 'latest' | 'earliest'
const RESETS: readonly Reset[] = ['latest', 'earliest']
type Protocol = 'classic' | 'consumer'
const PROTOCOLS: readonly Protocol[] = ['classic', 'consumer']
const SUGGESTED = ['location-service', 'email-service', 'push-notifications', 'analytics']

const close = () => closeDialog('addConsumer')

/** Add a consumer to a group (a new group or an existing one): many services can read the same stream. */
export function AddConsumerDialog() {
  const open = useUi((s) => s.dialog === 'addConsumer')
  return open ? <AddConsumerForm onClose={close} /> : null
}

function AddConsumerForm({ onClose }: { onClose: () => void }) {
  const t = useT()
  const id = useId()
  const store = useLabStore()
  const topics = useLab((s) => writableTopics(s.sim.state).map((x) => x.name))
  const groups = useLab((s) => Object.keys(s.sim.state.groups))
  const [groupId, setGroupId] = useState(() => SUGGESTED.find((g) => !groups.includes(g)) ?? 'my-group')
  const [topicChoice, setTopicChoice] = useState('')
  const [reset, setReset] = useState<Reset>('latest')
  const [protocol, setProtocol] = useState<Protocol>('classic')
  const [assignor, setAssignor] = useState<AssignorName>('range')
  const [instance, setInstance] = useState('')
  const [settings, setSettings] = useState(DEFAULT_SETTINGS)
  const assignors = protocol === 'consumer' ? SERVER_ASSIGNORS : ASSIGNORS
  const [refusal, setRefusal] = useState<string | null>(null)
  const topic = topics.includes(topicChoice) ? topicChoice : (topics[0] ?? '')
  const existing = groups.includes(groupId)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    // Empty: a dynamic member. Anything else goes as typed (the engine says what is wrong with it).
    const member = {
      ...(instance === '' ? {} : { groupInstanceId: instance }),
      ...settingsFields(settings, topic),
    }
    const group = protocol === 'consumer' ? { groupProtocol: protocol, assignor } : { assignor }
    const command = existing
      ? { type: 'addConsumer', groupId, topic, ...member }
      : { type: 'addConsumer', groupId, topic, autoOffsetReset: reset, ...group, ...member }
    const result = store.getState().dispatch(command)
    if (result.ok) onClose()
    else setRefusal(result.error)
  }

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="form-dialog-title">
          {t('addConsumer.title')}
        </h2>
        <div className="form-dialog-body">
          <div className="form-field">
            <label htmlFor={`${id}-group`}>{t('addConsumer.group')}</label>
            <input
              id={`${id}-group`}
              data-autofocus
              list={`${id}-groups`}
              value={groupId}
              autoComplete="off"
              aria-describedby={`${id}-group-hint`}
              onChange={(e) => setGroupId(e.target.value)}
            />
            <datalist id={`${id}-groups`}>
              {[...new Set([...groups, ...SUGGESTED])].map((g) => (
                <option key={g} value={g} />
              ))}
            </datalist>
            <p id={`${id}-group-hint`} className="form-hint">
              {existing ? t('addConsumer.joinsExisting') : t('addConsumer.newGroup')}
            </p>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-topic`}>{t('addProducer.topic')}</label>
            <select id={`${id}-topic`} value={topic} onChange={(e) => setTopicChoice(e.target.value)}>
              {topics.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-instance`}>{t('addConsumer.instance')}</label>
            <input
              id={`${id}-instance`}
              value={instance}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${id}-instance-hint`}
              onChange={(e) => setInstance(e.target.value)}
            />
            <p id={`${id}-instance-hint`} className="form-hint">
              {t('addConsumer.instanceHint')}
            </p>
          </div>
          {!existing && (
            <>
              <fieldset className="form-fieldset">
                <legend className="form-legend">auto.offset.reset</legend>
                {RESETS.map((r) => (
                  <label key={r} className="form-check">
                    <input
                      type="radio"
                      name={`${id}-reset`}
                      value={r}
                      checked={reset === r}
                      onChange={() => setReset(r)}
                    />
                    <span className="form-option-text">
                      <span className="mono">{r}</span>
                      <span className="form-hint">
                        {t(r === 'latest' ? 'addConsumer.latestHint' : 'addConsumer.earliestHint')}
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <fieldset className="form-fieldset">
                <legend className="form-legend">{t('addConsumer.protocol')}</legend>
                {PROTOCOLS.map((p) => (
                  <label key={p} className="form-check">
                    <input
                      type="radio"
                      name={`${id}-protocol`}
                      value={p}
                      checked={protocol === p}
                      onChange={() => {
                        setProtocol(p)
                        setAssignor(p === 'consumer' ? SERVER_ASSIGNORS[0]! : ASSIGNORS[0]!)
                      }}
                    />
                    <span className="form-option-text">
                      <span className="mono">{p}</span>
                      <span className="form-hint">{t(`addConsumer.protocol.${p}`)}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <div className="form-field">
                <label htmlFor={`${id}-assignor`}>{t('group.assignor')}</label>
                <select
                  id={`${id}-assignor`}
                  value={assignor}
                  onChange={(e) => setAssignor(e.target.value as AssignorName)}
                >
                  {assignors.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          <ConsumerSettingsFields value={settings} onChange={setSettings} readTopic={topic} />
        </div>
        <FormFooter refusal={refusal} onClose={onClose} submitLabel={t('addConsumer.add')} />
      </form>
    </ModalDialog>
  )
}
