import { describe, expect, it } from 'vitest'
import { ENGINE_COMMAND_TYPES, type Command } from '../engine'
import { lessonUiEn, lessonUiEs } from '../i18n/messages/lessonUi'
import { buildSimulation } from '../scenarios/scenario'
import { defaultScenario } from '../scenarios/builtins'
import { CLI_PHRASES, cliFor, englishPhrase, shellWord, type CliPhrase } from './cli'

const S = '--bootstrap-server localhost:9092'
const state = () => buildSimulation(defaultScenario).state

describe('cliFor: topics', () => {
  it('createTopic', () => {
    expect(cliFor({ type: 'createTopic', name: 'logs', partitions: 2, replicationFactor: 2 })).toEqual([
      'kafka-topics.sh --bootstrap-server localhost:9092 --create --topic logs --partitions 2 --replication-factor 2',
    ])
  })

  it('createTopic with configs, in a fixed order', () => {
    const cmd: Command = {
      type: 'createTopic',
      name: 'orders',
      partitions: 6,
      replicationFactor: 3,
      config: { minInsyncReplicas: 2, retentionMs: 86400000 },
    }
    expect(cliFor(cmd)).toEqual([
      `kafka-topics.sh ${S} --create --topic orders --partitions 6 --replication-factor 3 --config retention.ms=86400000 --config min.insync.replicas=2`,
    ])
  })

  it('createTopic with every config', () => {
    const cmd: Command = {
      type: 'createTopic',
      name: 't',
      partitions: 1,
      replicationFactor: 1,
      config: {
        retentionMs: -1,
        segmentBytes: 2048,
        segmentMs: 60000,
        minInsyncReplicas: 1,
        uncleanLeaderElectionEnable: true,
      },
    }
    expect(cliFor(cmd)).toEqual([
      `kafka-topics.sh ${S} --create --topic t --partitions 1 --replication-factor 1 --config retention.ms=-1 --config segment.bytes=2048 ` +
        '--config segment.ms=60000 --config min.insync.replicas=1 --config unclean.leader.election.enable=true',
    ])
  })

  it('createTopic with -1 leaves the counts to the broker defaults', () => {
    expect(cliFor({ type: 'createTopic', name: 'x', partitions: -1, replicationFactor: -1 })).toEqual([
      `kafka-topics.sh ${S} --create --topic x`,
    ])
  })

  it('createTopic with an explicit assignment (Kafka refuses it beside --partitions)', () => {
    const cmd: Command = {
      type: 'createTopic',
      name: 'purchases',
      partitions: 3,
      replicationFactor: 3,
      config: { minInsyncReplicas: 2 },
      replicaAssignment: [
        [1, 2, 3],
        [2, 3, 1],
        [3, 1, 2],
      ],
    }
    expect(cliFor(cmd)).toEqual([
      `kafka-topics.sh ${S} --create --topic purchases --replica-assignment 1:2:3,2:3:1,3:1:2 --config min.insync.replicas=2`,
    ])
  })

  it('createPartitions', () => {
    expect(cliFor({ type: 'createPartitions', topic: 'purchases', partitions: 6 })).toEqual([
      'kafka-topics.sh --bootstrap-server localhost:9092 --alter --topic purchases --partitions 6',
    ])
  })

  it('alterTopicConfig, several configs in one --add-config', () => {
    expect(
      cliFor({ type: 'alterTopicConfig', topic: 'purchases', config: { retentionMs: 3600000 } }),
    ).toEqual([
      'kafka-configs.sh --bootstrap-server localhost:9092 --alter --entity-type topics --entity-name purchases --add-config retention.ms=3600000',
    ])
    expect(cliFor({ type: 'alterTopicConfig', topic: 'p', config: { retentionBytes: 1000 } })).toEqual([
      `kafka-configs.sh ${S} --alter --entity-type topics --entity-name p --add-config retention.bytes=1000`,
    ])
    expect(
      cliFor({ type: 'alterTopicConfig', topic: 'p', config: { minInsyncReplicas: 3, segmentMs: 1000 } }),
    ).toEqual([
      `kafka-configs.sh ${S} --alter --entity-type topics --entity-name p --add-config segment.ms=1000,min.insync.replicas=3`,
    ])
  })
})

