// Engine benchmark: one simulated hour of a busy cluster, run in Node through Vite's SSR loader.
// `npm run bench [-- --runs=N]` (run node with --cpu-prof for a profile). Always exits 0; a missed target prints MISSED.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const TARGET_WALL_MS = 3000
const TARGET_HEAP_MB = 200
const SIM_MINUTES = 60
const RATE = 50

// A settled heap figure needs gc(): re-run this script under --expose-gc once.
if (typeof globalThis.gc !== 'function' && process.env.KAFKA_LAB_BENCH_CHILD !== '1') {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, KAFKA_LAB_BENCH_CHILD: '1' },
    },
  )
  process.exit(child.status ?? 0)
}

const mb = (bytes) => bytes / 1024 / 1024

// CPU time of this thread alone (Linux): the engine's own cost, without the time spent waiting for a core on a shared
// machine and without V8's helper threads. undefined elsewhere.
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100
function threadCpuMs() {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
  } catch {
    return undefined
  }
}
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined

function must(sim, command) {
  const result = sim.dispatch(command)
  if (!result.ok) throw new Error(`${command.type}: ${result.error}`)
}

function runBenchmark(engine) {
  const sim = engine.createSimulation({ seed: 1, brokers: 3, config: { networkDelayMs: 1 } })
  must(sim, {
    type: 'createTopic',
    name: 'purchases',
    partitions: 6,
    replicationFactor: 3,
    config: { minInsyncReplicas: 2, retentionMs: 10 * 60_000 },
  })
  must(sim, {
    type: 'addProducer',
    topic: 'purchases',
    id: 'customers',
    keys: 'customers',
    ratePerSec: RATE,
    acks: 'all',
  })
  must(sim, {
    type: 'addProducer',
    topic: 'purchases',
    id: 'guests',
    keys: 'none',
    ratePerSec: RATE,
    acks: 'all',
  })
  must(sim, {
    type: 'addProducer',
    topic: 'purchases',
    id: 'devices',
    keys: { prefix: 'device-', count: 1000 },
    ratePerSec: RATE,
    acks: 'all',
  })
  sim.takeEvents()

  gc?.()
  const heapSamples = []
  const settled = {}
  let simWorkMs = 0
  let events = 0
  const cpuStart = process.cpuUsage()
  const threadStart = threadCpuMs()
  const wallStart = performance.now()
  for (let second = 1; second <= SIM_MINUTES * 60; second++) {
    const t0 = performance.now()
    events += sim.advance(1000).length // the events are dropped, as a view that is not watching would
    simWorkMs += performance.now() - t0
    if (second % 60 === 0) {
      heapSamples.push(process.memoryUsage().heapUsed)
      const minute = second / 60
      if (gc && (minute === 30 || minute === 60)) {
        gc()
        settled[minute] = process.memoryUsage().heapUsed
      }
    }
  }
  const wallMs = performance.now() - wallStart
  const cpu = process.cpuUsage(cpuStart)
  const threadEnd = threadCpuMs()
  const producers = sim.state.producers
  return {
    wallMs,
    simWorkMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    threadCpuMs: threadStart === undefined || threadEnd === undefined ? undefined : threadEnd - threadStart,
    events,
    acked: producers.reduce((n, p) => n + p.acked, 0),
    sent: producers.reduce((n, p) => n + p.sent, 0),
    failed: producers.reduce((n, p) => n + p.failed, 0),
    peakHeap: Math.max(...heapSamples),
    settled,
    // Counts only: keeping the partitions would keep this run's log alive through the next run's heap samples.
    retainedRecords: sim.state.topics.purchases.partitions.reduce(
      (n, p) => n + (p.logEndOffset - p.logStartOffset),
      0,
    ),
    retainedSegments: sim.state.topics.purchases.partitions.reduce((n, p) => n + p.segments.length, 0),
  }
}

/** The large scene's heatmap read from the engine (1000 partitions), per call: best of 5 rounds of 20 calls. */
async function heatmapRead(server) {
  const { buildSimulation } = await server.ssrLoadModule('/src/scenarios/scenario.ts')
  const { largeScenario } = await server.ssrLoadModule('/src/scenarios/builtins.ts')
  const { heatmapCells } = await server.ssrLoadModule('/src/view/cluster/heatmapModel.ts')
  const sim = buildSimulation(largeScenario)
  sim.advance(5000)
  if (heatmapCells(sim.state, 'telemetry').count !== 1000) throw new Error('the large scene has no 1000-partition topic')
  let best = Infinity
  for (let round = 0; round < 5; round++) {
    const t = performance.now()
    for (let i = 0; i < 20; i++) heatmapCells(sim.state, 'telemetry')
    best = Math.min(best, (performance.now() - t) / 20)
  }
  return best
}

