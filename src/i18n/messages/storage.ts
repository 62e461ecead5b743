/** How Kafka forgets: segments on screen, compaction, tombstones and the records a compacted topic refuses. */
export const storageEn = {
  'narration.logCleaned':
    'The log cleaner compacted {tp} (dirty ratio {ratio}): {removed} gone, each superseded by a later record with the same key. The survivors keep their offsets, so the log now has gaps; the next pass starts at offset {point}.',
  'narration.logCleaned.tombstones':
    'The log cleaner compacted {tp} (dirty ratio {ratio}): {removed} gone, {tombstones} of them tombstones older than delete.retention.ms. The survivors keep their offsets; the next pass starts at offset {point}.',
  'narration.recordRefused':
    'Broker {broker} refused producer {producer}’s batch for {tp}: {message}. A compacted topic keeps the latest record of each key, so a record needs one.',
  'narration.error.INVALID_RECORD': 'the broker refused a record in the batch (InvalidRecordException)',
}

export const storageEs: Record<keyof typeof storageEn, string> = {
  'narration.logCleaned':
    'El limpiador del log compactó {tp} (proporción sucia {ratio}): {removed} menos, cada uno reemplazado por otro posterior con la misma clave. Los supervivientes conservan su offset, así que el log tiene huecos; la próxima pasada empieza en el offset {point}.',
  'narration.logCleaned.tombstones':
    'El limpiador del log compactó {tp} (proporción sucia {ratio}): {removed} menos, {tombstones} de ellos lápidas (tombstones) más antiguas que delete.retention.ms. Los supervivientes conservan su offset; la próxima pasada empieza en el offset {point}.',
  'narration.recordRefused':
    'El broker {broker} rechazó el lote del productor {producer} para {tp}: {message}. Un tema compactado guarda el último mensaje de cada clave, así que cada mensaje necesita una.',
  'narration.error.INVALID_RECORD': 'el broker rechazó un mensaje del lote (InvalidRecordException)',
}