describe('cliFor: producing', () => {
  it('produce with a key: parse.key and the typed line', () => {
    expect(
      cliFor({ type: 'produce', topic: 'purchases', key: 'customer-42', value: '{"amount": 12.5}' }),
    ).toEqual([
      'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases --property parse.key=true --property key.separator=:',
      '>customer-42:{"amount": 12.5}',
    ])
  })

  it('produce without a key', () => {
    expect(
      cliFor({
        type: 'produce',
        topic: 'purchases',
        key: null,
        value: 'plain text is fine too',
        format: 'text',
      }),
    ).toEqual([
      'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases',
      '>plain text is fine too',
    ])
    expect(cliFor({ type: 'produce', topic: 'purchases', value: 'v' })).toEqual([
      `kafka-console-producer.sh ${S} --topic purchases`,
      '>v',
    ])
  })

  it('produce with a key that holds the separator picks another one', () => {
    expect(cliFor({ type: 'produce', topic: 't', key: 'a:b', value: 'v' })).toEqual([
      `kafka-console-producer.sh ${S} --topic t --property parse.key=true --property key.separator='|'`,
      '>a:b|v',
    ])
  })

  it('produce joins a multi-line value into one line and says so', () => {
    expect(cliFor({ type: 'produce', topic: 't', key: null, value: '{\n  "a": 1\n}' })).toEqual([
      `kafka-console-producer.sh ${S} --topic t`,
      '>{ "a": 1 }',
      '# the console producer sends one record per line: the line breaks in this value were joined',
    ])
  })

  it('produce to an explicit partition, as Avro, through a named producer', () => {
    expect(
      cliFor({
        type: 'produce',
        topic: 'purchases',
        key: 'k',
        value: 'v',
        partition: 1,
        format: 'avro',
        producerId: 'P1',
      }),
    ).toEqual([
      `kafka-console-producer.sh ${S} --topic purchases --property parse.key=true --property key.separator=:`,
      '>k:v',
      '# the console producer cannot choose a partition; in code: new ProducerRecord<>("purchases", 1, key, value)',
      '# Avro values need a schema-aware producer (kafka-avro-console-producer and a Schema Registry)',
      '# sent through producer P1, by its application: producer.send(record)',
    ])
  })

  it('addProducer with a rate: the producer perf test with its settings', () => {
    expect(
      cliFor({
        type: 'addProducer',
        topic: 'purchases',
        id: 'P3',
        ratePerSec: 5,
        acks: '1',
        enableIdempotence: false,
      }),
    ).toEqual([
      'kafka-producer-perf-test.sh --topic purchases --num-records 1000000 --record-size 100 --throughput 5 ' +
        '--producer-props bootstrap.servers=localhost:9092 client.id=P3 acks=1 enable.idempotence=false',
    ])
  })

  it('addProducer with keys says the perf test has none', () => {
    expect(
      cliFor({
        type: 'addProducer',
        topic: 'purchases',
        keys: 'customers',
        batchSize: 512,
        lingerMs: 10,
        deliveryTimeoutMs: 30000,
      }),
    ).toEqual([
      'kafka-producer-perf-test.sh --topic purchases --num-records 1000000 --record-size 100 --throughput 1 ' +
        '--producer-props bootstrap.servers=localhost:9092 batch.size=512 linger.ms=10 delivery.timeout.ms=30000',
      '# the perf test sends records without keys; keyed records (customer-1…customer-50) come from an application',
    ])
    expect(cliFor({ type: 'addProducer', topic: 't', keys: { prefix: 'user-', count: 9 } })[1]).toContain(
      '(user-1…user-9)',
    )
    expect(cliFor({ type: 'addProducer', topic: 't', keys: { fixed: 'k1' } })[1]).toContain('(k1)')
  })

  it('addProducer at rate 0: a console producer with --producer-property', () => {
    expect(cliFor({ type: 'addProducer', topic: 'purchases', ratePerSec: 0, acks: 'all' })).toEqual([
      'kafka-console-producer.sh --bootstrap-server localhost:9092 --topic purchases --producer-property acks=all',
    ])
  })

  it('removeProducer, setProducerRate and quietProducers have no CLI', () => {
    expect(cliFor({ type: 'removeProducer', producerId: 'P1' })).toEqual([
      '# stop producer P1 (Ctrl+C in its terminal): producers are clients, no admin command removes one',
    ])
    expect(cliFor({ type: 'setProducerRate', producerId: 'P2', ratePerSec: 4 })).toEqual([
      '# producer P2 now sends 4 records/s: its own setting (the perf test’s --throughput), not the cluster’s',
    ])
    expect(cliFor({ type: 'quietProducers', forMs: 86400000 })).toEqual([
      '# a day passes with the producers quiet: nothing to run, time just goes by',
    ])
    expect(cliFor({ type: 'quietProducers', forMs: 7 * 86400000 })).toEqual([
      '# 7 days pass with the producers quiet: nothing to run, time just goes by',
    ])
    expect(cliFor({ type: 'quietProducers', forMs: 5000 })).toEqual([
      '# 5000 ms pass with the producers quiet: nothing to run, time just goes by',
    ])
  })
})

