/** The narration strip and the event log: one plain sentence per engine event, saying what happened and why. */
export const narrationEn = {
  // Shared pieces, filled into the sentences below.
  'narration.records.one': '{n} record',
  'narration.records.other': '{n} records',
  'narration.partitions.one': '{n} partition',
  'narration.partitions.other': '{n} partitions',
  'narration.offsets.one': 'offset {from}',
  'narration.offsets.range': 'offsets {from}–{to}',
  'narration.days': '{n} days',
  'narration.simTime': 'day {day}, {clock}',
  'narration.leaderOf': '{tp}: broker {broker}',
  'narration.noLeaderOf': '{tp}: no leader',
  'narration.none': 'none',

  // Brokers and the controller.
  'narration.brokerAdded':
    'Broker {broker} joined the cluster. It holds no partitions until a new topic or a reassignment places replicas on it.',
  'narration.brokerKilled':
    'Broker {broker} stopped. Its heartbeats stop too: the controller will fence it in {wait}, once broker.session.timeout.ms has passed since the last one.',
  'narration.brokerRestarted':
    'Broker {broker} restarted with its log on disk. It registers with the controller again and will catch up as a follower.',
  'narration.brokerFenced':
    'The controller fenced broker {broker}: no heartbeat for {timeout}. It leaves the ISRs, and the partitions it led need a new leader.',
  'narration.brokerUnfenced':
    'Broker {broker} registered with the controller and is unfenced: it can lead and follow partitions again.',
  'narration.brokerStalled.on':
    'Broker {broker} stalled: it still sends heartbeats but stopped fetching, so after replica.lag.time.max.ms its replicas leave the ISRs.',
  'narration.brokerStalled.off':
    'Broker {broker} is fetching again; its replicas rejoin the ISRs once they catch up.',

  // Topics.
  'narration.topicCreated':
    'Topic {topic} created with {partitions}, replication factor {rf}. Each partition is led by the first broker in its replica list.',
  'narration.partitionsCreated':
    'Topic {topic} grew from {from} to {to} partitions. No data moved; keyed records now go to hash % {to}, so a key may change partition.',
  'narration.topicConfigChanged':
    'The configuration of topic {topic} changed; the new values apply from now on.',

  // Producers.
  'narration.producerAdded':
    'Producer {producer} started writing to topic {topic}. The producer chooses each record’s partition and sends its batches straight to that partition’s leader.',
  'narration.producerRemoved': 'Producer {producer} was closed; it sends no more records.',
  'narration.producerRateChanged': 'Producer {producer} now sends {rate} records/s.',
  'narration.producerPaused': 'Producer {producer} paused (0 records/s).',
  'narration.producersQuiet': 'The producers stay quiet until {until} while time jumps ahead.',
  'narration.producersResume': 'The producers may send again.',
  'narration.recordSent':
    'Producer {producer} sent a batch of {records} for {tp} to its leader, broker {broker}.',
  'narration.recordResent':
    'Producer {producer} retried a batch of {records} for {tp} (attempt {attempt}), sending it to broker {broker}.',
  'narration.recordAppended':
    'Broker {broker}, leader of {tp}, appended {records} from producer {producer} ({offsets}).',
  'narration.duplicateRefused':
    'Broker {broker} recognised a retried batch from producer {producer} on {tp} and did not write it twice (idempotence); it is already at offset {offset}.',
  'narration.produceAcked':
    'The leader of {tp} acknowledged {records} from producer {producer}, starting at offset {offset}.',
  'narration.produceAckedBlind':
    'Producer {producer} sent {records} to {tp} without waiting for an answer (acks=0), so it never learns the offset.',
  'narration.produceFailed.retry':
    'Producer {producer} could not write to {tp}: {error} ({why}); it will retry.',
  'narration.produceFailed.final':
    'Producer {producer} gave up on {records} for {tp}: {error} ({why}); the application receives the error.',
  'narration.error.NETWORK_EXCEPTION': 'the connection to the broker was lost',
  'narration.error.NOT_LEADER_OR_FOLLOWER': 'that broker no longer leads the partition',
  'narration.error.NOT_ENOUGH_REPLICAS': 'the ISR is smaller than min.insync.replicas',
  'narration.error.OUT_OF_ORDER_SEQUENCE_NUMBER': 'the broker found a gap in the producer’s sequence numbers',
  'narration.error.UNKNOWN_TOPIC_OR_PARTITION': 'that broker does not host the partition',
  'narration.error.LEADER_NOT_AVAILABLE': 'the partition has no leader right now',
  'narration.error.REQUEST_TIMED_OUT':
    'the high watermark did not reach those records within request.timeout.ms',
  'narration.error.TIMEOUT': 'delivery.timeout.ms passed without an acknowledgement',
  'narration.sticky.moved':
    'Producer {producer} now sends its keyless records to {tp} instead of partition {from}: the sticky partitioner moves on after about batch.size bytes, or when a partition loses its leader.',
  'narration.sticky.same':
    'Producer {producer} keeps sending its keyless records to {tp}: after about batch.size bytes the sticky partitioner drew a partition again and got the same one.',
  'narration.metadataRefreshed':
    'Producer {producer} refreshed its metadata to learn who leads each partition of {topic}: {leaders}.',
  'narration.producerRerouted':
    'Producer {producer} refreshed its metadata and now sends {tp} to broker {to}, its new leader.',
  'narration.producerRerouted.none':
    'Producer {producer} refreshed its metadata: {tp} has no leader, so its records wait until one is elected.',

  // Replication, leaders and the ISR.
  'narration.replicaFetched':
    'Broker {follower} copied {records} of {tp} ({offsets}) from the leader, broker {leader}.',
  'narration.highWatermarkAdvanced':
    'The high watermark of {tp} moved from {from} to {to}: the whole ISR has those records, so they are committed and consumers can read them.',
  'narration.leader.created':
    'Partition {tp} starts with broker {leader} as leader, the first replica in its list (ISR {isr}).',
  'narration.leader.leaderFenced':
    'Partition {tp} lost its leader; the controller chose broker {leader} from the ISR {isr} (leader epoch {epoch}).',
  'narration.leader.preferred':
    'Leadership of {tp} went back to its preferred replica, broker {leader} (leader epoch {epoch}): auto.leader.rebalance.enable spreads leaders evenly.',
  'narration.leader.unclean':
    'Unclean leader election on {tp}: no ISR member was alive, so out-of-sync broker {leader} became leader (leader epoch {epoch}). The records it lacked are lost.',
  'narration.leader.replicaReturned':
    'Broker {leader}, still in the ISR {isr}, came back, so {tp} has a leader again (leader epoch {epoch}).',
  'narration.leader.none':
    'Partition {tp} has no leader: no replica of the ISR {isr} is alive. Producers must wait until one of them comes back.',
  'narration.isrShrunk.fenced': '{tp}: broker {broker} left the ISR: it is fenced. ISR now {isr}.',
  'narration.isrShrunk.lagging':
    '{tp}: broker {broker} left the ISR: it lagged more than replica.lag.time.max.ms. ISR now {isr}.',
  'narration.isrShrunk.other': '{tp}: broker {broker} left the ISR. ISR now {isr}.',
  'narration.isrExpanded': 'Broker {broker} caught up and rejoined the ISR of {tp}. ISR now {isr}.',
  'narration.recordsLost.truncated':
    '{tp} lost {records} ({offsets}): the new leader never received that part of the log, so it was truncated. It was above the high watermark (not committed), but with acks=1 a producer may already have had an acknowledgement.',
  'narration.recordsLost.uncleanElection':
    '{tp} lost {records} ({offsets}) in an unclean leader election: the new leader was out of sync, so even committed records can be gone.',

  // Segments and retention.
  'narration.segmentRolled':
    '{tp} rolled a new segment starting at offset {offset}: the active one reached segment.bytes or segment.ms. Retention deletes whole segments.',
  'narration.segmentDeleted':
    'Retention deleted a segment of {tp} ({offsets}): its newest record was older than retention.ms. The log now starts at offset {start}; offsets are never reused.',
  'narration.segmentDeleted.size':
    'Retention deleted the oldest segment of {tp} ({offsets}): the partition was bigger than retention.bytes. Only whole segments go, never single records. The log now starts at offset {start}; offsets are never reused.',

  // Consumers and their groups.
  'narration.consumerJoined':
    'Consumer {member} joined group {group} to read topic {topic}; the group rebalances to give it partitions.',
  'narration.consumerLeft.left':
    'Consumer {member} left group {group}; the others rebalance and take over its partitions.',
  'narration.consumerLeft.sessionTimeout':
    'The coordinator removed consumer {member} from group {group}: no heartbeat within session.timeout.ms. The others rebalance and take over its partitions.',
  'narration.consumerCrashed':
    'Consumer {member} of group {group} crashed. The coordinator notices only after session.timeout.ms ({timeout}); until then nobody reads its partitions.',
  'narration.consumerCrashed.processing':
    'Consumer {member} of group {group} crashed while processing offset {offset}. The coordinator notices only after session.timeout.ms ({timeout}); until then nobody reads its partitions.',
  'narration.consumerLeft.fenced':
    'Consumer {member} was fenced out of group {group}: another consumer joined with its group.instance.id (FENCED_INSTANCE_ID).',
  'narration.staticMemberReplaced':
    'Consumer {member} joined group {group} as static member {instance} and took the place of {old}: it gets the same partitions back ({list}) from their committed offsets, with no rebalance.',
  'narration.rebalanceStarted': 'Group {group} started a rebalance: {why}. {how}',
  'narration.rebalance.memberJoined': 'a member joined',
  'narration.rebalance.memberLeft': 'a member left',
  'narration.rebalance.memberTimedOut': 'a member’s session timed out',
  'narration.rebalance.assignorChanged': 'the partition assignor changed',
  'narration.rebalance.partitionsChanged': 'the topic has more partitions',
  'narration.rebalance.cooperativeFollowUp':
    'a second round, to hand the revoked partitions to their new owners',
  'narration.rebalance.pollTimeout': 'a member’s poll timeout expired',
  'narration.rebalance.consumer':
    'Consumer protocol (KIP-848): the coordinator computes the new target assignment; each member moves only what changes, at its next heartbeat.',
  'narration.protocol.consumer': 'consumer (KIP-848)',
  'narration.consumerLeft.pollTimeout':
    'Consumer {member} left group {group}: its heartbeat thread sent LeaveGroup because the poll timeout expired. The others rebalance and take over its partitions.',
  'narration.pollTimeoutExpired':
    'Consumer {member} of group {group} has not called poll() for {since}, longer than max.poll.interval.ms ({limit}): the poll loop is spending too much time processing. It leaves the group; it still heartbeats, but heartbeats do not count here.',
  'narration.pollTimeoutExpired.static':
    'Static member {member} of group {group} has not called poll() for {since}, longer than max.poll.interval.ms ({limit}). A static member sends no LeaveGroup: its heartbeats stop, and its partitions wait for it until session.timeout.ms.',
  'narration.partitionsLost':
    'Consumer {member} lost {list}: it was no longer in the group when it polled again, so what it processed since its last commit goes to the new owner again (duplicates). It joins again.',
  'narration.recordNotDeserialized.fail':
    'Consumer {member} cannot deserialize offset {offset} of {tp} (a {format} record; it expects {expected}): RecordDeserializationException. Every poll fails on it, so the member is stuck there and its lag grows.',
  'narration.recordNotDeserialized.skip':
    'Consumer {member} cannot deserialize offset {offset} of {tp} (a {format} record; it expects {expected}): it seeks past it and counts it as skipped.',
  'narration.recordNotDeserialized.deadLetter':
    'Consumer {member} cannot deserialize offset {offset} of {tp} (a {format} record; it expects {expected}): it sends it to the dead-letter topic {dlt}, then seeks past it.',
  'narration.rebalance.eager': 'Eager protocol: every member stops and gives up all its partitions.',
  'narration.rebalance.cooperative':
    'Cooperative protocol: only the partitions that change owner move; the rest keep being read.',
  'narration.protocol.eager': 'eager',
  'narration.protocol.cooperative': 'cooperative',
  'narration.partitionsRevoked': 'Consumer {member} gave up {list} in the rebalance.',
  'narration.partitionsAssigned': 'Consumer {member} now reads {list} (generation {generation}).',
  'narration.partitionsAssigned.none':
    'Consumer {member} got no partition (generation {generation}): the group has more members than partitions, so it sits idle.',
  'narration.groupStable':
    'Group {group} is stable (generation {generation}): {assignment}. Each partition has exactly one owner in the group.',
  'narration.group.rebalanced':
    'Group {group} rebalanced ({why}; {protocol} protocol). Generation {generation}: {assignment}.',
  'narration.owner.reads': '{member} reads {partitions}',
  'narration.owner.idle': '{member} sits idle',
  'narration.partitionNumbers.one': 'partition {list}',
  'narration.partitionNumbers.other': 'partitions {list}',
  'narration.groupAssignorChanged':
    'Group {group} now assigns partitions with {assignor}; a rebalance applies it.',
  'narration.recordsFetched':
    'Consumer {member} fetched {records} of {tp} ({offsets}) from the leader; consumers read only up to the high watermark.',
  'narration.recordProcessed': 'Consumer {member} processed offset {offset} of {tp}.',
  'narration.recordProcessed.duplicate':
    'Consumer {member} processed offset {offset} of {tp} again: a duplicate, because the group’s committed position was behind what had been processed (at-least-once).',
  'narration.offsetsCommitted':
    'Consumer {member} committed the position of group {group}: {list}. The coordinator stores it in __consumer_offsets.',
  'narration.offsetAt': '{tp} at {offset}',
  'narration.commitFailed': 'Consumer {member} could not commit for group {group}: {error} ({why}).',
  'narration.commitError.COORDINATOR_NOT_AVAILABLE':
    'the broker acting as group coordinator is not available',
  'narration.commitError.REBALANCE_IN_PROGRESS':
    'the commit belongs to an older generation: the group rebalanced',
  'narration.commitError.UNKNOWN_MEMBER_ID':
    'the member is no longer in the group: the application gets a CommitFailedException',
  'narration.recordsSkipped':
    'Group {group} will never process {records} of {tp} ({offsets}): its position jumped past that part of the log before it was processed (at-most-once).',
  'narration.offsetOutOfRange':
    'Consumer {member} asked {tp} for offset {position}, which no longer exists (OFFSET_OUT_OF_RANGE): retention deleted it or the log was cut. auto.offset.reset moves it to offset {resetTo}.',
  'narration.offsetOutOfRange.none':
    'Consumer {member} asked {tp} for offset {position}, which no longer exists (OFFSET_OUT_OF_RANGE). With auto.offset.reset=none it stops reading that partition.',
  'narration.offsetsReset':
    'The offsets of group {group} on {topic} were reset: {list}. Its members will start there.',

  // One moment told as one story.
  'narration.group.fenced': 'The controller fenced broker {broker}: no heartbeat for {timeout}.',
  'narration.group.killedFenced':
    'Broker {broker} stopped; after {timeout} without a heartbeat the controller fenced it.',
  'narration.group.restartFenced':
    'Broker {broker} restarted with its log on disk; the controller fenced its old registration, and it will register again and catch up as a follower.',
  'narration.group.leftIsr': 'It left the ISR of {list}.',
  'narration.group.newLeaders': 'New leaders from the ISR: {list}.',
  'narration.group.leaderFor': 'broker {broker} for {tp} (leader epoch {epoch})',
  'narration.group.noLeader': 'Left without a leader (no ISR member is alive): {list}.',
  'narration.group.rerouted': 'Producer {producer} refreshed its metadata and now sends {list}.',
  'narration.group.route': '{tp} to broker {broker}',
  'narration.group.more': '(+{n} more in the event log)',
  'narration.group.times': '(×{n})',

  // The strip.
  'narration.empty': 'What happens in the cluster is told here, one event at a time.',

  // The event log panel.
  'eventLog.title': 'Event log',
  'eventLog.count.one': '{n} event',
  'eventLog.count.other': '{n} events',
  'eventLog.filters': 'Show events about',
  'eventLog.filter.all': 'All',
  'eventLog.filter.brokers': 'Brokers',
  'eventLog.filter.leaders': 'Leaders & ISR',
  'eventLog.filter.producers': 'Producers',
  'eventLog.filter.consumers': 'Consumers',
  'eventLog.filter.retention': 'Retention',
  'eventLog.list': 'Events, newest first',
  'eventLog.empty': 'Nothing has happened yet.',
  'eventLog.emptyFilter': 'No events of this kind yet.',
  'eventLog.capped': 'Showing the latest {shown} of {total}.',
} as const

