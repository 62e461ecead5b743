import { useLang, useT } from '../../i18n/useT'
import { kafkaErrorExplanation } from './kafkaErrorExplanation'

/**
 * A Kafka error message exactly as Kafka writes it, and beside it, when the page is not in English, what it means
 * in the student's language. Text only.
 */
export function KafkaError({ error }: { error: string }) {
  const t = useT()
  const lang = useLang()
  const explanation = lang === 'en' ? undefined : kafkaErrorExplanation(error)
  return (
    <>
      <span lang="en">{error}</span>
      {explanation && <span className="form-hint"> {t(explanation)}</span>}
    </>
  )
}