describe('cliFor: consuming', () => {
  it('addConsumer: the console consumer in a group', () => {
    expect(cliFor({ type: 'addConsumer', groupId: 'location-service', topic: 'purchases' })).toEqual([
      'kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic purchases --group location-service',
    ])
  })

  it('addConsumer from the beginning with another assignor', () => {
    expect(
      cliFor({
        type: 'addConsumer',
        groupId: 'g',
        topic: 'purchases',
        autoOffsetReset: 'earliest',
        assignor: 'roundrobin',
      }),
    ).toEqual([
      `kafka-console-consumer.sh ${S} --topic purchases --group g --from-beginning ` +
        '--consumer-property partition.assignment.strategy=org.apache.kafka.clients.consumer.RoundRobinAssignor',
    ])
    expect(
      cliFor({ type: 'addConsumer', groupId: 'g', topic: 't', assignor: 'range', autoOffsetReset: 'latest' }),
    ).toEqual([`kafka-console-consumer.sh ${S} --topic t --group g`])
  })

  it('addConsumer on the consumer protocol, static, with its poll loop and value deserializer', () => {
    expect(
      cliFor({
        type: 'addConsumer',
        groupId: 'g',
        topic: 't',
        groupProtocol: 'consumer',
        assignor: 'uniform',
        groupInstanceId: 'host-a',
        maxPollIntervalMs: 10000,
        valueFormat: 'json',
      }),
    ).toEqual([
      `kafka-console-consumer.sh ${S} --topic t --group g --consumer-property group.protocol=consumer --consumer-property group.remote.assignor=uniform ` +
        '--consumer-property group.instance.id=host-a --consumer-property max.poll.interval.ms=10000 ' +
        '--consumer-property value.deserializer=org.apache.kafka.connect.json.JsonDeserializer',
    ])
  })

  it('addConsumer with reset none, max.poll.records and a manual commit mode', () => {
    expect(
      cliFor({
        type: 'addConsumer',
        groupId: 'g',
        topic: 't',
        autoOffsetReset: 'none',
        assignor: 'cooperative-sticky',
        maxPollRecords: 5,
        commitMode: 'afterProcessing',
      }),
    ).toEqual([
      `kafka-console-consumer.sh ${S} --topic t --group g --consumer-property auto.offset.reset=none ` +
        '--consumer-property partition.assignment.strategy=org.apache.kafka.clients.consumer.CooperativeStickyAssignor --consumer-property max.poll.records=5',
      '# group g commits after processing each record: enable.auto.commit=false, commitSync() after the work (at least once)',
    ])
  })

  it('quotes a group id the shell would split', () => {
    expect(cliFor({ type: 'addConsumer', groupId: "my group's", topic: 't' })).toEqual([
      `kafka-console-consumer.sh ${S} --topic t --group 'my group'\\''s'`,
    ])
  })

  it('removeConsumer, crashConsumer and setConsumerRate', () => {
    expect(cliFor({ type: 'removeConsumer', memberId: 'email-service-1' })).toEqual([
      '# stop consumer email-service-1 (Ctrl+C in its terminal): it leaves its group, which rebalances',
    ])
    expect(cliFor({ type: 'crashConsumer', memberId: 'email-service-1' })).toEqual([
      'kill -9 <pid of consumer email-service-1>',
      '# no goodbye: its group notices only after session.timeout.ms, then rebalances',
    ])
    expect(cliFor({ type: 'setConsumerRate', memberId: 'm-1', ratePerSec: 2 })).toEqual([
      '# consumer m-1 now processes 2 records/s: the application’s own speed, not a Kafka setting',
    ])
  })

  it('setAssignor: a client setting, with the group’s topic from the state', () => {
    expect(
      cliFor({ type: 'setAssignor', groupId: 'location-service', assignor: 'cooperative-sticky' }, state()),
    ).toEqual([
      '# a client setting: restart every member of group location-service with it',
      `kafka-console-consumer.sh ${S} --topic purchases --group location-service ` +
        '--consumer-property partition.assignment.strategy=org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
    ])
    expect(cliFor({ type: 'setAssignor', groupId: 'g', assignor: 'range' })[1]).toBe(
      `kafka-console-consumer.sh ${S} --topic <topic> --group g --consumer-property partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor`,
    )
  })

  it('setCommitMode', () => {
    expect(cliFor({ type: 'setCommitMode', groupId: 'g', commitMode: 'auto' })).toEqual([
      '# group g commits automatically every auto.commit.interval.ms (5 s): enable.auto.commit=true',
    ])
    expect(cliFor({ type: 'setCommitMode', groupId: 'g', commitMode: 'beforeProcessing' })).toEqual([
      '# group g commits before processing each record: enable.auto.commit=false, commitSync() before the work (at most once)',
    ])
  })

  it('resetOffsets, every target', () => {
    const reset = (to: Extract<Command, { type: 'resetOffsets' }>['to']) =>
      cliFor({ type: 'resetOffsets', groupId: 'g', topic: 'purchases', to })
    expect(reset('earliest')).toEqual([
      'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --group g --topic purchases --reset-offsets --to-earliest --execute',
    ])
    expect(reset('latest')).toEqual([
      `kafka-consumer-groups.sh ${S} --group g --topic purchases --reset-offsets --to-latest --execute`,
    ])
    expect(reset({ offset: 42 })).toEqual([
      `kafka-consumer-groups.sh ${S} --group g --topic purchases --reset-offsets --to-offset 42 --execute`,
    ])
    expect(reset({ shiftBy: -3 })).toEqual([
      `kafka-consumer-groups.sh ${S} --group g --topic purchases --reset-offsets --shift-by -3 --execute`,
    ])
    expect(reset({ timestamp: 90061001 })).toEqual([
      `kafka-consumer-groups.sh ${S} --group g --topic purchases --reset-offsets --to-datetime 1970-01-02T01:01:01.001 --execute`,
    ])
  })

  it('resetOffsets without a topic: the group’s topic, else all topics', () => {
    expect(cliFor({ type: 'resetOffsets', groupId: 'email-service', to: 'earliest' }, state())).toEqual([
      `kafka-consumer-groups.sh ${S} --group email-service --topic purchases --reset-offsets --to-earliest --execute`,
    ])
    expect(cliFor({ type: 'resetOffsets', groupId: 'nobody', to: 'latest' })).toEqual([
      `kafka-consumer-groups.sh ${S} --group nobody --all-topics --reset-offsets --to-latest --execute`,
    ])
  })
})

