/** Lesson 10, "Retention and compaction: how Kafka forgets", in English and Spanish. */
export const forgettingLessonEn = {
  'lesson.retention-compaction.s1':
    'A partition’s log is a row of segment files: the dark bars in purchases’ logs are where one ends and the next begins. Kafka writes only to the last one, the active segment; when it reaches segment.bytes (1 KB in this scene) it is closed and a new one starts. purchases keeps records 7 days (retention.ms), and retention works on whole segments. Open a record, then “Segments of …”, to see a partition’s segments with their sizes.',
  'lesson.retention-compaction.s1.q': 'A week passes. What does retention delete from purchases?',
  'lesson.retention-compaction.s1.q.a': 'Each record, at the moment it turns exactly 7 days old.',
  'lesson.retention-compaction.s1.q.b':
    'Whole closed segments whose newest record is older than 7 days; the active segment stays.',
  'lesson.retention-compaction.s1.q.c': 'Nothing: records are immutable, so Kafka never deletes them.',
  'lesson.retention-compaction.s1.q.why':
    'The retention check (every log.retention.check.interval.ms) deletes a segment only when its newest record is past retention.ms, so a record can live longer than 7 days. It never deletes the active segment with records in it, nor single records. The log start offset moves to the first remaining segment; the deleted offsets are never reused.',
  'lesson.retention-compaction.s1.task': 'Let a week pass and watch a segment of purchases disappear.',
  'lesson.retention-compaction.s1.hint1': 'Use “Let a week pass” beside the playback controls.',
  'lesson.retention-compaction.s1.hint2':
    'After the jump, the logs start further on: the first offsets are shown as deleted.',
  'lesson.retention-compaction.s2':
    'customer-addresses is a compacted topic (cleanup.policy=compact): each record is a customer’s address, keyed by the customer id. customer-1 and customer-2 moved, so their first addresses are out of date. A compacted topic keeps at least the latest record of each key, forever. The log cleaner wakes every 15 s and cleans a log when more than min.cleanable.dirty.ratio of it (0.3 here, 0.5 in Kafka) is new, “dirty” data in closed segments; it never touches the active segment.',
  'lesson.retention-compaction.s2.q':
    'When the cleaner compacts customer-addresses, what is left of customer-1’s two addresses (offsets 0 and 2)?',
  'lesson.retention-compaction.s2.q.a': 'Both: Kafka never deletes a record before its retention time.',
  'lesson.retention-compaction.s2.q.b': 'Only the latest, still at offset 2; offset 0 becomes an empty gap.',
  'lesson.retention-compaction.s2.q.c': 'Only the latest, renumbered to offset 0 so the log has no gaps.',
  'lesson.retention-compaction.s2.q.why':
    'Compaction keeps the latest record of each key at its own offset: offsets never change and are never reused, so consumers simply read across the gaps. A new consumer reading from the beginning still finds every customer’s current address.',
  'lesson.retention-compaction.s2.task':
    'Send customer-4’s address to customer-addresses: the segment holding the first five addresses closes, and the cleaner compacts it within 15 s.',
  'lesson.retention-compaction.s2.hint1':
    'The produce form is ready: topic customer-addresses, key customer-4. Press Send, then let the clock run.',
  'lesson.retention-compaction.s2.hint2':
    'Open a record of customer-addresses, then “Segments of customer-addresses-0”, and tick “View as compacted” to see beforehand what goes.',
  'lesson.retention-compaction.s2.blocked.noKey':
    'That record has no key: a compacted topic refuses it (InvalidRecordException), because compaction keeps records by key. Give it a key.',
  'lesson.retention-compaction.s3':
    'customer-3 closes their account. In a compacted topic you delete a key by writing a tombstone: a record with that key and a null value. The tombstone supersedes the older records of the key like any update.',
  'lesson.retention-compaction.s3.q':
    'You send a tombstone for customer-3. What happens at the next cleaning?',
  'lesson.retention-compaction.s3.q.a': 'The tombstone and every record of customer-3 vanish at once.',
  'lesson.retention-compaction.s3.q.b': 'Nothing: a tombstone is a record like any other.',
  'lesson.retention-compaction.s3.q.c':
    'customer-3’s older address goes; the tombstone stays, so that consumers can still learn about the delete.',
  'lesson.retention-compaction.s3.q.why':
    'The first cleaning that sees a tombstone keeps it and stamps it with a delete horizon: now plus delete.retention.ms (1 day by default). Only a later cleaning after that horizon removes it. Until then a consumer reading the topic sees the delete and can drop the customer from its own copy.',
  'lesson.retention-compaction.s3.task':
    'Send the tombstone for customer-3, then one more address (any customer) so that its segment closes and the cleaner takes it.',
  'lesson.retention-compaction.s3.hint1':
    'The form is ready with key customer-3 and “Tombstone: send null” ticked: press Send. Then untick it, type another customer and address, and send again.',
  'lesson.retention-compaction.s3.hint2':
    'The tombstone shows as a striped cell with its key struck through. The cleaner runs every 15 s.',
  'lesson.retention-compaction.s4':
    'The tombstone is still in the log. It may stay there for delete.retention.ms after its first cleaning, and only a later cleaning removes it: the cleaner cleans a log only when enough of it is dirty. “My tombstones won’t go away” is usually a topic that gets no new writes. A consumer that is slower than delete.retention.ms can miss the delete: when it finally reads, the tombstone is gone and it keeps customer-3 forever.',
  'lesson.retention-compaction.s4.q':
    'A week passes with nobody writing to customer-addresses. Is the tombstone of customer-3 removed?',
  'lesson.retention-compaction.s4.q.a': 'Yes: one day after it was first cleaned, the broker deletes it.',
  'lesson.retention-compaction.s4.q.b':
    'No: its horizon has passed, but the cleaner only comes back when new writes make the log dirty enough.',
  'lesson.retention-compaction.s4.q.c': 'No: tombstones stay forever in a compacted topic.',
  'lesson.retention-compaction.s4.q.why':
    'Removing an expired tombstone is part of a cleaning pass, and a pass starts only when the dirty ratio is above min.cleanable.dirty.ratio (or a record waited past max.compaction.lag.ms). A quiet topic is never cleaned again, so its tombstones stay.',
  'lesson.retention-compaction.s4.task':
    'Let a week pass, then send three new addresses: the cleaner’s next pass removes the expired tombstone.',
  'lesson.retention-compaction.s4.hint1':
    'Use “Let a week pass”, then send three records to customer-addresses, each with a key.',
  'lesson.retention-compaction.s4.hint2':
    'Watch the narration: the cleaner says how many tombstones it removed. Open the segments to see the gap where customer-3’s tombstone was.',
}

