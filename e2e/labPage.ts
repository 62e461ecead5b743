import type { Page } from '@playwright/test'

/** What the tests read through window.kafkaLab (../shared/API.md), typed loosely on purpose: it is the contract. */
export interface PartitionSnap {
  partition: number
  leader: number | null
  replicas: number[]
  isr: number[]
  logStartOffset: number
  logEndOffset: number
  highWatermark: number
}
export interface Snap {
  version: 1
  timeMs: number
  running: boolean
  brokers: { id: number; alive: boolean }[]
  topics: { name: string; partitions: PartitionSnap[] }[]
  producers: {
    id: string
    topic: string
    sent: number
    acked: number
    failed: number
    leaders: Record<string, number | null>
  }[]
}

type Api = {
  snapshot(): Snap
  dispatch(c: unknown): { ok: boolean; error?: string }
  records(t: string, p: number): { offset: number; key: string | null; value: string }[]
  shareUrl(): string
  exportScenario(): string
}

/** A page object over the simulator: the API for facts, user-facing locators for actions. */
export class LabPage {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.waitForFunction(() => 'kafkaLab' in window)
  }

  snapshot(): Promise<Snap> {
    return this.page.evaluate(() => (window as unknown as { kafkaLab: Api }).kafkaLab.snapshot())
  }

  dispatch(command: unknown): Promise<{ ok: boolean; error?: string }> {
    return this.page.evaluate((c) => (window as unknown as { kafkaLab: Api }).kafkaLab.dispatch(c), command)
  }

  records(topic: string, partition: number) {
    return this.page.evaluate(([t, p]) => (window as unknown as { kafkaLab: Api }).kafkaLab.records(t, p), [
      topic,
      partition,
    ] as const)
  }

  shareUrl(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { kafkaLab: Api }).kafkaLab.shareUrl())
  }

  exportScenario(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { kafkaLab: Api }).kafkaLab.exportScenario())
  }

  async partition(topic: string, partition: number): Promise<PartitionSnap> {
    const snap = await this.snapshot()
    const p = snap.topics.find((t) => t.name === topic)?.partitions[partition]
    if (!p) throw new Error(`no partition ${topic}-${partition}`)
    return p
  }
}