describe('cliFor: brokers', () => {
  it('killBroker: the process dies, then describe what it hosted', () => {
    expect(cliFor({ type: 'killBroker', brokerId: 2 }, state())).toEqual([
      'kill -9 <pid of broker 2>',
      'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic purchases',
    ])
    expect(cliFor({ type: 'killBroker', brokerId: 2 })).toEqual([
      'kill -9 <pid of broker 2>',
      `kafka-topics.sh ${S} --describe`,
    ])
  })

  it('restartBroker', () => {
    expect(cliFor({ type: 'restartBroker', brokerId: 2 })).toEqual([
      'bin/kafka-server-start.sh config/broker-2.properties',
    ])
  })

  it('addBroker: format its storage, then start it (its id from the state after the command)', () => {
    const s = buildSimulation({ ...defaultScenario, brokers: 4 }).state
    expect(cliFor({ type: 'addBroker' }, s)).toEqual([
      'bin/kafka-storage.sh format --cluster-id <cluster-id> --config config/broker-4.properties',
      'bin/kafka-server-start.sh config/broker-4.properties',
    ])
    expect(cliFor({ type: 'addBroker' })[1]).toBe('bin/kafka-server-start.sh config/new-broker.properties')
  })

  it('stallBroker has no CLI', () => {
    expect(cliFor({ type: 'stallBroker', brokerId: 3, stalled: true })).toEqual([
      '# broker 3 keeps heartbeating but stops fetching (a slow disk, a long GC pause): no command does this',
    ])
    expect(cliFor({ type: 'stallBroker', brokerId: 3, stalled: false })).toEqual([
      '# broker 3 fetches again: no command does this either',
    ])
  })
})