export const forgettingLessonEs: Record<keyof typeof forgettingLessonEn, string> = {
  'lesson.retention-compaction.s1':
    'El log de una partición es una fila de archivos de segmento: las barras oscuras en los logs de purchases marcan dónde acaba uno y empieza el siguiente. Kafka solo escribe en el último, el segmento activo; cuando llega a segment.bytes (1 KB en esta escena) se cierra y empieza otro. purchases guarda los mensajes 7 días (retention.ms), y la retención trabaja con segmentos enteros. Abre un mensaje y luego «Segmentos de …» para ver los segmentos de una partición con su tamaño.',
  'lesson.retention-compaction.s1.q': 'Pasa una semana. ¿Qué borra la retención de purchases?',
  'lesson.retention-compaction.s1.q.a': 'Cada mensaje, justo cuando cumple 7 días.',
  'lesson.retention-compaction.s1.q.b':
    'Segmentos cerrados enteros cuyo mensaje más nuevo tiene más de 7 días; el segmento activo se queda.',
  'lesson.retention-compaction.s1.q.c': 'Nada: los mensajes son inmutables, así que Kafka nunca los borra.',
  'lesson.retention-compaction.s1.q.why':
    'La comprobación de retención (cada log.retention.check.interval.ms) borra un segmento solo cuando su mensaje más nuevo supera retention.ms, así que un mensaje puede vivir más de 7 días. Nunca borra el segmento activo con mensajes, ni mensajes sueltos. El offset de inicio del log pasa al primer segmento que queda; los offsets borrados nunca se reutilizan.',
  'lesson.retention-compaction.s1.task':
    'Deja pasar una semana y mira cómo desaparece un segmento de purchases.',
  'lesson.retention-compaction.s1.hint1':
    'Usa «Dejar pasar una semana», junto a los controles de reproducción.',
  'lesson.retention-compaction.s1.hint2':
    'Después del salto, los logs empiezan más adelante: los primeros offsets aparecen como borrados.',
  'lesson.retention-compaction.s2':
    'customer-addresses es un tema compactado (cleanup.policy=compact): cada mensaje es la dirección de un cliente, con el id del cliente como llave. customer-1 y customer-2 se mudaron, así que sus primeras direcciones están desactualizadas. Un tema compactado guarda al menos el último mensaje de cada llave, para siempre. El limpiador del log se despierta cada 15 s y limpia un log cuando más de min.cleanable.dirty.ratio de él (0,3 aquí, 0,5 en Kafka) son datos nuevos, «sucios», en segmentos cerrados; nunca toca el segmento activo.',
  'lesson.retention-compaction.s2.q':
    'Cuando el limpiador compacte customer-addresses, ¿qué queda de las dos direcciones de customer-1 (offsets 0 y 2)?',
  'lesson.retention-compaction.s2.q.a':
    'Las dos: Kafka nunca borra un mensaje antes de su tiempo de retención.',
  'lesson.retention-compaction.s2.q.b':
    'Solo la última, todavía en el offset 2; el offset 0 queda como un hueco.',
  'lesson.retention-compaction.s2.q.c':
    'Solo la última, renumerada al offset 0 para que el log no tenga huecos.',
  'lesson.retention-compaction.s2.q.why':
    'La compactación guarda el último mensaje de cada llave en su propio offset: los offsets no cambian ni se reutilizan, y los consumidores leen saltando los huecos. Un consumidor nuevo que lea desde el principio encuentra igualmente la dirección actual de cada cliente.',
  'lesson.retention-compaction.s2.task':
    'Envía la dirección de customer-4 a customer-addresses: el segmento con las cinco primeras direcciones se cierra y el limpiador lo compacta en menos de 15 s.',
  'lesson.retention-compaction.s2.hint1':
    'El formulario para producir está listo: tema customer-addresses, llave customer-4. Pulsa Enviar y deja correr el reloj.',
  'lesson.retention-compaction.s2.hint2':
    'Abre un mensaje de customer-addresses, luego «Segmentos de customer-addresses-0», y marca «Ver compactado» para ver antes lo que se va.',
  'lesson.retention-compaction.s2.blocked.noKey':
    'Ese mensaje no tiene llave: un tema compactado lo rechaza (InvalidRecordException), porque la compactación guarda los mensajes por llave. Ponle una llave.',
  'lesson.retention-compaction.s3':
    'customer-3 cierra su cuenta. En un tema compactado, una llave se borra escribiendo una lápida (tombstone): un mensaje con esa llave y valor null. La lápida reemplaza a los mensajes anteriores de la llave como cualquier actualización.',
  'lesson.retention-compaction.s3.q':
    'Envías una lápida para customer-3. ¿Qué pasa en la siguiente limpieza?',
  'lesson.retention-compaction.s3.q.a': 'La lápida y todos los mensajes de customer-3 desaparecen a la vez.',
  'lesson.retention-compaction.s3.q.b': 'Nada: una lápida es un mensaje como cualquier otro.',
  'lesson.retention-compaction.s3.q.c':
    'La dirección anterior de customer-3 se va; la lápida se queda, para que los consumidores aún puedan enterarse del borrado.',
  'lesson.retention-compaction.s3.q.why':
    'La primera limpieza que ve una lápida la conserva y le pone un horizonte de borrado: ahora más delete.retention.ms (1 día por defecto). Solo una limpieza posterior a ese horizonte la elimina. Hasta entonces, un consumidor que lea el tema ve el borrado y puede quitar al cliente de su propia copia.',
  'lesson.retention-compaction.s3.task':
    'Envía la lápida de customer-3 y después otra dirección (de cualquier cliente), para que su segmento se cierre y el limpiador lo tome.',
  'lesson.retention-compaction.s3.hint1':
    'El formulario está listo con la llave customer-3 y «Lápida (tombstone): enviar null» marcado: pulsa Enviar. Después desmárcalo, escribe otro cliente y su dirección, y envía otra vez.',
  'lesson.retention-compaction.s3.hint2':
    'La lápida se ve como una celda rayada con su llave tachada. El limpiador pasa cada 15 s.',
  'lesson.retention-compaction.s4':
    'La lápida sigue en el log. Puede quedarse delete.retention.ms después de su primera limpieza, y solo otra limpieza posterior la elimina: el limpiador solo limpia un log cuando una parte suficiente está sucia. «Mis lápidas no desaparecen» suele ser un tema que no recibe escrituras nuevas. Un consumidor más lento que delete.retention.ms puede perderse el borrado: cuando por fin lee, la lápida ya no está y se queda con customer-3 para siempre.',
  'lesson.retention-compaction.s4.q':
    'Pasa una semana sin que nadie escriba en customer-addresses. ¿Se elimina la lápida de customer-3?',
  'lesson.retention-compaction.s4.q.a': 'Sí: un día después de su primera limpieza, el broker la borra.',
  'lesson.retention-compaction.s4.q.b':
    'No: su horizonte ya pasó, pero el limpiador solo vuelve cuando las escrituras nuevas ensucian lo bastante el log.',
  'lesson.retention-compaction.s4.q.c': 'No: las lápidas se quedan para siempre en un tema compactado.',
  'lesson.retention-compaction.s4.q.why':
    'Eliminar una lápida vencida es parte de una pasada de limpieza, y una pasada solo empieza cuando la proporción sucia supera min.cleanable.dirty.ratio (o cuando un mensaje esperó más de max.compaction.lag.ms). Un tema tranquilo no se vuelve a limpiar, así que sus lápidas se quedan.',
  'lesson.retention-compaction.s4.task':
    'Deja pasar una semana y después envía tres direcciones nuevas: la siguiente pasada del limpiador elimina la lápida vencida.',
  'lesson.retention-compaction.s4.hint1':
    'Usa «Dejar pasar una semana» y después envía tres mensajes a customer-addresses, cada uno con llave.',
  'lesson.retention-compaction.s4.hint2':
    'Mira la narración: el limpiador dice cuántas lápidas eliminó. Abre los segmentos para ver el hueco donde estaba la lápida de customer-3.',
}
