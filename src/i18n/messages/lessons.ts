import { forgettingLessonEn } from './lessonForgetting'

/**
 * Lesson text. Each lesson's keys start with lesson.<id>: .title and .summary, then per step .sN (narration),
 * .sN.task, .sN.hintN and the predict question .sN.q with its choices .sN.q.a/b/c and explanation .sN.q.why.
 * Plain text, short steps; Spanish in the course notes' own words (tema/topic, partición, offset, productor,
 * consumidor, broker, retención, llave, mensaje).
 */
export const lessonsEn = {
  // 1. Topics
  'lesson.topics.s1':
    'A topic is a particular stream of data inside the Kafka cluster, known by its name: purchases, logs, clicks… The rows marked purchases on the brokers hold this topic, and the records flowing into them are its data stream. It is like a database table without constraints: Kafka stores whatever is sent, without checking it.',
  'lesson.topics.s2':
    'Kafka never looks inside a record: JSON, Avro or plain text are all just bytes to it. P1 sends JSON and P2 plain text, both to purchases. Click a record in a log to open it in the inspector and see its format.',
  'lesson.topics.s2.q':
    'You send the text hello, world to purchases labelled as JSON, although it is not valid JSON. What does the broker do?',
  'lesson.topics.s2.q.a': 'It refuses it: the value is not valid JSON.',
  'lesson.topics.s2.q.b': 'It stores it as it is: to Kafka a value is just bytes.',
  'lesson.topics.s2.q.c': 'It turns the value into valid JSON first.',
  'lesson.topics.s2.q.why':
    'A topic has no schema and no constraints, so the broker stores whatever bytes it is given. Checking formats is the job of producers and consumers (or of a schema registry, outside the broker).',
  'lesson.topics.s2.task': 'Send two records by hand to purchases, each in a different format.',
  'lesson.topics.s2.hint1':
    'The “Produce by hand” form is under the producers. Pick JSON, Avro or Text in its Format field.',
  'lesson.topics.s2.hint2': 'Any value works, even text that is not valid JSON: the broker stores bytes.',
  'lesson.topics.s3':
    'You can have as many topics as you want, and each one is found by its name. Create a second topic next to purchases with “New topic” above the brokers.',
  'lesson.topics.s3.q': 'You try to create another topic called purchases. What happens?',
  'lesson.topics.s3.q.a': 'Kafka creates it: two topics may share a name.',
  'lesson.topics.s3.q.b': 'Kafka refuses: the name identifies the topic, so it must be unique.',
  'lesson.topics.s3.q.c': 'Kafka merges both into one topic.',
  'lesson.topics.s3.q.why':
    "Kafka answers: Topic 'purchases' already exists. Producers and consumers find a topic only by its name, so no two topics can share one.",
  'lesson.topics.s3.task': 'Create a topic with any legal name.',
  'lesson.topics.s3.hint1': 'Use “New topic” above the brokers (or press T).',
  'lesson.topics.s3.hint2':
    'Names may use letters, digits, dots, dashes and underscores, up to 249 characters.',
  'lesson.topics.s4':
    'There is no query language: you cannot run a SELECT on a topic. Data goes in with producers and comes out with consumers, which read the stream in order. Add a consumer to purchases and watch it read.',
  'lesson.topics.s4.task': 'Add a consumer that reads purchases.',
  'lesson.topics.s4.hint1': '“Add consumer” is in the consumers panel. Any group name will do.',
  'lesson.topics.s4.hint2':
    'Choose earliest to read the records already stored too; latest (the default) reads only new ones.',

  // 2. Partitions and offsets
  'lesson.partitions-offsets.s1':
    'A topic is split into partitions: purchases has three, purchases-0, purchases-1 and purchases-2. Each partition is a log of its own, and each row on a broker is one copy of it. A few purchases are already written and nothing else is writing, so you can count them.',
  'lesson.partitions-offsets.s2':
    'Inside a partition every record gets an id called its offset: 0 for the first, then 1, 2, 3…, growing by one. The empty slot at the end of each log shows the offset the next record will get. purchases-1 holds two records, at offsets 0 and 1.',
  'lesson.partitions-offsets.s2.q': 'You send one more record to purchases-1. Which offset does it get?',
  'lesson.partitions-offsets.s2.q.a': '2: the next number in that partition.',
  'lesson.partitions-offsets.s2.q.b': '9: the topic already holds 9 records.',
  'lesson.partitions-offsets.s2.q.c': 'A random unique id.',
  'lesson.partitions-offsets.s2.q.why':
    'Each partition counts on its own: its offsets start at 0 and grow by one per record. The other partitions do not matter, so purchases-1 gives the next record offset 2.',
  'lesson.partitions-offsets.s2.task': 'Send a record by hand to partition 1 of purchases.',
  'lesson.partitions-offsets.s2.hint1':
    'In “Produce by hand”, set Partition to “Partition 1” instead of “Let the producer decide”.',
  'lesson.partitions-offsets.s2.hint2':
    'Watch the empty slot at the end of purchases-1: that is the offset your record gets.',
  'lesson.partitions-offsets.s3':
    'An offset only means something inside its partition: offset 3 of purchases-0 and offset 3 of purchases-1 are different records. To name one record you need all three: topic, partition and offset.',
  'lesson.partitions-offsets.s3.task':
    'Make offset 3 exist in both purchases-0 and purchases-1, then click each one to compare them.',
  'lesson.partitions-offsets.s3.hint1':
    'Send records by hand, choosing the partition, until both logs reach offset 3.',
  'lesson.partitions-offsets.s3.hint2':
    'Clicking a record opens it in the inspector: same offset, another partition, another record.',
  'lesson.partitions-offsets.s4':
    'Order is guaranteed only inside a partition: purchases-2 is always read from its lowest offset up, in the same order. Across partitions there is no order at all: look at the order numbers, which the cells now show under each offset: 1, 4, 7 in purchases-0 and 2, 5 in purchases-1.',
  'lesson.partitions-offsets.s4.q':
    'You send A to partition 2, then B to partition 0. A consumer reads the whole topic. Which one does it read first?',
  'lesson.partitions-offsets.s4.q.a': 'A, because it was sent first.',
  'lesson.partitions-offsets.s4.q.b': 'B, because partition 0 comes first.',
  'lesson.partitions-offsets.s4.q.c': 'Either one: Kafka keeps order only inside a partition.',
  'lesson.partitions-offsets.s4.q.why':
    'Consumers fetch each partition separately, so records in different partitions can arrive in any order. Records that must stay in order have to go to the same partition; the lesson on keys shows how.',
  'lesson.partitions-offsets.s4.task':
    'Send three records in a row to partition 2, for example first, second and third.',
  'lesson.partitions-offsets.s4.hint1': 'Choose “Partition 2” in the form and send three times.',
  'lesson.partitions-offsets.s4.hint2':
    'Their offsets grow in the order you sent them: that is the order every consumer of purchases-2 will see.',
  'lesson.partitions-offsets.s5':
    'A topic can have as many partitions as you like: one, three, a hundred. More partitions let more brokers and more consumers share the work. Create a topic with 6 partitions: each new partition starts counting at offset 0.',
  'lesson.partitions-offsets.s5.task': 'Create a topic with 6 partitions or more.',
  'lesson.partitions-offsets.s5.hint1': 'Use “New topic” above the brokers and set Partitions to 6.',
  'lesson.partitions-offsets.s5.hint2':
    'The count can grow later but never shrink, so real clusters plan it ahead.',

  // 3. Immutability and retention
  'lesson.immutability-retention.s1':
    'Topics are immutable: once a record is written to a partition, it cannot be changed or deleted. Click any record: the inspector has no edit or delete button, and it explains why.',
  'lesson.immutability-retention.s1.q':
    'A record at offset 5 of purchases-0 has a wrong amount. How do you fix it in Kafka?',
  'lesson.immutability-retention.s1.q.a': 'Edit the record at offset 5.',
  'lesson.immutability-retention.s1.q.b': 'Delete offset 5 and write the right record there.',
  'lesson.immutability-retention.s1.q.c': 'Send a new, corrected record: it gets a new offset at the end.',
  'lesson.immutability-retention.s1.q.why':
    'A partition is an append-only log: no update, no delete of a single record. A correction is just a newer record, usually with the same key, appended at the next offset; readers see both, in order, and keep the latest.',
  'lesson.immutability-retention.s1.task':
    'Send a correction by hand: a record with key customer-1 and a new value.',
  'lesson.immutability-retention.s1.hint1': 'Use “Produce by hand” and type customer-1 as the key.',
  'lesson.immutability-retention.s1.hint2':
    'Watch where it lands: at the end of its partition, with a new offset. The old record stays where it was.',
  'lesson.immutability-retention.s2':
    'Records do not stay forever either. Kafka keeps them for retention.ms, 7 days by default (see the topic’s header), then deletes them a whole segment at a time: a partition’s log is stored as a series of segment files. Segments are tiny here, 1 KB instead of Kafka’s 1 GiB, so that you can see them.',
  'lesson.immutability-retention.s2.q': 'A week has passed. What happens to the oldest records of purchases?',
  'lesson.immutability-retention.s2.q.a': 'Nothing: Kafka keeps everything until someone deletes it.',
  'lesson.immutability-retention.s2.q.b': 'Their whole segments are deleted, oldest first.',
  'lesson.immutability-retention.s2.q.c':
    'They are deleted, and the remaining records move down to offset 0.',
  'lesson.immutability-retention.s2.q.why':
    'Retention deletes whole segments, oldest first, once their newest record is older than retention.ms. The records left keep their offsets: nothing is renumbered.',
  'lesson.immutability-retention.s3':
    'Let a week pass: the producers stay quiet while the clock jumps, then write again. Watch the start of each log: the old segments disappear and the log start offset moves up. Here retention is checked every 10 seconds (Kafka: every 5 minutes).',
  'lesson.immutability-retention.s3.q':
    'The oldest segments of a partition were deleted. Which offset does the next new record get?',
  'lesson.immutability-retention.s3.q.a': '0: the freed offsets are used again.',
  'lesson.immutability-retention.s3.q.b': 'The one after the last record ever written.',
  'lesson.immutability-retention.s3.q.c': 'The first offset that was deleted.',
  'lesson.immutability-retention.s3.q.why':
    'Offsets are never reused, even after their records were deleted or read. The log start offset moves up, and the log end offset keeps counting from where it was.',
  'lesson.immutability-retention.s3.task':
    'Let a week pass, then watch new records arrive after the deletion.',
  'lesson.immutability-retention.s3.hint1': 'Click “Let a week pass” in the controls (or press W).',
  'lesson.immutability-retention.s3.hint2':
    'If nothing was deleted, the records were too new: let another week pass.',
  'lesson.immutability-retention.s4':
    'Reading deletes nothing either: records stay until retention removes them, however many consumers read them. Add a consumer group that starts at earliest: it begins at the log start offset, not at 0, because the offsets below it are gone for good.',
  'lesson.immutability-retention.s4.task': 'Add a consumer that starts at earliest, and see where it begins.',
  'lesson.immutability-retention.s4.hint1':
    '“Add consumer” is in the consumers panel: give it a new group name and choose earliest.',
  'lesson.immutability-retention.s4.hint2':
    'Its first record in each partition is the first one left in that log.',

  // 4. Keys
  'lesson.keys.s1':
    'P2 sends records without a key. Without a key the producer picks a partition at random and sticks to it: it fills a batch there (512 bytes for P2, 16 KB by default), then jumps to another random partition. P2’s card shows where it is sticking now.',
  'lesson.keys.s1.q': 'P2 just sent a keyless record to partition 0. Where does its next one most likely go?',
  'lesson.keys.s1.q.a': 'Partition 1: keyless records take turns, one partition after another.',
  'lesson.keys.s1.q.b': 'Partition 0 again: the producer sticks there until its batch is full.',
  'lesson.keys.s1.q.c': 'The partition with the fewest records.',
  'lesson.keys.s1.q.why':
    'Since Kafka 3.3 the default is the uniform sticky partitioner: keyless records go to one partition until about batch.size bytes went there, then the producer jumps to a random partition. One-by-one round robin is what Kafka did before 2.4.',
  'lesson.keys.s1.task':
    'Send three records by hand without a key, letting the producer choose, and see where they land.',
  'lesson.keys.s1.hint1':
    'In “Produce by hand”, choose “No key (null)” and leave Partition on “Let the producer decide”.',
  'lesson.keys.s1.hint2':
    'The hand producer’s batch.size is 16 KB, so three small records all stick to the same partition.',
  'lesson.keys.s2':
    'P1 sends every record with a key: the customer id. A key changes everything: all records with the same key go to the same partition, so each customer’s purchases stay in order.',
  'lesson.keys.s2.q':
    'P1 sent a record with key customer-7 to purchases-1. Where will the next customer-7 record go?',
  'lesson.keys.s2.q.a': 'To purchases-1, like every customer-7 record.',
  'lesson.keys.s2.q.b': 'To another partition, to spread the load.',
  'lesson.keys.s2.q.c': 'Anywhere: the broker decides.',
  'lesson.keys.s2.q.why':
    'The producer computes the partition from the key alone, so the same key always gives the same partition, as long as the topic keeps the same number of partitions.',
  'lesson.keys.s2.task':
    'Send two records by hand with the same key, and check that they land in the same partition.',
  'lesson.keys.s2.hint1': 'Type a key, for example customer-7, and send twice with different values.',
  'lesson.keys.s2.hint2':
    'Leave Partition on “Let the producer decide”: the form tells you which partition the key gives.',
  'lesson.keys.s3':
    'How does the producer choose? It hashes the key’s bytes with murmur2, makes the result positive by clearing the sign bit (n & 0x7fffffff, not Math.abs), and takes the remainder by the number of partitions: toPositive(murmur2(key)) % partitions. That is why adding partitions to a topic moves keys: the remainder changes.',
  'lesson.keys.s3.q':
    'murmur2 of customer-9 is -1785535413, and toPositive turns it into 361948235. With 3 partitions, where does customer-9 go?',
  'lesson.keys.s3.q.p0': 'Partition 0',
  'lesson.keys.s3.q.p1': 'Partition 1',
  'lesson.keys.s3.q.p2': 'Partition 2',
  'lesson.keys.s3.q.why':
    '361948235 = 3 × 120649411 + 2, so the remainder is 2: partition 2. Math.abs would give 1785535413, whose remainder is 0, another partition: that is why Kafka clears the sign bit instead.',
  'lesson.keys.s3.task':
    'Create a topic with 4 partitions and send a key to it that purchases already holds (customer-7 from the step before will do): find a key that lands in a different partition number.',
  'lesson.keys.s3.hint1': 'customer-7 goes to partition 1 with 3 partitions, and to partition 3 with 4.',
  'lesson.keys.s3.hint2': 'Create the topic with “New topic”, then choose it in the “Produce by hand” form.',

  // 5. Producers and broker failures
  'lesson.producers-failover.s1':
    'Producers write records to topics, and the producer, not Kafka, decides each record’s partition: by key, by its sticky choice, or because you named one. Then it sends the record straight to that partition’s leader; the cards of P1 and P2 list the leaders they know.',
  'lesson.producers-failover.s1.q': 'Who decides which partition a record is written to?',
  'lesson.producers-failover.s1.q.a': 'The broker that receives it.',
  'lesson.producers-failover.s1.q.b': 'The controller of the cluster.',
  'lesson.producers-failover.s1.q.c': 'The producer, before it sends the record.',
  'lesson.producers-failover.s1.q.why':
    'The producer picks the partition (the one you named, else the key’s hash, else its sticky choice) and looks up that partition’s leader in its metadata. The broker only appends what it receives.',
  'lesson.producers-failover.s1.task':
    'Decide for the producer: send a record by hand straight to partition 2.',
  'lesson.producers-failover.s1.hint1': 'In “Produce by hand”, set Partition to “Partition 2”.',
  'lesson.producers-failover.s1.hint2':
    'A named partition beats both the key and the sticky choice: try key customer-1, which would otherwise go to partition 0.',
  'lesson.producers-failover.s2':
    'Each partition has its own leader, and the leaders are spread over the brokers: broker 1 leads purchases-0, broker 2 purchases-1, broker 3 purchases-2. So the writes to one topic are spread too: thanks to partitions, many brokers share the load.',
  'lesson.producers-failover.s2.q':
    'A topic with 6 partitions is created on these 3 brokers. How many partitions does each broker lead?',
  'lesson.producers-failover.s2.q.a': 'All 6 on broker 1, the first one.',
  'lesson.producers-failover.s2.q.b': '2 each.',
  'lesson.producers-failover.s2.q.c': 'It depends on which producer connects first.',
  'lesson.producers-failover.s2.q.why':
    'Kafka places replicas round robin, shifting the start, and the first replica of each partition is its preferred leader. 6 partitions on 3 brokers give each broker 2 leaders, so producers writing to the topic talk to all three brokers.',
  'lesson.producers-failover.s2.task':
    'Create a topic with 6 partitions and count the partitions each broker leads.',
  'lesson.producers-failover.s2.hint1':
    'Use “New topic” above the brokers: 6 partitions, replication factor 2 or 3.',
  'lesson.producers-failover.s2.hint2': 'Each broker’s card says how many partitions it leads.',
  'lesson.producers-failover.s3':
    'Now break something. Broker 1 leads purchases-0: kill it and watch P1. Its records for purchases-0 fail and are retried; once the controller fences broker 1 (up to 9 s without heartbeats) it elects a new leader, and P1 refreshes its metadata and writes there on its own.',
  'lesson.producers-failover.s3.q':
    'You kill broker 1 while P1 writes to purchases-0. What happens to those records?',
  'lesson.producers-failover.s3.q.a': 'They are lost with broker 1.',
  'lesson.producers-failover.s3.q.b': 'P1 waits until broker 1 comes back.',
  'lesson.producers-failover.s3.q.c': 'P1 retries, finds the new leader and writes there.',
  'lesson.producers-failover.s3.q.why':
    'The producer retries failed batches (with idempotence, without duplicates). When the controller elects a new leader from the in-sync replicas, the producer’s metadata refresh finds it and the batches go there. The application does nothing.',
  'lesson.producers-failover.s3.task':
    'Kill the leader of purchases-0 and keep P1 writing to that partition.',
  'lesson.producers-failover.s3.hint1':
    'The replica marked Leader in purchases-0 is on broker 1: use “Kill broker 1” on its card.',
  'lesson.producers-failover.s3.hint2': 'Then wait: fencing takes up to 9 s. Speed up the clock if you like.',
  'lesson.producers-failover.s4':
    'Bring broker 1 back with “Restart broker 1”. It returns as a follower, copies what it missed and rejoins the in-sync replicas (ISR). Within 5 minutes Kafka makes it leader of purchases-0 again, since it is the preferred leader.',
  'lesson.producers-failover.s4.task':
    'Restart broker 1 and wait until it is back in the ISR of purchases-0.',
  'lesson.producers-failover.s4.hint1':
    'The “Restart broker 1” button is on its card, where “Kill broker 1” was.',
  'lesson.producers-failover.s4.hint2':
    'Catching up takes a couple of fetches: watch its replica of purchases-0 become a follower in the ISR.',

  // 6. Consumers
  'lesson.consumers.s1':
    'Many services can read the same stream. Here a location service, an email service and a push-notification service all read purchases. Each one is a consumer group with its own group.id, and each gets every record.',
  'lesson.consumers.s1.q':
    'email-service has processed offset 10 of purchases-0. Can push-notifications still read it?',
  'lesson.consumers.s1.q.a': 'No: a consumed record leaves the topic.',
  'lesson.consumers.s1.q.b': 'Yes: every group reads every record, on its own.',
  'lesson.consumers.s1.q.c': 'Only after email-service commits its offset.',
  'lesson.consumers.s1.q.why':
    'Reading never removes a record. Each group keeps its own position in every partition (its committed offsets), so groups never disturb each other.',
  'lesson.consumers.s1.task':
    'Add a fourth service: a consumer in a new group, for example analytics, reading purchases from the earliest offset.',
  'lesson.consumers.s1.hint1': '“Add consumer” is in the consumers panel; type a new group name.',
  'lesson.consumers.s1.hint2':
    'Choose earliest: with latest (the default) a new group starts at the end and sees only new records.',
  'lesson.consumers.s2':
    'Each group has its own position in every partition: its committed offsets, and its lag, how far behind the end it is. location-service processes 3 records a second, push-notifications less than 1: the slow one falls behind without slowing down the others.',
  'lesson.consumers.s2.q': 'push-notifications is far behind. What does that do to location-service?',
  'lesson.consumers.s2.q.a': 'Nothing: each group reads at its own pace.',
  'lesson.consumers.s2.q.b': 'It waits for push-notifications to catch up.',
  'lesson.consumers.s2.q.c': 'Kafka deletes what location-service has read.',
  'lesson.consumers.s2.q.why':
    'Positions belong to each group. A slow group only builds up lag; the records wait in the log (until retention removes them) and the other groups read on.',
  'lesson.consumers.s3':
    'Inside one group, each partition has exactly one owner: that is how a group shares the work. location-service has one member reading all three partitions. Give it a second member and watch the group rebalance.',
  'lesson.consumers.s3.q': 'A second member joins location-service. How are the 3 partitions shared?',
  'lesson.consumers.s3.q.a': 'Both members read all 3 partitions.',
  'lesson.consumers.s3.q.b': 'One member gets 2 partitions and the other gets 1.',
  'lesson.consumers.s3.q.c': 'The new member waits until the first one leaves.',
  'lesson.consumers.s3.q.why':
    'A partition has at most one owner in a group. With the range assignor (Kafka’s default in practice), 3 partitions over 2 members give the first member partitions 0 and 1 and the second partition 2.',
  'lesson.consumers.s3.task': 'Add a second member to location-service.',
  'lesson.consumers.s3.hint1': 'Use “Add member” on the location-service card.',
  'lesson.consumers.s3.hint2': 'The group pauses to rebalance, then each partition shows a single owner.',
  'lesson.consumers.s4':
    'A partition is never split between two members of a group, so members beyond the partition count have nothing to do. Keep adding members to location-service until it has more members than purchases has partitions.',
  'lesson.consumers.s4.q':
    'location-service has 3 members for 3 partitions. A 4th one joins. What does it do?',
  'lesson.consumers.s4.q.a': 'It sits idle, with no partition, as a spare.',
  'lesson.consumers.s4.q.b': 'It shares partition 0 with another member.',
  'lesson.consumers.s4.q.c': 'Kafka does not let it join.',
  'lesson.consumers.s4.q.why':
    'With more members than partitions the extra members get nothing. They still help: if a member crashes, a spare takes over its partitions at the next rebalance. To read faster you need more partitions, not just more consumers.',
  'lesson.consumers.s4.task': 'Make a group with more members than partitions, so that one member is idle.',
  'lesson.consumers.s4.hint1': 'purchases has 3 partitions, so the group needs 4 members.',
  'lesson.consumers.s4.hint2': 'An idle member shows “no partition: idle”.',

  // 7. Replication and acks
  'lesson.replication-acks.s1':
    'purchases has replication factor 3: each partition has 3 replicas, one per broker. One replica is the leader and takes every write; the followers keep fetching from it to copy its log. The replicas that are caught up form the ISR, the in-sync replicas.',
  'lesson.replication-acks.s1.q':
    'Once a purchases record is committed, how many copies of it does the cluster keep?',
  'lesson.replication-acks.s1.q.a': '1, on the leader.',
  'lesson.replication-acks.s1.q.b': '3, one per replica.',
  'lesson.replication-acks.s1.q.c': 'One per consumer group.',
  'lesson.replication-acks.s1.q.why':
    'Replication factor 3 means three replicas of each partition, on three different brokers. A record is committed once every in-sync replica has it, so losing one broker loses no committed record.',
  'lesson.replication-acks.s2':
    'Look at the high watermark line in each log: records below it are in every in-sync replica, committed, and readable by consumers. A follower that stops copying leaves the ISR. Kill broker 3, watch it leave the ISR once it is fenced, then restart it and watch it catch up and rejoin.',
  'lesson.replication-acks.s2.q':
    'A record was just appended on the leader of purchases-0, but no follower has copied it yet. Can a consumer read it?',
  'lesson.replication-acks.s2.q.a': 'Yes: it is in the leader’s log.',
  'lesson.replication-acks.s2.q.b': 'No: it is above the high watermark, not committed yet.',
  'lesson.replication-acks.s2.q.c': 'Only a consumer connected to the leader.',
  'lesson.replication-acks.s2.q.why':
    'Consumers only get records below the high watermark, the smallest log end offset in the ISR. That way nobody reads a record that a change of leader could still take away.',
  'lesson.replication-acks.s2.task':
    'Take a broker out of the ISR and bring it back: kill broker 3, wait until it is fenced, then restart it.',
  'lesson.replication-acks.s2.hint1':
    'Use “Kill broker 3”; within 9 s the controller fences it and removes it from every ISR.',
  'lesson.replication-acks.s2.hint2':
    'Then use “Restart broker 3”: it copies what it missed and rejoins the ISR.',
  'lesson.replication-acks.s3':
    'acks decides when a producer counts a write as done: acks=all (the default) waits until every in-sync replica has the record, acks=1 waits for the leader only. Add a producer with acks=1, then kill broker 1, the leader of purchases-0, and look for records marked lost.',
  'lesson.replication-acks.s3.q':
    'An acks=1 producer got its acknowledgement, then the leader died before the followers copied the record. What happens to the record?',
  'lesson.replication-acks.s3.q.a': 'It is safe: it was acknowledged.',
  'lesson.replication-acks.s3.q.b': 'It is lost: the new leader never had it.',
  'lesson.replication-acks.s3.q.c': 'The new leader fetches it from the dead broker’s disk.',
  'lesson.replication-acks.s3.q.why':
    'With acks=1 the leader answers as soon as it has the record. If it dies before the followers fetch it, a follower becomes leader without it and the record is cut from the log: an acknowledged write is gone. With acks=all the answer waits for the ISR, so an acknowledged record survives.',
  'lesson.replication-acks.s3.task':
    'Lose an acknowledged record: add a producer with acks=1, then kill the leader it writes to.',
  'lesson.replication-acks.s3.hint1':
    'Use “Add producer”: keys = customer ids, acks=1 and a fast rate, 5 records a second or more.',
  'lesson.replication-acks.s3.hint2':
    'Then kill broker 1. When the new leader is elected, the records only broker 1 had are marked lost.',
  'lesson.replication-acks.s4':
    'Broker 1 is down, so every ISR has 2 replicas: exactly the min.insync.replicas=2 of purchases. Kill one more broker. With acks=all, Kafka refuses a write that fewer than 2 in-sync replicas would hold: the error is NOT_ENOUGH_REPLICAS.',
  'lesson.replication-acks.s4.q': 'Brokers 1 and 2 are down. P1 (acks=all) keeps sending. What happens?',
  'lesson.replication-acks.s4.q.a': 'The writes succeed on broker 3 alone.',
  'lesson.replication-acks.s4.q.b': 'Broker 3 refuses them with NOT_ENOUGH_REPLICAS, and P1 keeps retrying.',
  'lesson.replication-acks.s4.q.c': 'The records are silently dropped.',
  'lesson.replication-acks.s4.q.why':
    'With acks=all and min.insync.replicas=2, a partition whose ISR shrank to 1 refuses writes rather than keep a single copy. The error is retriable: P1 retries until a broker returns or delivery.timeout.ms (2 minutes) runs out. An acks=1 producer is still accepted: min.insync.replicas only applies to acks=all.',
  'lesson.replication-acks.s4.task':
    'Kill a second broker and watch acks=all writes fail with NOT_ENOUGH_REPLICAS.',
  'lesson.replication-acks.s4.hint1': 'Kill broker 2; fencing takes up to 9 s.',
  'lesson.replication-acks.s4.hint2':
    'Watch P1’s card and the narration: the failures, the error’s name and the retries.',

  // Why a step's latest attempt cannot reach its goal, and how to recover (shown while the goal is not met).
  'lesson.partitions-offsets.s4.blocked':
    'Your last record did not go to a partition you named as 2. Set Partition to “Partition 2” and send three records in a row.',
  'lesson.immutability-retention.s1.blocked.key':
    'Your last record did not have the key customer-1. Type customer-1 as the key (not “No key”) and send the correction again.',
  'lesson.immutability-retention.s1.blocked.partition':
    'Your last record went to a partition you chose, not to the one its key picks, so it may sit apart from customer-1’s other records. Set Partition back to “Let the producer decide” and send it again.',
  'lesson.keys.s1.blocked.partition':
    'Your last record went to a partition you chose, so the producer did not decide. Set Partition to “Let the producer decide” and send three more records without a key.',
  'lesson.keys.s1.blocked.key':
    'Your last record had a key, so its key chose the partition. Tick “No key (null)” and send three more records.',
  'lesson.keys.s2.blocked.partition':
    'Your last record went to a partition you chose, which says nothing about keys. Set Partition to “Let the producer decide” and send the same key twice.',
  'lesson.keys.s2.blocked.key':
    'Your last record had no key. Untick “No key (null)”, type a key and send it twice.',
  'lesson.keys.s3.blocked.partition':
    'Your last record went to a partition you chose, so the key was not hashed. Set Partition to “Let the producer decide” and send it again.',
  'lesson.keys.s3.blocked.key':
    'Your last record had no key. Type a key, for example customer-7, and send it again.',
  'lesson.keys.s3.blocked.sameCount':
    'Every topic here has the same number of partitions, so a key gets the same remainder everywhere. Create a topic with 4 partitions and send the key to it.',
  'lesson.producers-failover.s1.blocked':
    'Your last record did not name partition 2 of purchases. Choose purchases and “Partition 2” in the form, then send again.',
  'lesson.producers-failover.s3.blocked':
    'The broker you stopped does not lead purchases-0, so no election comes. Start it again, then stop the broker whose replica of purchases-0 is marked Leader, or restart this step.',
  'lesson.producers-failover.s4.blocked':
    'Every broker is already running: broker 1 came back before this step. Restart this step to see it rejoin, or stop broker 1 and start it again.',
  'lesson.consumers.s1.blocked':
    'Your last new group did not start at the oldest offset (it read with latest, or reused offsets it had committed). Add a group with a new name and choose earliest, or restart this step.',
  'lesson.replication-acks.s3.blocked':
    'The broker was stopped before an acks=1 producer had a write acknowledged, so nothing acknowledged can be lost. Start it again, add a producer with acks=1, let it write a few seconds, then stop the leader; or restart this step.',
  // 8. Why is my lag growing?
  'lesson.consumer-lag.s1':
    'Lag is how far a group is behind the end of a partition: the high watermark minus its committed offset. In this scene only P1 writes, 2 records a second, and billing has one member that processes half a record a second: its lag on the card grows every second. Each partition has one owner in a group, so more members share the work, up to one per partition.',
  'lesson.consumer-lag.s1.q':
    'billing gets a second and a third member, each as slow as the first. What happens to its lag?',
  'lesson.consumer-lag.s1.q.a': 'It stops growing: three members are always enough.',
  'lesson.consumer-lag.s1.q.b':
    'It grows more slowly: three members read 1.5 records a second, still less than the 2 that arrive.',
  'lesson.consumer-lag.s1.q.c': 'Nothing changes: members do not share a topic.',
  'lesson.consumer-lag.s1.q.why':
    'Each member takes its own partitions, so the group reads three times as fast. But 3 × 0.5 = 1.5 records a second is less than 2: lag still grows, only more slowly.',
  'lesson.consumer-lag.s1.task': 'Give billing three members, one per partition of purchases.',
  'lesson.consumer-lag.s1.hint1':
    'Use the “+” on the billing card twice, or “Add consumer” with the group billing.',
  'lesson.consumer-lag.s1.hint2': 'Wait for the group to show Stable: each member then owns one partition.',
  'lesson.consumer-lag.s2':
    'billing now has as many members as purchases has partitions. Adding members has reached its limit here.',
  'lesson.consumer-lag.s2.q': 'A fourth member joins billing. What happens to the lag?',
  'lesson.consumer-lag.s2.q.a': 'It falls: four members read faster than three.',
  'lesson.consumer-lag.s2.q.b': 'Nothing: the fourth member gets no partition and sits idle.',
  'lesson.consumer-lag.s2.q.c': 'It splits partition 0 with another member.',
  'lesson.consumer-lag.s2.q.why':
    'A partition is never shared inside a group, so with 3 partitions a fourth member has nothing to read. More members than partitions do not lower lag; faster processing or more partitions do.',
  'lesson.consumer-lag.s3':
    'The other lever is processing speed. Look at a billing member: its poll clock fills while it works through the records a poll handed it, then empties when it polls again. Slow processing means long gaps between polls and a growing lag.',
  'lesson.consumer-lag.s3.task':
    'Make every billing member that owns a partition process at least 2 records a second.',
  'lesson.consumer-lag.s3.hint1':
    'In a real application that means faster code or a faster database; here it is the member’s processing speed.',
  'lesson.consumer-lag.s3.hint2':
    'The API sets it: setConsumerRate with the member id and ratePerSec 2, for billing-1, billing-2 and billing-3.',
  'lesson.consumer-lag.s4':
    'Kafka checks nothing about what is written: a topic takes any bytes. fraud-check reads purchases with a JSON deserializer. Send it a record that is not JSON and watch what happens to its lag.',
  'lesson.consumer-lag.s4.q':
    'A text record that is not JSON lands in partition 0. What does fraud-check do?',
  'lesson.consumer-lag.s4.q.a': 'It reads it as text and carries on.',
  'lesson.consumer-lag.s4.q.b': 'The broker refuses the record, so nothing happens.',
  'lesson.consumer-lag.s4.q.c':
    'Its polls fail on that record again and again: the member is stuck and its lag grows.',
  'lesson.consumer-lag.s4.q.why':
    'The broker stores the bytes. The consumer’s deserializer fails with RecordDeserializationException, and unless the application handles it every poll fails on the same offset. The member still heartbeats, so nobody removes it: it just stops.',
  'lesson.consumer-lag.s4.task': 'Send a record fraud-check cannot read and see it stop.',
  'lesson.consumer-lag.s4.hint1':
    '“Unreadable record”, in the produce form, sends a text record that is not JSON.',
  'lesson.consumer-lag.s4.hint2':
    'The member shows “stuck at”: click it to open the record in the inspector.',
  'lesson.consumer-lag.s5':
    'A stuck member stays stuck until the application deals with the record: skip it (seek past it) or send it to a dead-letter topic for someone to look at later, then seek past it. Deploy a fixed fraud-check: a member that dead-letters to purchases.DLT.',
  'lesson.consumer-lag.s5.task':
    'Replace fraud-check’s stuck member with one that sends unreadable records to purchases.DLT.',
  'lesson.consumer-lag.s5.hint1':
    'Remove fraud-check-1 with “Leave” (it commits where it stopped), then add a consumer to fraud-check.',
  'lesson.consumer-lag.s5.hint2':
    'In “Poll loop and deserializer”, choose JSON, then “dead-letter” and the topic purchases.DLT.',

  // 9. Rebalances and duplicates
  'lesson.rebalances.s1':
    'shipping commits automatically every 5 seconds, inside poll. What a member processed after its last commit is committed only at a later poll. A member that leaves cleanly commits first; a member that crashes does not.',
  'lesson.rebalances.s1.q':
    'A shipping member crashes. After session.timeout.ms its partitions move. Where does the new owner start?',
  'lesson.rebalances.s1.q.a': 'Right after the last record the crashed member processed.',
  'lesson.rebalances.s1.q.b': 'At the group’s committed offset, so it processes some records a second time.',
  'lesson.rebalances.s1.q.c': 'At the end of the partition, skipping what was not processed.',
  'lesson.rebalances.s1.q.why':
    'A new owner starts at the committed offset. The records processed since the last commit are processed again: duplicates. That is at-least-once delivery.',
  'lesson.rebalances.s1.task':
    'Crash a shipping member and wait until its partitions move and duplicates show.',
  'lesson.rebalances.s1.hint1':
    'Use “Crash” on a shipping member. Its heartbeat clock fills to 45 s, then the coordinator removes it.',
  'lesson.rebalances.s1.hint2':
    'Duplicates show on the card as “processed twice”. “Leave” would commit first and cause none.',
  'lesson.rebalances.s2':
    'reports takes 20 records a poll and processes one a second, but its max.poll.interval.ms is 10 seconds. Its heartbeats keep flowing, yet its poll clock passes 10 s: the member leaves the group, its commit fails (CommitFailedException), it rejoins and reads the same records again. A loop that never commits.',
  'lesson.rebalances.s2.task':
    'End the loop so that reports commits again, without touching max.poll.interval.ms.',
  'lesson.rebalances.s2.hint1':
    'Process faster, or take fewer records per poll (max.poll.records) in a new member.',
  'lesson.rebalances.s2.hint2':
    'setConsumerRate on reports-1 with 5 records a second: 20 records then take 4 s, under 10 s.',
  'lesson.rebalances.s3':
    'shipping’s members are static: each has a group.instance.id (the “static” tag). A static member that comes back within session.timeout.ms takes its old place and its partitions, with no rebalance at all.',
  'lesson.rebalances.s3.task':
    'Restart a shipping member: crash it, then add a consumer with the same group.instance.id before 45 s pass.',
  'lesson.rebalances.s3.hint1':
    'Hover the “static” tag to read its group.instance.id (shipping-a or shipping-b).',
  'lesson.rebalances.s3.hint2':
    'In “Add consumer”, type the group shipping and that id in group.instance.id.',
  'lesson.rebalances.s4':
    'shipping uses the classic protocol with the range assignor: eager. In a rebalance every member gives up all its partitions, and the group waits for each member’s next poll. Cooperative-sticky moves only what changes, in two rounds. The consumer protocol of Kafka 4 (KIP-848) lets the coordinator assign, and members move only what changes, through their heartbeats. The card counts the time partitions stayed paused.',
  'lesson.rebalances.s4.q': 'A member joins a busy eager group. Which partitions stop while it rebalances?',
  'lesson.rebalances.s4.q.a': 'Only the one that moves to the new member.',
  'lesson.rebalances.s4.q.b': 'All of them, until every member has joined again.',
  'lesson.rebalances.s4.q.c': 'None: Kafka rebalances in the background.',
  'lesson.rebalances.s4.q.why':
    'Eager members revoke everything before they rejoin, and the group waits for the slowest member’s poll. Cooperative and KIP-848 keep reading the partitions that do not move.',
  'lesson.rebalances.s4.task':
    'Start a group on the consumer protocol with two members, then add a third, and compare its paused time with shipping’s.',
  'lesson.rebalances.s4.hint1':
    'In “Add consumer”, type a new group (for example shipping-kip) and choose “consumer (KIP-848)”.',
  'lesson.rebalances.s4.hint2':
    'Add the third member once the group shows Stable; only one partition should pause.',
  ...forgettingLessonEn,
} as const
