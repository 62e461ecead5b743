export type ReplicaRole = 'leader' | 'follower' | 'outOfSync' | 'offline'

/** Shape, not only colour, tells the roles apart: crown, filled circle, warning triangle, cross. */
export function RoleIcon({ role, size = 14 }: { role: ReplicaRole; size?: number }) {
  const common = { width: size, height: size, viewBox: '0 0 16 16', 'aria-hidden': true as const }
  switch (role) {
    case 'leader':
      return (
        <svg {...common} fill="currentColor">
          <path d="M1.5 4.5 5 8l3-5 3 5 3.5-3.5-1.5 8h-10z" />
        </svg>
      )
    case 'follower':
      return (
        <svg {...common} fill="currentColor">
          <circle cx="8" cy="8" r="5.5" />
        </svg>
      )
    case 'outOfSync':
      return (
        <svg {...common} fill="currentColor">
          <path d="M8 1.5 15 14H1z" />
          <rect x="7.2" y="5.5" width="1.6" height="4.5" fill="#fff" />
          <rect x="7.2" y="11" width="1.6" height="1.6" fill="#fff" />
        </svg>
      )
    case 'offline':
      return (
        <svg {...common} stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" fill="none">
          <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" />
        </svg>
      )
  }
}
