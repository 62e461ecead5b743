/** How Kafka forgets: segments on screen, compaction, tombstones and the records a compacted topic refuses. */
export const storageEn = {
  'narration.logCleaned':
    'The log cleaner compacted {tp} (dirty ratio {ratio}): {removed} gone, each superseded by a later record with the same key. The survivors keep their offsets, so the log now has gaps; the next pass starts at offset {point}.',
  'narration.logCleaned.tombstones':
    'The log cleaner compacted {tp} (dirty ratio {ratio}): {removed} gone, {tombstones} of them tombstones older than delete.retention.ms. The survivors keep their offsets; the next pass starts at offset {point}.',
  'narration.recordRefused':
    'Broker {broker} refused producer {producer}’s batch for {tp}: {message}. A compacted topic keeps the latest record of each key, so a record needs one.',
  'narration.error.INVALID_RECORD': 'the broker refused a record in the batch (InvalidRecordException)',
  'record.compacted': 'compacted away',
  'record.cellCompacted':
    'Offset {offset}: compacted away, a later record has the same key. The offset is never reused.',
  'record.tombstone': 'tombstone: a key with no value, which deletes the key when the log is compacted',
  'record.wouldGo': 'a full compaction now would remove it',
  'replica.cleanerPoint': 'cleaner point: the log cleaner has cleaned everything below offset {offset}',
  'legend.compacted': 'compacted away (offset kept)',
  'legend.tombstone': 'tombstone (no value)',
  'legend.cleanerPoint': 'cleaner point',
  'topic.compact': 'compacted',
  'topic.compactDelete': 'compacted + deleted',
  'topic.compactHint':
    'cleanup.policy={policy}: the log cleaner keeps the latest record of each key and removes the older ones, keeping every offset. A record without a key is refused.',
  'inspector.compacted':
    'The log cleaner removed the record at offset {offset} of {topic}-{partition}: a later record has the same key. The offset stays empty and is never reused.',
  'inspector.tombstone':
    'null: this record is a tombstone. On a compacted topic it deletes its key: the cleaner removes the older records of the key, then, after delete.retention.ms, the tombstone itself.',
  'produce.tombstone': 'Tombstone: send null',
  'produce.tombstoneHint':
    'A record with a key and a null value. On a compacted topic it deletes the key: older records of the key are cleaned away, then the tombstone itself after delete.retention.ms.',
  'produce.keylessCompacted':
    '{topic} is compacted: Kafka refuses a record without a key (InvalidRecordException: Compacted topic cannot accept message without key). Give it a key.',
  'createTopic.cleanupPolicy': 'When old records go (cleanup.policy)',
  'createTopic.retentionBytes': 'Most bytes a partition keeps (retention.bytes)',
  'createTopic.retentionBytes.none': 'no limit (Kafka’s default, -1)',
  'createTopic.retentionBytes.n': '{n} bytes',
  'createTopic.cleanupPolicy.delete': 'delete: whole old segments, after the retention time',
  'createTopic.cleanupPolicy.compact': 'compact: keep the latest record of each key',
  'createTopic.cleanupPolicy.compactDelete': 'compact,delete: both',
  'createTopic.cleanupPolicyHint':
    'Kafka’s default is delete. A compacted topic (a table of the latest value per key, like customer addresses) refuses records without a key.',
  'logInspector.title': 'The log of {name}',
  'logInspector.open': 'Segments of {name}',
  'logInspector.openCommits': 'Commits in {name}',
  'logInspector.gone': '{name} no longer exists.',
  'logInspector.logStart': 'Log start offset',
  'logInspector.cleanerPoint': 'Cleaner point',
  'logInspector.dirtyRatio': 'Dirty ratio',
  'logInspector.dirtyRatioValue': '{ratio} (the cleaner takes it above {min})',
  'logInspector.explainDelete':
    'A partition’s log is a row of segment files. Only the last one, the active segment, is written to. Retention deletes whole closed segments, oldest first, never single records.',
  'logInspector.explainCompact':
    'The log cleaner rewrites the closed segments below the high watermark, keeping only the latest record of each key at its own offset. A tombstone (a key with no value) survives one cleaning, then goes after delete.retention.ms. The active segment is never cleaned.',
  'logInspector.viewCompacted': 'View as compacted: mark what a full compaction would remove now',
  'logInspector.survivors':
    'A full compaction now would keep {kept} of {total} records, the latest of each key.',
  'logInspector.segments': 'Segments ({n} shown)',
  'logInspector.hiddenSegments': '{n} older segments not listed.',
  'logInspector.hiddenRecords': '{n} older records of this segment not listed.',
  'logInspector.segmentAt': 'from offset {offset}',
  'logInspector.segmentSize': '{records} records · {bytes} bytes',
  'logInspector.segmentSize.one': '1 record · {bytes} bytes',
  'logInspector.active': 'active',
  'logInspector.clean': 'cleaned',
  'logInspector.gap': 'offsets {from}–{to}: compacted away',
  'logInspector.gapOne': 'offset {from}: compacted away',
  'logInspector.tombstone': 'tombstone (null)',
}