describe('the mirror as a whole', () => {
  it('covers every engine command type', () => {
    const samples: Record<string, Command> = {
      addBroker: { type: 'addBroker' },
      killBroker: { type: 'killBroker', brokerId: 1 },
      restartBroker: { type: 'restartBroker', brokerId: 1 },
      stallBroker: { type: 'stallBroker', brokerId: 1, stalled: true },
      createTopic: { type: 'createTopic', name: 'a', partitions: 1, replicationFactor: 1 },
      createPartitions: { type: 'createPartitions', topic: 'a', partitions: 2 },
      alterTopicConfig: { type: 'alterTopicConfig', topic: 'a', config: { retentionMs: 1 } },
      produce: { type: 'produce', topic: 'a', value: 'v' },
      addProducer: { type: 'addProducer', topic: 'a' },
      removeProducer: { type: 'removeProducer', producerId: 'P1' },
      quietProducers: { type: 'quietProducers', forMs: 1 },
      addConsumer: { type: 'addConsumer', groupId: 'g', topic: 'a' },
      removeConsumer: { type: 'removeConsumer', memberId: 'm' },
      crashConsumer: { type: 'crashConsumer', memberId: 'm' },
      setConsumerRate: { type: 'setConsumerRate', memberId: 'm', ratePerSec: 1 },
      setAssignor: { type: 'setAssignor', groupId: 'g', assignor: 'range' },
      setCommitMode: { type: 'setCommitMode', groupId: 'g', commitMode: 'auto' },
      resetOffsets: { type: 'resetOffsets', groupId: 'g', to: 'earliest' },
      setProducerRate: { type: 'setProducerRate', producerId: 'P1', ratePerSec: 1 },
    }
    for (const type of ENGINE_COMMAND_TYPES) {
      const sample = samples[type]
      expect(sample, `a sample for ${type}`).toBeDefined()
      const lines = cliFor(sample!)
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) expect(line.trim()).not.toBe('')
    }
  })

  it('quotes shell words only when needed', () => {
    expect(shellWord('purchases')).toBe('purchases')
    expect(shellWord('a b')).toBe(`'a b'`)
    expect(shellWord("it's")).toBe(`'it'\\''s'`)
    expect(shellWord('$(rm -rf /)')).toBe(`'$(rm -rf /)'`)
  })

  it('translates the prose, never the commands', () => {
    const es = (p: CliPhrase, params?: Record<string, string | number>) => `ES:${englishPhrase(p, params)}`
    expect(cliFor({ type: 'killBroker', brokerId: 2 }, undefined, es)).toEqual([
      'kill -9 ES:<pid of broker 2>',
      `kafka-topics.sh ${S} --describe`,
    ])
  })

  it('every phrase has its i18n message, the same text in English, and its placeholders in Spanish', () => {
    for (const [phrase, text] of Object.entries(CLI_PHRASES)) {
      const key = `cli.phrase.${phrase}` as keyof typeof lessonUiEn
      expect(lessonUiEn[key], key).toBe(text)
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(params(lessonUiEs[key]), key).toEqual(params(text))
      if (text.startsWith('#')) expect(lessonUiEs[key].startsWith('#'), key).toBe(true)
    }
  })
})