export const narrationEs: Record<keyof typeof narrationEn, string> = {
  'narration.records.one': '{n} mensaje',
  'narration.records.other': '{n} mensajes',
  'narration.partitions.one': '{n} partición',
  'narration.partitions.other': '{n} particiones',
  'narration.offsets.one': 'offset {from}',
  'narration.offsets.range': 'offsets {from}–{to}',
  'narration.days': '{n} días',
  'narration.simTime': 'día {day}, {clock}',
  'narration.leaderOf': '{tp}: broker {broker}',
  'narration.noLeaderOf': '{tp}: sin líder',
  'narration.none': 'ninguno',

  'narration.brokerAdded':
    'El broker {broker} se unió al clúster. No tendrá particiones hasta que un tema nuevo o una reasignación le asigne réplicas.',
  'narration.brokerKilled':
    'El broker {broker} se detuvo y ya no envía heartbeats: el controlador lo aislará (fence) dentro de {wait}, cuando se cumpla broker.session.timeout.ms desde el último.',
  'narration.brokerRestarted':
    'El broker {broker} volvió a arrancar con su log en disco. Se registra otra vez en el controlador y se pondrá al día como seguidor.',
  'narration.brokerFenced':
    'El controlador aisló (fenced) al broker {broker}: no recibió ningún heartbeat en {timeout}. Sale de los ISR y las particiones que lideraba necesitan un nuevo líder.',
  'narration.brokerUnfenced':
    'El broker {broker} se registró en el controlador y ya no está aislado: puede volver a liderar y seguir particiones.',
  'narration.brokerStalled.on':
    'El broker {broker} se atascó: sigue enviando heartbeats, pero dejó de replicar, así que tras replica.lag.time.max.ms sus réplicas saldrán de los ISR.',
  'narration.brokerStalled.off':
    'El broker {broker} vuelve a replicar; sus réplicas regresarán a los ISR en cuanto se pongan al día.',

  'narration.topicCreated':
    'Se creó el tema {topic} con {partitions} y factor de replicación {rf}. El líder de cada partición es el primer broker de su lista de réplicas.',
  'narration.partitionsCreated':
    'El tema {topic} pasó de {from} a {to} particiones. No se movió ningún dato; los mensajes con llave van ahora a hash % {to}, así que una llave puede cambiar de partición.',
  'narration.topicConfigChanged':
    'Cambió la configuración del tema {topic}; los nuevos valores rigen desde ahora.',

  'narration.producerAdded':
    'El productor {producer} empezó a escribir en el tema {topic}. Es el productor quien decide la partición de cada mensaje, y envía sus lotes directamente al líder de esa partición.',
  'narration.producerRemoved': 'Se cerró el productor {producer}; ya no envía mensajes.',
  'narration.producerRateChanged': 'El productor {producer} ahora envía {rate} mensajes/s.',
  'narration.producerPaused': 'El productor {producer} está en pausa (0 mensajes/s).',
  'narration.producersQuiet':
    'Los productores no envían nada hasta el {until} mientras el tiempo salta hacia delante.',
  'narration.producersResume': 'Los productores pueden volver a enviar.',
  'narration.recordSent':
    'El productor {producer} envió un lote de {records} para {tp} a su líder, el broker {broker}.',
  'narration.recordResent':
    'El productor {producer} reintentó un lote de {records} para {tp} (intento {attempt}) y lo envió al broker {broker}.',
  'narration.recordAppended':
    'El broker {broker}, líder de {tp}, añadió al log {records} del productor {producer} ({offsets}).',
  'narration.duplicateRefused':
    'El broker {broker} reconoció un lote reintentado del productor {producer} en {tp} y no lo escribió dos veces (idempotencia); ya estaba en el offset {offset}.',
  'narration.produceAcked':
    'El líder de {tp} confirmó {records} del productor {producer}, a partir del offset {offset}.',
  'narration.produceAckedBlind':
    'El productor {producer} envió {records} a {tp} sin esperar respuesta (acks=0), así que nunca sabrá su offset.',
  'narration.produceFailed.retry':
    'El productor {producer} no pudo escribir en {tp}: {error} ({why}); lo volverá a intentar.',
  'narration.produceFailed.final':
    'El productor {producer} renunció a enviar {records} a {tp}: {error} ({why}); la aplicación recibe el error.',
  'narration.error.NETWORK_EXCEPTION': 'se perdió la conexión con el broker',
  'narration.error.NOT_LEADER_OR_FOLLOWER': 'ese broker ya no es el líder de la partición',
  'narration.error.NOT_ENOUGH_REPLICAS': 'el ISR tiene menos réplicas que min.insync.replicas',
  'narration.error.OUT_OF_ORDER_SEQUENCE_NUMBER':
    'el broker encontró un hueco en los números de secuencia del productor',
  'narration.error.UNKNOWN_TOPIC_OR_PARTITION': 'ese broker no aloja la partición',
  'narration.error.LEADER_NOT_AVAILABLE': 'la partición no tiene líder en este momento',
  'narration.error.REQUEST_TIMED_OUT':
    'la high watermark no alcanzó esos mensajes dentro de request.timeout.ms',
  'narration.error.TIMEOUT': 'pasó delivery.timeout.ms sin confirmación',
  'narration.sticky.moved':
    'El productor {producer} envía ahora sus mensajes sin llave a {tp} en lugar de a la partición {from}: el particionador sticky cambia tras unos batch.size bytes o cuando una partición se queda sin líder.',
  'narration.sticky.same':
    'El productor {producer} sigue enviando sus mensajes sin llave a {tp}: tras unos batch.size bytes, el particionador sticky volvió a sortear y le tocó la misma partición.',
  'narration.metadataRefreshed':
    'El productor {producer} actualizó sus metadatos para saber quién lidera cada partición de {topic}: {leaders}.',
  'narration.producerRerouted':
    'El productor {producer} actualizó sus metadatos y ahora envía {tp} al broker {to}, su nuevo líder.',
  'narration.producerRerouted.none':
    'El productor {producer} actualizó sus metadatos: {tp} no tiene líder, así que sus mensajes esperan hasta que se elija uno.',

  'narration.replicaFetched':
    'El broker {follower} copió {records} de {tp} ({offsets}) desde el líder, el broker {leader}.',
  'narration.highWatermarkAdvanced':
    'La high watermark de {tp} pasó de {from} a {to}: todo el ISR tiene esos mensajes, así que están confirmados y los consumidores ya pueden leerlos.',
  'narration.leader.created':
    'La partición {tp} empieza con el broker {leader} como líder, la primera réplica de su lista (ISR {isr}).',
  'narration.leader.leaderFenced':
    'La partición {tp} perdió su líder; el controlador eligió al broker {leader} del ISR {isr} (leader epoch {epoch}).',
  'narration.leader.preferred':
    'El liderazgo de {tp} volvió a su réplica preferida, el broker {leader} (leader epoch {epoch}): auto.leader.rebalance.enable reparte los líderes de forma equilibrada.',
  'narration.leader.unclean':
    'Elección de líder no limpia (unclean) en {tp}: no quedaba vivo ningún miembro del ISR, así que el broker {leader}, desincronizado, pasó a ser líder (leader epoch {epoch}). Se perdieron los mensajes que le faltaban.',
  'narration.leader.replicaReturned':
    'Volvió el broker {leader}, que seguía en el ISR {isr}, así que {tp} vuelve a tener líder (leader epoch {epoch}).',
  'narration.leader.none':
    'La partición {tp} se quedó sin líder: no está viva ninguna réplica del ISR {isr}. Los productores tienen que esperar a que vuelva alguna.',
  'narration.isrShrunk.fenced':
    '{tp}: el broker {broker} salió del ISR porque está aislado (fenced). ISR ahora: {isr}.',
  'narration.isrShrunk.lagging':
    '{tp}: el broker {broker} salió del ISR porque se retrasó más de replica.lag.time.max.ms. ISR ahora: {isr}.',
  'narration.isrShrunk.other': '{tp}: el broker {broker} salió del ISR. ISR ahora: {isr}.',
  'narration.isrExpanded': 'El broker {broker} se puso al día y volvió al ISR de {tp}. ISR ahora: {isr}.',
  'narration.recordsLost.truncated':
    '{tp} perdió {records} ({offsets}): el nuevo líder nunca recibió esa parte del log, así que se truncó. Estaba por encima de la high watermark (sin confirmar), pero con acks=1 un productor pudo haber recibido ya la confirmación.',
  'narration.recordsLost.uncleanElection':
    '{tp} perdió {records} ({offsets}) en una elección de líder no limpia: el nuevo líder estaba desincronizado, así que pueden faltar incluso mensajes confirmados.',

  'narration.segmentRolled':
    '{tp} abrió un segmento nuevo que empieza en el offset {offset}: el activo llegó a segment.bytes o a segment.ms. La retención borra segmentos enteros.',
  'narration.segmentDeleted':
    'La retención borró un segmento de {tp} ({offsets}): su mensaje más reciente superaba retention.ms. El log empieza ahora en el offset {start}; los offsets nunca se reutilizan.',
  'narration.segmentDeleted.size':
    'La retención borró el segmento más antiguo de {tp} ({offsets}): la partición superaba retention.bytes. Solo se borran segmentos enteros, nunca mensajes sueltos. El log empieza ahora en el offset {start}; los offsets nunca se reutilizan.',

  'narration.consumerJoined':
    'El consumidor {member} se unió al grupo {group} para leer el tema {topic}; el grupo se rebalancea para darle particiones.',
  'narration.consumerLeft.left':
    'El consumidor {member} salió del grupo {group}; los demás se rebalancean y se quedan con sus particiones.',
  'narration.consumerLeft.sessionTimeout':
    'El coordinador sacó al consumidor {member} del grupo {group}: no envió ningún heartbeat dentro de session.timeout.ms. Los demás se rebalancean y se quedan con sus particiones.',
  'narration.consumerCrashed':
    'El consumidor {member} del grupo {group} se cayó. El coordinador solo lo notará tras session.timeout.ms ({timeout}); hasta entonces nadie lee sus particiones.',
  'narration.consumerCrashed.processing':
    'El consumidor {member} del grupo {group} se cayó mientras procesaba el offset {offset}. El coordinador solo lo notará tras session.timeout.ms ({timeout}); hasta entonces nadie lee sus particiones.',
  'narration.consumerLeft.fenced':
    'El consumidor {member} quedó fuera del grupo {group}: otro consumidor entró con su group.instance.id (FENCED_INSTANCE_ID).',
  'narration.staticMemberReplaced':
    'El consumidor {member} entró en el grupo {group} como miembro estático {instance} y ocupó el lugar de {old}: recupera las mismas particiones ({list}) desde sus offsets confirmados, sin rebalanceo.',
  'narration.rebalanceStarted': 'El grupo {group} empezó un rebalanceo: {why}. {how}',
  'narration.rebalance.memberJoined': 'se unió un miembro',
  'narration.rebalance.memberLeft': 'salió un miembro',
  'narration.rebalance.memberTimedOut': 'expiró la sesión de un miembro',
  'narration.rebalance.assignorChanged': 'cambió el asignador de particiones',
  'narration.rebalance.partitionsChanged': 'el tema tiene más particiones',
  'narration.rebalance.cooperativeFollowUp':
    'una segunda ronda, para entregar las particiones revocadas a sus nuevos dueños',
  'narration.rebalance.pollTimeout': 'expiró el tiempo entre polls de un miembro',
  'narration.rebalance.consumer':
    'Protocolo consumer (KIP-848): el coordinador calcula la nueva asignación objetivo; cada miembro mueve solo lo que cambia, en su siguiente heartbeat.',
  'narration.protocol.consumer': 'consumer (KIP-848)',
  'narration.consumerLeft.pollTimeout':
    'El consumidor {member} salió del grupo {group}: su hilo de heartbeat envió LeaveGroup porque expiró el tiempo entre polls. Los demás se rebalancean y se quedan con sus particiones.',
  'narration.pollTimeoutExpired':
    'El consumidor {member} del grupo {group} lleva {since} sin llamar a poll(), más que max.poll.interval.ms ({limit}): el bucle de poll tarda demasiado procesando. Sale del grupo; sigue enviando heartbeats, pero aquí no cuentan.',
  'narration.pollTimeoutExpired.static':
    'El miembro estático {member} del grupo {group} lleva {since} sin llamar a poll(), más que max.poll.interval.ms ({limit}). Un miembro estático no envía LeaveGroup: sus heartbeats se detienen y sus particiones lo esperan hasta session.timeout.ms.',
  'narration.partitionsLost':
    'El consumidor {member} perdió {list}: al volver a llamar a poll ya no estaba en el grupo, así que lo que procesó desde su último commit vuelve al nuevo dueño (duplicados). Se une de nuevo.',
  'narration.recordNotDeserialized.fail':
    'El consumidor {member} no puede deserializar el offset {offset} de {tp} (un registro {format}; espera {expected}): RecordDeserializationException. Cada poll falla en él, así que el miembro queda atascado ahí y su lag crece.',
  'narration.recordNotDeserialized.skip':
    'El consumidor {member} no puede deserializar el offset {offset} de {tp} (un registro {format}; espera {expected}): lo salta con seek y lo cuenta como saltado.',
  'narration.recordNotDeserialized.deadLetter':
    'El consumidor {member} no puede deserializar el offset {offset} de {tp} (un registro {format}; espera {expected}): lo envía al tema de mensajes fallidos {dlt} y luego lo salta con seek.',
  'narration.rebalance.eager':
    'Protocolo eager: todos los miembros se detienen y sueltan todas sus particiones.',
  'narration.rebalance.cooperative':
    'Protocolo cooperativo: solo se mueven las particiones que cambian de dueño; el resto se sigue leyendo.',
  'narration.protocol.eager': 'eager',
  'narration.protocol.cooperative': 'cooperativo',
  'narration.partitionsRevoked': 'El consumidor {member} soltó {list} en el rebalanceo.',
  'narration.partitionsAssigned': 'El consumidor {member} ahora lee {list} (generación {generation}).',
  'narration.partitionsAssigned.none':
    'El consumidor {member} no recibió ninguna partición (generación {generation}): el grupo tiene más miembros que particiones, así que queda inactivo.',
  'narration.groupStable':
    'El grupo {group} está estable (generación {generation}): {assignment}. Cada partición tiene un solo dueño dentro del grupo.',
  'narration.group.rebalanced':
    'El grupo {group} se rebalanceó ({why}; protocolo {protocol}). Generación {generation}: {assignment}.',
  'narration.owner.reads': '{member} lee {partitions}',
  'narration.owner.idle': '{member} queda inactivo',
  'narration.partitionNumbers.one': 'la partición {list}',
  'narration.partitionNumbers.other': 'las particiones {list}',
  'narration.groupAssignorChanged':
    'El grupo {group} ahora reparte las particiones con {assignor}; un rebalanceo lo aplica.',
  'narration.recordsFetched':
    'El consumidor {member} trajo {records} de {tp} ({offsets}) desde el líder; los consumidores solo leen hasta la high watermark.',
  'narration.recordProcessed': 'El consumidor {member} procesó el offset {offset} de {tp}.',
  'narration.recordProcessed.duplicate':
    'El consumidor {member} volvió a procesar el offset {offset} de {tp}: un duplicado, porque la posición confirmada del grupo estaba por detrás de lo ya procesado (at-least-once).',
  'narration.offsetsCommitted':
    'El consumidor {member} confirmó (commit) la posición del grupo {group}: {list}. El coordinador la guarda en __consumer_offsets.',
  'narration.offsetAt': '{tp} en {offset}',
  'narration.commitFailed':
    'El consumidor {member} no pudo confirmar (commit) la posición del grupo {group}: {error} ({why}).',
  'narration.commitError.COORDINATOR_NOT_AVAILABLE':
    'el broker que hace de coordinador del grupo no está disponible',
  'narration.commitError.REBALANCE_IN_PROGRESS':
    'el commit es de una generación anterior: el grupo se rebalanceó',
  'narration.commitError.UNKNOWN_MEMBER_ID':
    'el miembro ya no pertenece al grupo: la aplicación recibe una CommitFailedException',
  'narration.recordsSkipped':
    'El grupo {group} nunca procesará {records} de {tp} ({offsets}): su posición dejó atrás esa parte del log antes de procesarla (at-most-once).',
  'narration.offsetOutOfRange':
    'El consumidor {member} pidió a {tp} el offset {position}, que ya no existe (OFFSET_OUT_OF_RANGE): la retención lo borró o el log se truncó. auto.offset.reset lo lleva al offset {resetTo}.',
  'narration.offsetOutOfRange.none':
    'El consumidor {member} pidió a {tp} el offset {position}, que ya no existe (OFFSET_OUT_OF_RANGE). Con auto.offset.reset=none deja de leer esa partición.',
  'narration.offsetsReset':
    'Se restablecieron los offsets del grupo {group} en {topic}: {list}. Sus miembros empezarán desde ahí.',

  'narration.group.fenced':
    'El controlador aisló (fenced) al broker {broker}: no recibió ningún heartbeat en {timeout}.',
  'narration.group.killedFenced':
    'El broker {broker} se detuvo; tras {timeout} sin heartbeats, el controlador lo aisló (fenced).',
  'narration.group.restartFenced':
    'El broker {broker} volvió a arrancar con su log en disco; el controlador aisló su registro anterior, y se registrará de nuevo para ponerse al día como seguidor.',
  'narration.group.leftIsr': 'Salió del ISR de {list}.',
  'narration.group.newLeaders': 'Nuevos líderes elegidos del ISR: {list}.',
  'narration.group.leaderFor': 'el broker {broker} para {tp} (leader epoch {epoch})',
  'narration.group.noLeader': 'Sin líder (no queda vivo ningún miembro del ISR): {list}.',
  'narration.group.rerouted': 'El productor {producer} actualizó sus metadatos y ahora envía {list}.',
  'narration.group.route': '{tp} al broker {broker}',
  'narration.group.more': '(+{n} más en el registro de eventos)',
  'narration.group.times': '(×{n})',

  'narration.empty': 'Aquí se cuenta lo que pasa en el clúster, evento a evento.',

  'eventLog.title': 'Registro de eventos',
  'eventLog.count.one': '{n} evento',
  'eventLog.count.other': '{n} eventos',
  'eventLog.filters': 'Mostrar eventos de',
  'eventLog.filter.all': 'Todos',
  'eventLog.filter.brokers': 'Brokers',
  'eventLog.filter.leaders': 'Líderes e ISR',
  'eventLog.filter.producers': 'Productores',
  'eventLog.filter.consumers': 'Consumidores',
  'eventLog.filter.retention': 'Retención',
  'eventLog.list': 'Eventos, del más reciente al más antiguo',
  'eventLog.empty': 'Todavía no ha pasado nada.',
  'eventLog.emptyFilter': 'Todavía no hay eventos de este tipo.',
  'eventLog.capped': 'Se muestran los últimos {shown} de {total}.',
}