// Several runs in one process: a shared machine's other work only ever adds wall time, so the best run is the
// figure closest to the engine's own cost; the median shows the spread.
const RUNS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3) || 3)
const root = fileURLToPath(new URL('..', import.meta.url))
const server = await createServer({
  root,
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
})
const results = []
let heatmapMs
try {
  const engine = await server.ssrLoadModule('/src/engine/index.ts')
  for (let i = 0; i < RUNS; i++) {
    results.push(runBenchmark(engine))
    gc?.()
  }
  heatmapMs = await heatmapRead(server)
} finally {
  await server.close()
}
const byWall = [...results].sort((a, b) => a.simWorkMs - b.simWorkMs)
const r = byWall[0]
const median = byWall[Math.floor((byWall.length - 1) / 2)]
const peakHeap = Math.max(...results.map((x) => x.peakHeap))

const verdict = (ok) => (ok ? 'ok' : 'MISSED')
const rows = [
  [
    'wall time',
    `${(r.simWorkMs / 1000).toFixed(2)} s`,
    `< ${TARGET_WALL_MS / 1000} s`,
    verdict(r.simWorkMs < TARGET_WALL_MS),
    `performance.now() summed over the 3600 sim.advance(1000) calls, best of ${results.length} runs ` +
      `(median ${(median.simWorkMs / 1000).toFixed(2)} s; the gc() calls for the settled heap excluded)`,
  ],
  [
    'main-thread CPU',
    r.threadCpuMs === undefined ? 'n/a' : `${(r.threadCpuMs / 1000).toFixed(2)} s`,
    '',
    '',
    'utime + stime of the main thread in /proc/thread-self/stat over that run: the engine without waiting for a core',
  ],
  [
    'process CPU',
    `${(r.cpuMs / 1000).toFixed(2)} s`,
    '',
    '',
    'process.cpuUsage() over that run, all threads (V8 also collects garbage on a second core)',
  ],
  [
    'records produced',
    String(r.acked),
    '',
    '',
    `sum of the producers' acked counters (${r.sent} sent, ${r.failed} failed)`,
  ],
  [
    'records/s',
    Math.round(r.acked / (r.simWorkMs / 1000)).toLocaleString('en-US'),
    '',
    '',
    'records produced / wall time',
  ],
  [
    'peak heap',
    `${mb(peakHeap).toFixed(1)} MB`,
    `< ${TARGET_HEAP_MB} MB`,
    verdict(mb(peakHeap) < TARGET_HEAP_MB),
    'max of process.memoryUsage().heapUsed sampled after every simulated minute of every run (no gc before it)',
  ],
  [
    'heatmap read',
    `${heatmapMs.toFixed(2)} ms`,
    '< 8 ms',
    verdict(heatmapMs < 8),
    'heatmapCells() of the large scene\'s 1000-partition topic after 5 simulated s, per call, best of 5 rounds of 20',
  ],
  [
    'heap at 30 min',
    r.settled[30] === undefined ? 'n/a' : `${mb(r.settled[30]).toFixed(1)} MB`,
    '',
    '',
    'heapUsed right after gc() at simulated minute 30',
  ],
  [
    'heap at 60 min',
    r.settled[60] === undefined ? 'n/a' : `${mb(r.settled[60]).toFixed(1)} MB`,
    '',
    '',
    'heapUsed right after gc() at simulated minute 60',
  ],
]
const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...rows.map((row) => row[i].length), ['figure', 'value', 'target', ''][i].length),
)
const line = (cells) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ')
console.log(
  `Kafka Lab engine benchmark (Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores)`,
)
console.log(
  `1 simulated hour: 3 brokers, topic of 6 partitions RF 3 (min ISR 2, retention 10 min), 3 producers x ${RATE} records/s`,
)
console.log(
  `(keyed, keyless, keyed), acks=all, network delay 1 ms; time advanced in 1 s steps, ${r.events.toLocaleString('en-US')} events dropped.`,
)
console.log('')
console.log(line(['figure', 'value', 'target', '', 'how it was measured']))
for (const row of rows) console.log(line(row))
console.log('')
console.log(
  `Retained at the end: ${r.retainedRecords} records in ${r.retainedSegments} segments (retention keeps the log flat).`,
)
const missed = rows.filter((row) => row[3] === 'MISSED').map((row) => row[0])
console.log(missed.length === 0 ? 'All targets met.' : `MISSED: ${missed.join(', ')}`)
