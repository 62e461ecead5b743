/** Forms: produce by hand, create a topic, add a producer. Kafka's own error text is shown as Kafka writes it. */
export const formsEn = {
  'form.cancel': 'Cancel',
  'form.noTopics': 'There is no topic yet. Create one first.',

  'produce.title': 'Produce by hand',
  'produce.topic': 'Topic',
  'produce.key': 'Key',
  'produce.noKey': 'No key (null)',
  'produce.emptyKey': 'An empty key is still a key: it is hashed like any other.',
  'produce.value': 'Value',
  'produce.format': 'Format',
  'produce.format.json': 'JSON',
  'produce.format.avro': 'Avro',
  'produce.format.text': 'Text',
  'produce.poison': 'Unreadable record',
  'produce.poisonHint':
    'Sends a text record that is not JSON, with this key and partition. Kafka accepts it; a consumer whose deserializer expects JSON or Avro cannot read it.',
  'produce.notJson': 'Not valid JSON. Kafka stores it anyway: the broker never looks inside a value.',
  'produce.partition': 'Partition',
  'produce.partition.auto': 'Let the producer decide',
  'produce.partition.option': 'Partition {n}',
  'produce.decision': 'The producer decides',
  'produce.decision.key':
    'Key {key} goes to partition {partition}: the same key always lands in the same partition while the topic has {count} partitions.',
  'produce.decision.sticky':
    'No key: the sticky partitioner sends it to partition {partition}, where this producer is sticking until batch.size ({batchSize} bytes) went there ({bytes} so far).',
  'produce.decision.stickyNew':
    'No key: the producer picks a random partition that has a leader and sticks to it until batch.size ({batchSize} bytes) went there.',
  'produce.decision.explicit': 'Explicit partition {partition} wins: no hashing, no sticky choice.',
  'produce.decision.noLeader':
    'Partition {partition} has no leader right now: the record waits, and fails after delivery.timeout.ms.',
  'produce.send': 'Send',
  'produce.sent': 'Sent to {topic}-{partition}',

  'createTopic.title': 'Create a topic',
  'createTopic.name': 'Name',
  'createTopic.nameHint': 'Letters, digits, “.”, “_” and “-”; at most 249 characters.',
  'createTopic.partitions': 'Partitions',
  'createTopic.partitionsHint': '1 to {max}. The count can grow later, never shrink.',
  'createTopic.partitionsError': 'Partitions must be a whole number from 1 to {max}.',
  'createTopic.rf': 'Replication factor',
  'createTopic.rfHint.one': '1 live broker: each partition can have at most 1 replica.',
  'createTopic.rfHint.other': '{n} live brokers: each partition can have at most {n} replicas.',
  'createTopic.rfHint.none': 'No live broker: Kafka cannot place any replica now.',
  'createTopic.retention': 'Retention (retention.ms)',
  'createTopic.retention.hour': '1 hour',
  'createTopic.retention.day': '1 day',
  'createTopic.retention.week': '7 days (Kafka’s default)',
  'createTopic.retention.forever': 'Forever (-1)',
  'createTopic.minIsr': 'Minimum in-sync replicas (min.insync.replicas)',
  'createTopic.minIsrHint':
    'With acks=all a write needs this many in-sync replicas. Kafka’s default is 1; 2 out of 3 replicas survives losing a broker.',
  'createTopic.create': 'Create topic',

  'addProducer.title': 'Add a producer',
  'addProducer.topic': 'Topic',
  'addProducer.keys': 'Keys',
  'addProducer.keys.customers': 'Customer ids (customer-1 … customer-50)',
  'addProducer.keys.customersHint': 'Each customer’s records land in one partition, in order.',
  'addProducer.keys.none': 'No key',
  'addProducer.keys.noneHint': 'The sticky partitioner fills one partition’s batch, then jumps to another.',
  'addProducer.rate': 'Rate (records per second)',
  'addProducer.rateHint': 'From {min} to {max}.',
  'addProducer.rateError': 'The rate must be a number from {min} to {max}.',
  'addProducer.acks': 'Acknowledgements (acks)',
  'addProducer.acks.0': 'Never waits: fastest, and a lost record goes unnoticed.',
  'addProducer.acks.1': 'Waits for the leader only: lost if the leader dies before the followers copy it.',
  'addProducer.acks.all': 'Waits for every in-sync replica (Kafka’s default): the safe choice.',
  'addProducer.idempotence': 'Idempotence (enable.idempotence)',
  'addProducer.idempotenceHint': 'Retries never write a duplicate or reorder records (Kafka’s default).',
  'addProducer.idempotenceNeedsAll':
    'Needs acks=all: Kafka refuses enable.idempotence=true with acks={acks}, so it is off.',
  'addProducer.add': 'Add producer',

  'kafkaError.topicNameEmpty': 'A topic needs a name.',
  'kafkaError.topicNameLong': 'The name is too long: at most 249 characters.',
  'kafkaError.topicNameChars':
    'The name may use only ASCII letters, digits, “.”, “_” and “-”: no spaces or accents.',
  'kafkaError.topicNameDots': '“.” and “..” alone are not names.',
  'kafkaError.topicExists': 'A topic with this name already exists: choose another name.',
  'kafkaError.topicCollides':
    'Kafka treats “.” and “_” as the same in names, so this name clashes with an existing topic.',
  'kafkaError.replicationFactor':
    'There are fewer live brokers than replicas asked for: lower the replication factor or start a broker.',
  'kafkaError.invalidPartition': 'The topic has no partition with that number.',
  'kafkaError.idempotenceAcks': 'The idempotent producer needs acks=all.',
} as const