export const storageEs: Record<keyof typeof storageEn, string> = {
  'narration.logCleaned':
    'El limpiador del log compactó {tp} (proporción sucia {ratio}): {removed} menos, cada uno reemplazado por otro posterior con la misma llave. Los supervivientes conservan su offset, así que el log tiene huecos; la próxima pasada empieza en el offset {point}.',
  'narration.logCleaned.tombstones':
    'El limpiador del log compactó {tp} (proporción sucia {ratio}): {removed} menos, {tombstones} de ellos lápidas (tombstones) más antiguas que delete.retention.ms. Los supervivientes conservan su offset; la próxima pasada empieza en el offset {point}.',
  'narration.recordRefused':
    'El broker {broker} rechazó el lote del productor {producer} para {tp}: {message}. Un tema compactado guarda el último mensaje de cada llave, así que cada mensaje necesita una.',
  'narration.error.INVALID_RECORD': 'el broker rechazó un mensaje del lote (InvalidRecordException)',
  'record.compacted': 'compactado',
  'record.cellCompacted':
    'Offset {offset}: eliminado por la compactación, un mensaje posterior tiene la misma llave. El offset nunca se reutiliza.',
  'record.tombstone': 'lápida (tombstone): una llave sin valor, que borra la llave al compactar el log',
  'record.wouldGo': 'una compactación completa ahora lo eliminaría',
  'replica.cleanerPoint': 'punto de limpieza: el limpiador ya limpió todo lo anterior al offset {offset}',
  'legend.compacted': 'eliminado al compactar (el offset queda)',
  'legend.tombstone': 'lápida (sin valor)',
  'legend.cleanerPoint': 'punto de limpieza',
  'topic.compact': 'compactado',
  'topic.compactDelete': 'compactado + borrado',
  'topic.compactHint':
    'cleanup.policy={policy}: el limpiador del log guarda el último mensaje de cada llave y elimina los anteriores, sin tocar los offsets. Un mensaje sin llave se rechaza.',
  'inspector.compacted':
    'El limpiador del log eliminó el mensaje del offset {offset} de {topic}-{partition}: un mensaje posterior tiene la misma llave. El offset queda vacío y nunca se reutiliza.',
  'inspector.tombstone':
    'null: este mensaje es una lápida (tombstone). En un tema compactado borra su llave: el limpiador elimina los mensajes anteriores de la llave y, pasado delete.retention.ms, la propia lápida.',
  'produce.tombstone': 'Lápida (tombstone): enviar null',
  'produce.tombstoneHint':
    'Un mensaje con llave y valor null. En un tema compactado borra la llave: los mensajes anteriores de la llave se limpian y, pasado delete.retention.ms, también la lápida.',
  'produce.keylessCompacted':
    '{topic} está compactado: Kafka rechaza un mensaje sin llave (InvalidRecordException: Compacted topic cannot accept message without key). Ponle una llave.',
  'createTopic.cleanupPolicy': 'Cuándo se van los mensajes viejos (cleanup.policy)',
  'createTopic.retentionBytes': 'Máximo de bytes por partición (retention.bytes)',
  'createTopic.retentionBytes.none': 'sin límite (el valor por defecto de Kafka, -1)',
  'createTopic.retentionBytes.n': '{n} bytes',
  'createTopic.cleanupPolicy.delete': 'delete: segmentos viejos enteros, pasado el tiempo de retención',
  'createTopic.cleanupPolicy.compact': 'compact: guardar el último mensaje de cada llave',
  'createTopic.cleanupPolicy.compactDelete': 'compact,delete: las dos cosas',
  'createTopic.cleanupPolicyHint':
    'El valor por defecto de Kafka es delete. Un tema compactado (una tabla con el último valor de cada llave, como las direcciones de los clientes) rechaza los mensajes sin llave.',
  'logInspector.title': 'El log de {name}',
  'logInspector.open': 'Segmentos de {name}',
  'logInspector.openCommits': 'Confirmaciones en {name}',
  'logInspector.gone': '{name} ya no existe.',
  'logInspector.logStart': 'Offset de inicio del log',
  'logInspector.cleanerPoint': 'Punto de limpieza',
  'logInspector.dirtyRatio': 'Proporción sucia',
  'logInspector.dirtyRatioValue': '{ratio} (el limpiador actúa por encima de {min})',
  'logInspector.explainDelete':
    'El log de una partición es una fila de archivos de segmento. Solo se escribe en el último, el segmento activo. La retención borra segmentos cerrados enteros, del más viejo al más nuevo, nunca mensajes sueltos.',
  'logInspector.explainCompact':
    'El limpiador del log reescribe los segmentos cerrados por debajo de la marca de agua alta y guarda solo el último mensaje de cada llave, en su propio offset. Una lápida (una llave sin valor) sobrevive a una limpieza y se va pasado delete.retention.ms. El segmento activo nunca se limpia.',
  'logInspector.viewCompacted': 'Ver compactado: marcar lo que una compactación completa eliminaría ahora',
  'logInspector.survivors':
    'Una compactación completa ahora guardaría {kept} de {total} mensajes, el último de cada llave.',
  'logInspector.segments': 'Segmentos ({n} a la vista)',
  'logInspector.hiddenSegments': '{n} segmentos más viejos no aparecen.',
  'logInspector.hiddenRecords': '{n} mensajes más viejos de este segmento no aparecen.',
  'logInspector.segmentAt': 'desde el offset {offset}',
  'logInspector.segmentSize': '{records} mensajes · {bytes} bytes',
  'logInspector.segmentSize.one': '1 mensaje · {bytes} bytes',
  'logInspector.active': 'activo',
  'logInspector.clean': 'limpio',
  'logInspector.gap': 'offsets {from}–{to}: eliminados al compactar',
  'logInspector.gapOne': 'offset {from}: eliminado al compactar',
  'logInspector.tombstone': 'lápida (null)',
}
