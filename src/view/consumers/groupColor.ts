/**
 * A colour per group, by its position among the groups: its flags on the logs, its partition chips and its lines
 * share it. Each is at least 4.5:1 against a white panel (the chips' text) and under a white mark (the flags), and
 * the six stay apart for the common colour-vision deficiencies; the first three (the default scene's groups) far
 * apart. Checked in ../contrast.test.ts. Teal, orange, violet, crimson, navy, slate.
 */
export const GROUP_PALETTE = ['#0f766e', '#c2410c', '#7c3aed', '#9d174d', '#1e3a8a', '#475569'] as const

export function groupColor(index: number): string {
  return GROUP_PALETTE[((index % GROUP_PALETTE.length) + GROUP_PALETTE.length) % GROUP_PALETTE.length]!
}

/** The short mark shown on a log flag: `location-service` → `L`. */
export function groupMark(groupId: string): string {
  return (groupId.match(/[A-Za-z0-9]/)?.[0] ?? '?').toUpperCase()
}
