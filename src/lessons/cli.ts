import type { Command, SimState, TopicConfig } from '../engine'

/**
 * The CLI mirror: the commands that would do the same thing on a real cluster (Apache Kafka's own kafka-*.sh
 * tools, bootstrap server localhost:9092). Where a simulator command has no CLI (a client's own setting, a
 * process dying), the line says so as a `#` comment, and where a value is only known on the real machine (a pid,
 * the cluster id) it stays a <placeholder>. Pure: no DOM, no clock.
 */

export const BOOTSTRAP = 'localhost:9092'
const SERVER = `--bootstrap-server ${BOOTSTRAP}`

/**
 * The prose parts of the mirror (comments and placeholders), English templates with {params}. The view passes
 * a translator so that students read them in their language; the commands themselves never change.
 */
export const CLI_PHRASES = {
  pidOfBroker: '<pid of broker {broker}>',
  pidOfConsumer: '<pid of consumer {member}>',
  stallBroker:
    '# broker {broker} keeps heartbeating but stops fetching (a slow disk, a long GC pause): no command does this',
  unstallBroker: '# broker {broker} fetches again: no command does this either',
  joinedLines: '# the console producer sends one record per line: the line breaks in this value were joined',
  explicitPartition:
    '# the console producer cannot choose a partition; in code: new ProducerRecord<>("{topic}", {partition}, key, value)',
  avro: '# Avro values need a schema-aware producer (kafka-avro-console-producer and a Schema Registry)',
  viaProducer: '# sent through producer {producer}, by its application: producer.send(record)',
  producerKeys: '# the perf test sends records without keys; keyed records ({keys}) come from an application',
  removeProducer:
    '# stop producer {producer} (Ctrl+C in its terminal): producers are clients, no admin command removes one',
  producerRate:
    '# producer {producer} now sends {rate} records/s: its own setting (the perf test’s --throughput), not the cluster’s',
  quietOneDay: '# a day passes with the producers quiet: nothing to run, time just goes by',
  quietDays: '# {days} days pass with the producers quiet: nothing to run, time just goes by',
  quietMs: '# {ms} ms pass with the producers quiet: nothing to run, time just goes by',
  commitAuto:
    '# group {group} commits automatically every auto.commit.interval.ms (5 s): enable.auto.commit=true',
  commitAfter:
    '# group {group} commits after processing each record: enable.auto.commit=false, commitSync() after the work (at least once)',
  commitBefore:
    '# group {group} commits before processing each record: enable.auto.commit=false, commitSync() before the work (at most once)',
  removeConsumer: '# stop consumer {member} (Ctrl+C in its terminal): it leaves its group, which rebalances',
  crashConsumer: '# no goodbye: its group notices only after session.timeout.ms, then rebalances',
  consumerRate:
    '# consumer {member} now processes {rate} records/s: the application’s own speed, not a Kafka setting',
  setAssignor: '# a client setting: restart every member of group {group} with it',
} as const

export type CliPhrase = keyof typeof CLI_PHRASES
export type PhraseFn = (phrase: CliPhrase, params?: Record<string, string | number>) => string

/** The English phrases, filled in. */
export const englishPhrase: PhraseFn = (phrase, params = {}) =>
  CLI_PHRASES[phrase].replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  )

const DAY_MS = 86_400_000

/** The console producer's null.marker for a tombstone. */
const NULL_MARKER = 'NULL'

const TOPIC_CONFIG_NAMES: [keyof TopicConfig, string][] = [
  ['cleanupPolicy', 'cleanup.policy'],
  ['retentionMs', 'retention.ms'],
  ['retentionBytes', 'retention.bytes'],
  ['segmentBytes', 'segment.bytes'],
  ['segmentMs', 'segment.ms'],
  ['minInsyncReplicas', 'min.insync.replicas'],
  ['uncleanLeaderElectionEnable', 'unclean.leader.election.enable'],
  ['minCleanableDirtyRatio', 'min.cleanable.dirty.ratio'],
  ['minCompactionLagMs', 'min.compaction.lag.ms'],
  ['maxCompactionLagMs', 'max.compaction.lag.ms'],
  ['deleteRetentionMs', 'delete.retention.ms'],
]

