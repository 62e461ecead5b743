import { useT } from '../../i18n/useT'
import { KafkaError } from './KafkaError'

/** The end of every form dialog: the engine's refusal (if any), Cancel, and the submit button. */
export function FormFooter({
  refusal,
  onClose,
  submitLabel,
}: {
  refusal?: string | null
  onClose: () => void
  submitLabel: string
}) {
  const t = useT()
  return (
    <>
      {refusal && (
        <p role="alert" className="form-alert">
          <KafkaError error={refusal} />
        </p>
      )}
      <div className="form-dialog-footer">
        <button type="button" className="btn" onClick={onClose}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="btn btn-primary">
          {submitLabel}
        </button>
      </div>
    </>
  )
}
