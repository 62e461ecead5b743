/**
 * Each lesson's title and summary: the lessons menu and the public API list them, so they load with the first
 * screen. The steps' text (lessons.ts, lessonsEs.ts) loads with the lesson panel.
 */
export const lessonTitlesEn = {
  'lesson.topics.title': 'Topics: named streams of data',
  'lesson.topics.summary':
    'A topic is a named stream of records: any format, no queries, as many topics as you like.',
  'lesson.partitions-offsets.title': 'Partitions and offsets',
  'lesson.partitions-offsets.summary':
    'A topic is split into partitions; each one numbers its records 0, 1, 2… and keeps them in order.',
  'lesson.immutability-retention.title': 'Immutability and retention',
  'lesson.immutability-retention.summary':
    'Records are never updated or deleted one by one; retention removes old segments after 7 days, and offsets are never reused.',
  'lesson.keys.title': 'Keys: choosing the partition',
  'lesson.keys.summary':
    'Without a key, records stick to a random partition; with a key, the same key always lands in the same partition.',
  'lesson.producers-failover.title': 'Producers and broker failures',
  'lesson.producers-failover.summary':
    'The producer decides the partition, partitions spread the load over the brokers, and a dead leader is routed around.',
  'lesson.consumers.title': 'Consumers and consumer groups',
  'lesson.consumers.summary':
    'Many services read the same stream; inside a group each partition has one owner, and each group keeps its own position.',
  'lesson.replication-acks.title': 'Replication and acks',
  'lesson.replication-acks.summary':
    'Replicas, the ISR and the high watermark; acks=1 can lose an acknowledged write, while acks=all with min.insync.replicas=2 refuses it first.',
  'lesson.consumer-lag.title': 'Why is my lag growing?',
  'lesson.consumer-lag.summary':
    'Too few members, members with nothing to do, slow processing, and a record nobody can read: each grows lag in its own way.',
  'lesson.rebalances.title': 'Rebalances and duplicates',
  'lesson.rebalances.summary':
    'When commits happen, the poll timeout loop, static membership, and what eager, cooperative and KIP-848 rebalances stop.',
  'lesson.retention-compaction.title': 'Retention and compaction: how Kafka forgets',
  'lesson.retention-compaction.summary':
    'Retention deletes whole segments; a compacted topic keeps the latest record of each key, and tombstones delete keys.',
} as const

export const lessonTitlesEs: Record<keyof typeof lessonTitlesEn, string> = {
  'lesson.topics.title': 'Temas (topics): flujos de datos con nombre',
  'lesson.topics.summary':
    'Un tema (topic) es un flujo de mensajes con nombre: cualquier formato, sin consultas y tantos temas como quieras.',
  'lesson.partitions-offsets.title': 'Particiones y offsets',
  'lesson.partitions-offsets.summary':
    'Un tema se divide en particiones; cada una numera sus mensajes 0, 1, 2… y los mantiene en orden.',
  'lesson.immutability-retention.title': 'Inmutabilidad y retención',
  'lesson.immutability-retention.summary':
    'Los mensajes nunca se actualizan ni se borran uno a uno; la retención elimina los segmentos viejos a los 7 días y los offsets nunca se reutilizan.',
  'lesson.keys.title': 'Llaves: cómo se elige la partición',
  'lesson.keys.summary':
    'Sin llave, los mensajes se quedan en una partición elegida al azar; con llave, la misma llave siempre cae en la misma partición.',
  'lesson.producers-failover.title': 'Productores y caídas de brokers',
  'lesson.producers-failover.summary':
    'El productor decide la partición, las particiones reparten la carga entre los brokers y, si un líder cae, el productor lo esquiva.',
  'lesson.consumers.title': 'Consumidores y grupos de consumidores',
  'lesson.consumers.summary':
    'Muchos servicios leen el mismo flujo; dentro de un grupo cada partición tiene un solo dueño, y cada grupo lleva su propia posición.',
  'lesson.replication-acks.title': 'Replicación y acks',
  'lesson.replication-acks.summary':
    'Réplicas, ISR y marca de agua alta; con acks=1 se puede perder una escritura ya confirmada, y con acks=all y min.insync.replicas=2 Kafka prefiere rechazarla.',
  'lesson.consumer-lag.title': '¿Por qué crece mi lag?',
  'lesson.consumer-lag.summary':
    'Pocos miembros, miembros sin nada que hacer, un procesamiento lento y un mensaje que nadie puede leer: cada uno hace crecer el lag a su manera.',
  'lesson.rebalances.title': 'Rebalanceos y duplicados',
  'lesson.rebalances.summary':
    'Cuándo se confirman los offsets, el bucle del tiempo de poll, la pertenencia estática y qué detienen los rebalanceos eager, cooperativo y KIP-848.',
  'lesson.retention-compaction.title': 'Retención y compactación: cómo olvida Kafka',
  'lesson.retention-compaction.summary':
    'La retención borra segmentos enteros; un tema compactado guarda el último mensaje de cada llave, y las lápidas borran llaves.',
}