/** The value deserializer class for each format a member may read (anything: bytes). */
const VALUE_DESERIALIZERS: Record<string, string> = {
  json: 'org.apache.kafka.connect.json.JsonDeserializer',
  avro: 'io.confluent.kafka.serializers.KafkaAvroDeserializer',
  text: 'org.apache.kafka.common.serialization.StringDeserializer',
  any: 'org.apache.kafka.common.serialization.ByteArrayDeserializer',
}

const ASSIGNOR_CLASSES = {
  range: 'org.apache.kafka.clients.consumer.RangeAssignor',
  roundrobin: 'org.apache.kafka.clients.consumer.RoundRobinAssignor',
  'cooperative-sticky': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
} as const

/** Separators tried for parse.key, in order: the first one the key does not contain. */
const KEY_SEPARATORS = [':', '|', '#', '~', '^']

/** A word as the shell reads it: plain when safe, else single-quoted. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9._\-:/=@%+,]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

/** The topic's config as `key=value` pairs in a fixed order. */
function topicConfigPairs(config: Partial<TopicConfig> | undefined): string[] {
  if (!config) return []
  const pairs: string[] = []
  for (const [field, name] of TOPIC_CONFIG_NAMES) {
    const value = config[field]
    if (value !== undefined) pairs.push(`${name}=${String(value)}`)
  }
  return pairs
}

/** One line of the console producer's input: a line break would start another record. */
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ')

/** Simulated epoch milliseconds as kafka-consumer-groups.sh reads them (UTC when no zone is given). */
function isoDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23)
}

function producerKeysText(keys: Extract<Command, { type: 'addProducer' }>['keys']): string | null {
  if (keys === undefined || keys === 'none') return null
  if (keys === 'customers') return 'customer-1…customer-50'
  if ('fixed' in keys) return keys.fixed
  return `${keys.prefix}1…${keys.prefix}${keys.count}`
}

function groupTopic(state: SimState | undefined, groupId: string): string | undefined {
  return state?.groups[groupId]?.topic
}

/** User topics with a replica on the broker. */
function topicsOnBroker(state: SimState, brokerId: number): string[] {
  return Object.values(state.topics)
    .filter((t) => !t.internal && t.partitions.some((p) => p.replicas.some((r) => r.brokerId === brokerId)))
    .map((t) => t.name)
}

function produceLines(c: Extract<Command, { type: 'produce' }>, phrase: PhraseFn): string[] {
  const key = c.key === undefined || c.key === null ? null : oneLine(c.key)
  const sep = key === null ? '' : (KEY_SEPARATORS.find((s) => !key.includes(s)) ?? '\t')
  const keyProps = key === null ? '' : ` --property parse.key=true --property key.separator=${shellWord(sep)}`
  // A tombstone: the console producer sends null for a value equal to its null.marker (KIP-810).
  const nullProps = c.value === null ? ` --property null.marker=${NULL_MARKER}` : ''
  const lines = [`kafka-console-producer.sh ${SERVER} --topic ${shellWord(c.topic)}${keyProps}${nullProps}`]
  const value = c.value === null ? NULL_MARKER : oneLine(c.value)
  lines.push(`>${key === null ? '' : key + sep}${value}`)
  if ((c.value !== null && value !== c.value) || (c.key != null && key !== c.key))
    lines.push(phrase('joinedLines'))
  if (c.partition !== undefined)
    lines.push(phrase('explicitPartition', { topic: c.topic, partition: c.partition }))
  if (c.format === 'avro') lines.push(phrase('avro'))
  if (c.producerId !== undefined && !c.producerId.startsWith('console-'))
    lines.push(phrase('viaProducer', { producer: c.producerId }))
  return lines
}

