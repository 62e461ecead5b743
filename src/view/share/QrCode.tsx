import { useMemo } from 'react'
import { encode } from 'uqr'

/** A QR code as one SVG path (React elements, no HTML strings). */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const qr = useMemo(() => {
    try {
      return encode(text, { ecc: 'L', border: 2 })
    } catch {
      return undefined // too long for any QR version
    }
  }, [text])
  if (!qr) return null
  let d = ''
  qr.data.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const from = x
      while (x < row.length && row[x]) x++
      d += `M${from} ${y}h${x - from}v1h${from - x}z`
    }
  })
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
