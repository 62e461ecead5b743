/** A colour per group, by its position among the groups: its flags on the logs and its lines share it. */
const PALETTE = ['#0d9488', '#ea580c', '#7c3aed', '#db2777', '#2563eb', '#65a30d']

export function groupColor(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!
}

/** The short mark shown on a log flag: `location-service` → `L`. */
export function groupMark(groupId: string): string {
  return (groupId.match(/[A-Za-z0-9]/)?.[0] ?? '?').toUpperCase()
}