function addProducerLines(c: Extract<Command, { type: 'addProducer' }>, phrase: PhraseFn): string[] {
  const props: string[] = []
  if (c.id !== undefined) props.push(`client.id=${shellWord(c.id)}`)
  if (c.acks !== undefined) props.push(`acks=${c.acks}`)
  if (c.enableIdempotence !== undefined) props.push(`enable.idempotence=${String(c.enableIdempotence)}`)
  if (c.batchSize !== undefined) props.push(`batch.size=${c.batchSize}`)
  if (c.lingerMs !== undefined) props.push(`linger.ms=${c.lingerMs}`)
  if (c.deliveryTimeoutMs !== undefined) props.push(`delivery.timeout.ms=${c.deliveryTimeoutMs}`)
  const rate = c.ratePerSec ?? 1
  const lines: string[] = []
  if (rate === 0) {
    // Only hand-sent records: a console producer with the same settings.
    lines.push(
      `kafka-console-producer.sh ${SERVER} --topic ${shellWord(c.topic)}${props.map((p) => ` --producer-property ${p}`).join('')}`,
    )
  } else {
    lines.push(
      `kafka-producer-perf-test.sh --topic ${shellWord(c.topic)} --num-records 1000000 --record-size 100 --throughput ${rate} ` +
        `--producer-props bootstrap.servers=${BOOTSTRAP}${props.map((p) => ` ${p}`).join('')}`,
    )
    const keys = producerKeysText(c.keys)
    if (keys !== null) lines.push(phrase('producerKeys', { keys }))
  }
  return lines
}

function commitPhrase(mode: 'auto' | 'afterProcessing' | 'beforeProcessing'): CliPhrase {
  return mode === 'auto' ? 'commitAuto' : mode === 'afterProcessing' ? 'commitAfter' : 'commitBefore'
}

function addConsumerLines(c: Extract<Command, { type: 'addConsumer' }>, phrase: PhraseFn): string[] {
  let line = `kafka-console-consumer.sh ${SERVER} --topic ${shellWord(c.topic)} --group ${shellWord(c.groupId)}`
  if (c.autoOffsetReset === 'earliest') line += ' --from-beginning'
  if (c.autoOffsetReset === 'none') line += ' --consumer-property auto.offset.reset=none'
  if (c.groupProtocol === 'consumer') {
    line += ' --consumer-property group.protocol=consumer'
    if (c.assignor !== undefined) line += ` --consumer-property group.remote.assignor=${c.assignor}`
  } else if (c.assignor !== undefined && c.assignor !== 'range' && c.assignor !== 'uniform') {
    line += ` --consumer-property partition.assignment.strategy=${ASSIGNOR_CLASSES[c.assignor]}`
  }
  if (c.groupInstanceId !== undefined)
    line += ` --consumer-property group.instance.id=${shellWord(c.groupInstanceId)}`
  if (c.maxPollRecords !== undefined) line += ` --consumer-property max.poll.records=${c.maxPollRecords}`
  if (c.maxPollIntervalMs !== undefined)
    line += ` --consumer-property max.poll.interval.ms=${c.maxPollIntervalMs}`
  const deserializer = c.valueFormat === undefined ? undefined : VALUE_DESERIALIZERS[c.valueFormat]
  if (deserializer !== undefined) line += ` --consumer-property value.deserializer=${deserializer}`
  const lines = [line]
  // The console consumer commits automatically; the other modes are an application's own loop.
  if (c.commitMode !== undefined && c.commitMode !== 'auto')
    lines.push(phrase(commitPhrase(c.commitMode), { group: c.groupId }))
  return lines
}

function resetTarget(to: Extract<Command, { type: 'resetOffsets' }>['to']): string {
  if (to === 'earliest') return '--to-earliest'
  if (to === 'latest') return '--to-latest'
  if ('offset' in to) return `--to-offset ${to.offset}`
  if ('shiftBy' in to) return `--shift-by ${to.shiftBy}`
  return `--to-datetime ${isoDateTime(to.timestamp)}`
}

function quietPhrase(forMs: number, phrase: PhraseFn): string {
  if (forMs === DAY_MS) return phrase('quietOneDay')
  if (forMs > 0 && forMs % DAY_MS === 0) return phrase('quietDays', { days: forMs / DAY_MS })
  return phrase('quietMs', { ms: forMs })
}

/**
 * The real-cluster commands matching one engine command. `state` is the cluster when (or after) the command ran;
 * it fills in what the command leaves implicit (a group's topic, the topics a broker hosts, a new broker's id).
 */