export const formsEs: Record<keyof typeof formsEn, string> = {
  'form.cancel': 'Cancelar',
  'form.noTopics': 'Todavía no hay ningún tema (topic). Crea uno primero.',

  'produce.title': 'Producir a mano',
  'produce.topic': 'Tema (topic)',
  'produce.key': 'Llave (key)',
  'produce.noKey': 'Sin llave (null)',
  'produce.emptyKey': 'Una llave vacía sigue siendo una llave: se calcula su hash como cualquier otra.',
  'produce.value': 'Valor',
  'produce.format': 'Formato',
  'produce.format.json': 'JSON',
  'produce.format.avro': 'Avro',
  'produce.format.text': 'Texto',
  'produce.poison': 'Mensaje ilegible',
  'produce.poisonHint':
    'Envía un mensaje de texto que no es JSON, con esta llave y partición. Kafka lo acepta; un consumidor cuyo deserializador espera JSON o Avro no puede leerlo.',
  'produce.notJson': 'No es JSON válido. Kafka lo guarda igual: el broker nunca mira dentro de un valor.',
  'produce.partition': 'Partición',
  'produce.partition.auto': 'Que decida el productor',
  'produce.partition.option': 'Partición {n}',
  'produce.decision': 'El productor decide',
  'produce.decision.key':
    'La llave {key} va a la partición {partition}: la misma llave siempre cae en la misma partición mientras el tema tenga {count} particiones.',
  'produce.decision.sticky':
    'Sin llave: el particionador sticky lo envía a la partición {partition}, donde este productor se queda hasta haber enviado batch.size ({batchSize} bytes) ({bytes} hasta ahora).',
  'produce.decision.stickyNew':
    'Sin llave: el productor elige al azar una partición con líder y se queda en ella hasta haber enviado batch.size ({batchSize} bytes).',
  'produce.decision.explicit': 'Gana la partición explícita {partition}: sin hash y sin elección sticky.',
  'produce.decision.noLeader':
    'La partición {partition} no tiene líder ahora: el mensaje espera y falla tras delivery.timeout.ms.',
  'produce.send': 'Enviar',
  'produce.sent': 'Enviado a {topic}-{partition}',

  'createTopic.title': 'Crear un tema (topic)',
  'createTopic.name': 'Nombre',
  'createTopic.nameHint': 'Letras, dígitos, «.», «_» y «-»; como máximo 249 caracteres.',
  'createTopic.partitions': 'Particiones',
  'createTopic.partitionsHint': 'De 1 a {max}. El número puede crecer después, nunca disminuir.',
  'createTopic.partitionsError': 'Las particiones deben ser un número entero de 1 a {max}.',
  'createTopic.rf': 'Factor de replicación',
  'createTopic.rfHint.one': '1 broker activo: cada partición puede tener como máximo 1 réplica.',
  'createTopic.rfHint.other': '{n} brokers activos: cada partición puede tener como máximo {n} réplicas.',
  'createTopic.rfHint.none': 'Ningún broker activo: Kafka no puede colocar ninguna réplica ahora.',
  'createTopic.retention': 'Retención (retention.ms)',
  'createTopic.retention.hour': '1 hora',
  'createTopic.retention.day': '1 día',
  'createTopic.retention.week': '7 días (por defecto en Kafka)',
  'createTopic.retention.forever': 'Para siempre (-1)',
  'createTopic.minIsr': 'Mínimo de réplicas sincronizadas (min.insync.replicas)',
  'createTopic.minIsrHint':
    'Con acks=all una escritura necesita este número de réplicas sincronizadas. Kafka usa 1 por defecto; 2 de 3 réplicas sobrevive a la caída de un broker.',
  'createTopic.create': 'Crear tema',

  'addProducer.title': 'Añadir un productor',
  'addProducer.topic': 'Tema (topic)',
  'addProducer.keys': 'Llaves (keys)',
  'addProducer.keys.customers': 'Ids de cliente (customer-1 … customer-50)',
  'addProducer.keys.customersHint': 'Los mensajes de cada cliente caen en una sola partición, en orden.',
  'addProducer.keys.none': 'Sin llave',
  'addProducer.keys.noneHint': 'El particionador sticky llena el lote de una partición y luego salta a otra.',
  'addProducer.rate': 'Ritmo (mensajes por segundo)',
  'addProducer.rateHint': 'De {min} a {max}.',
  'addProducer.rateError': 'El ritmo debe ser un número de {min} a {max}.',
  'addProducer.acks': 'Confirmaciones (acks)',
  'addProducer.acks.0': 'Nunca espera: lo más rápido, y un mensaje perdido pasa desapercibido.',
  'addProducer.acks.1':
    'Espera solo al líder: se pierde si el líder cae antes de que los seguidores lo copien.',
  'addProducer.acks.all':
    'Espera a todas las réplicas sincronizadas (por defecto en Kafka): la opción segura.',
  'addProducer.idempotence': 'Idempotencia (enable.idempotence)',
  'addProducer.idempotenceHint':
    'Los reintentos nunca escriben un duplicado ni cambian el orden (por defecto en Kafka).',
  'addProducer.idempotenceNeedsAll':
    'Necesita acks=all: Kafka rechaza enable.idempotence=true con acks={acks}, así que está desactivada.',
  'addProducer.add': 'Añadir productor',

  'kafkaError.topicNameEmpty': 'Un tema (topic) necesita un nombre.',
  'kafkaError.topicNameLong': 'El nombre es demasiado largo: como máximo 249 caracteres.',
  'kafkaError.topicNameChars':
    'El nombre solo puede usar letras y dígitos ASCII, «.», «_» y «-»: sin espacios, tildes ni eñes.',
  'kafkaError.topicNameDots': '«.» y «..» solos no son nombres válidos.',
  'kafkaError.topicExists': 'Ya existe un tema (topic) con este nombre: elige otro.',
  'kafkaError.topicCollides':
    'Kafka trata «.» y «_» como iguales en los nombres, así que este nombre choca con un tema que ya existe.',
  'kafkaError.replicationFactor':
    'Hay menos brokers activos que réplicas pedidas: baja el factor de replicación o arranca un broker.',
  'kafkaError.invalidPartition': 'El tema no tiene ninguna partición con ese número.',
  'kafkaError.idempotenceAcks': 'El productor idempotente necesita acks=all.',
}
