/** The engine's public surface. Outside code imports from here. */
export { murmur2, toPositive } from './murmur2'
export { partitionForKey, explainKeyPartition, type KeyPartitionExplanation } from './keyPartitioner'
export {
  topicNameError,
  topicCollisionError,
  isInternalTopic,
  INTERNAL_TOPICS,
  MAX_TOPIC_NAME_LENGTH,
} from './topicName'
export { javaUtf8 } from './javaUtf8'
export { javaStringHashCode, consumerOffsetsPartition } from './javaHash'
export { createSimulation, simulationFrom, type Simulation } from './createSimulation'
export {
  initialState,
  applyCommand,
  advanceTo,
  advanceWithin,
  nextTaskTime,
  ENGINE_COMMAND_TYPES,
  type SimulationOptions,
} from './simulation'
export type { Command, CommandResult, CommandType } from './commands'
export type { SimEvent, SimEventType, EventOf, ElectionReason } from './events'
export type { Task, NetworkTask, KafkaError } from './tasks'
export { isNetworkTask } from './tasks'
export type * from './state'
export type { BrokerId, TopicName, ProducerId } from './ids'
export { topicPartitionKey } from './ids'
export * from './config'
export {
  clusterView,
  groupView,
  partitionView,
  recordViews,
  type ClusterView,
  type GroupView,
  type PartitionView,
  type ProducerView,
  type RecordView,
} from './views'
export {
  assign,
  rangeAssign,
  roundRobinAssign,
  stickyAssign,
  ASSIGNORS,
  SERVER_ASSIGNORS,
  type AssignorName,
} from './assignors'
export { lastHeartbeatAt } from './pollLoop'
export { heartbeatIntervalOf, sessionTimeoutOf } from './consumerProtocol'
export { OFFSETS_TOPIC } from './offsetsTopic'
export { coordinatorOf } from './consumers'
export { isCompacted, recordAt, readRange } from './log'
export { cleanableRange } from './logCleaner'
export { effectiveMinIsr } from './produceHandler'
export { retryBackoffMs } from './producerResponses'