export function cliFor(command: Command, state?: SimState, phrase: PhraseFn = englishPhrase): string[] {
  switch (command.type) {
    case 'createTopic': {
      let line = `kafka-topics.sh ${SERVER} --create --topic ${shellWord(command.name)}`
      if (command.replicaAssignment) {
        // Kafka refuses --partitions and --replication-factor beside an explicit assignment.
        line += ` --replica-assignment ${command.replicaAssignment.map((r) => r.join(':')).join(',')}`
      } else {
        if (command.partitions !== -1) line += ` --partitions ${command.partitions}`
        if (command.replicationFactor !== -1) line += ` --replication-factor ${command.replicationFactor}`
      }
      for (const pair of topicConfigPairs(command.config)) line += ` --config ${pair}`
      return [line]
    }
    case 'createPartitions':
      return [
        `kafka-topics.sh ${SERVER} --alter --topic ${shellWord(command.topic)} --partitions ${command.partitions}`,
      ]
    case 'alterTopicConfig': {
      const pairs = topicConfigPairs(command.config)
      return [
        `kafka-configs.sh ${SERVER} --alter --entity-type topics --entity-name ${shellWord(command.topic)} --add-config ${pairs.join(',')}`,
      ]
    }
    case 'produce':
      return produceLines(command, phrase)
    case 'addProducer':
      return addProducerLines(command, phrase)
    case 'removeProducer':
      return [phrase('removeProducer', { producer: command.producerId })]
    case 'setProducerRate':
      return [phrase('producerRate', { producer: command.producerId, rate: command.ratePerSec })]
    case 'quietProducers':
      return [quietPhrase(command.forMs, phrase)]
    case 'addConsumer':
      return addConsumerLines(command, phrase)
    case 'removeConsumer':
      return [phrase('removeConsumer', { member: command.memberId })]
    case 'crashConsumer':
      return [`kill -9 ${phrase('pidOfConsumer', { member: command.memberId })}`, phrase('crashConsumer')]
    case 'setConsumerRate':
      return [phrase('consumerRate', { member: command.memberId, rate: command.ratePerSec })]
    case 'setAssignor': {
      const topic = groupTopic(state, command.groupId)
      if (command.assignor === 'uniform' || state?.groups[command.groupId]?.protocol === 'consumer') {
        return [
          phrase('setAssignor', { group: command.groupId }),
          `kafka-console-consumer.sh ${SERVER} --topic ${topic === undefined ? '<topic>' : shellWord(topic)} --group ${shellWord(command.groupId)} ` +
            `--consumer-property group.protocol=consumer --consumer-property group.remote.assignor=${command.assignor}`,
        ]
      }
      return [
        phrase('setAssignor', { group: command.groupId }),
        `kafka-console-consumer.sh ${SERVER} --topic ${topic === undefined ? '<topic>' : shellWord(topic)} --group ${shellWord(command.groupId)} ` +
          `--consumer-property partition.assignment.strategy=${ASSIGNOR_CLASSES[command.assignor as keyof typeof ASSIGNOR_CLASSES]}`,
      ]
    }
    case 'setCommitMode':
      return [phrase(commitPhrase(command.commitMode), { group: command.groupId })]
    case 'resetOffsets': {
      const topic = command.topic ?? groupTopic(state, command.groupId)
      const scope = topic === undefined ? '--all-topics' : `--topic ${shellWord(topic)}`
      return [
        `kafka-consumer-groups.sh ${SERVER} --group ${shellWord(command.groupId)} ${scope} --reset-offsets ${resetTarget(command.to)} --execute`,
      ]
    }
    case 'addBroker': {
      const id = state && state.brokers.length > 0 ? Math.max(...state.brokers.map((b) => b.id)) : null
      const file = id === null ? 'config/new-broker.properties' : `config/broker-${id}.properties`
      return [
        `bin/kafka-storage.sh format --cluster-id <cluster-id> --config ${file}`,
        `bin/kafka-server-start.sh ${file}`,
      ]
    }
    case 'killBroker': {
      const topics = state ? topicsOnBroker(state, command.brokerId) : []
      const describe =
        topics.length === 1
          ? `kafka-topics.sh ${SERVER} --describe --topic ${shellWord(topics[0]!)}`
          : `kafka-topics.sh ${SERVER} --describe`
      return [`kill -9 ${phrase('pidOfBroker', { broker: command.brokerId })}`, describe]
    }
    case 'restartBroker':
      return [`bin/kafka-server-start.sh config/broker-${command.brokerId}.properties`]
    case 'stallBroker':
      return [phrase(command.stalled ? 'stallBroker' : 'unstallBroker', { broker: command.brokerId })]
  }
}
