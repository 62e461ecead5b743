// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { contentHeight } from './postMessageBridgeHeight'

type Box = {
  top: number
  height: number
  style?: Partial<CSSStyleDeclaration>
  vars?: Record<string, string>
  className?: string
  kids?: Box[]
}

/** Builds elements whose boxes are as given (jsdom lays nothing out). */
function build(box: Box): HTMLElement {
  const el = document.createElement('div')
  Object.assign(el.style, box.style ?? {})
  for (const [name, value] of Object.entries(box.vars ?? {})) el.style.setProperty(name, value)
  if (box.className) el.className = box.className
  el.getBoundingClientRect = () => ({
    top: box.top,
    bottom: box.top + box.height,
    height: box.height,
    left: 0,
    right: 800,
    width: 800,
    x: 0,
    y: box.top,
    toJSON: () => ({}),
  })
  for (const k of box.kids ?? []) el.appendChild(build(k))
  return el
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the content height an embed reports', () => {
  it('counts what the stretched boxes hold, not the one-screen app they fill', () => {
    // The app is one screen (500 px); its workspace grows to fill it; the stage scrolls inside with 900 px of regions.
    const app = build({
      top: 0,
      height: 500,
      style: { overflowY: 'hidden', display: 'flex', flexDirection: 'column' },
      kids: [
        { top: 0, height: 40 }, // the embed bar
        { top: 40, height: 36 }, // the controls
        {
          top: 76,
          height: 424,
          style: { flexGrow: '1', display: 'flex', flexDirection: 'row' },
          kids: [
            // The dock beside the stage, stretched to the row's height: its buttons are what it needs.
            { top: 76, height: 424, kids: [{ top: 80, height: 150 }] },
            {
              top: 76,
              height: 424,
              style: { overflowY: 'auto', paddingBottom: '6px' },
              kids: [
                { top: 80, height: 300 },
                { top: 80, height: 900 },
                { top: 80, height: 2000, style: { position: 'absolute' } },
                { top: 80, height: 3000, style: { display: 'none' } },
              ],
            },
          ],
        },
        { top: 0, height: 500, style: { position: 'fixed' } }, // the flights' canvas
      ],
    })
    document.body.appendChild(app)
    expect(contentHeight(app, window)).toBe(986)
  })

  it('shrinks below the viewport when the regions are short, and keeps a box of its own size whole', () => {
    const app = build({
      top: 0,
      height: 2000,
      style: { display: 'flex', flexDirection: 'column' },
      kids: [
        // A bar 48 px tall whose buttons are centred: it needs its 48 px, not its buttons' 30.
        {
          top: 0,
          height: 48,
          style: { display: 'flex', alignItems: 'center' },
          kids: [{ top: 9, height: 30 }],
        },
        {
          top: 48,
          height: 1952,
          style: { flexGrow: '1', display: 'flex' },
          // The stage's regions, and the dock stretched beside it: neither needs the whole row.
          kids: [
            { top: 52, height: 310 },
            { top: 48, height: 1952, kids: [{ top: 52, height: 200 }] },
          ],
        },
      ],
    })
    document.body.appendChild(app)
    expect(contentHeight(app, window)).toBe(362)
  })

  it('counts content scrolled away inside a scroll box', () => {
    const app = build({
      top: 0,
      height: 500,
      kids: [{ top: 0, height: 500, style: { overflowY: 'auto' }, kids: [{ top: -200, height: 900 }] }],
    })
    Object.defineProperty(app.firstElementChild, 'scrollTop', { value: 200 })
    document.body.appendChild(app)
    expect(contentHeight(app, window)).toBe(900)
  })

  it("counts the stage at its full size, whatever font the frame's height gave it", () => {
    // The stage's font fits the room: 10 px here, 15 px at most. Its 300 px of regions need 450 px at full size.
    const stage = (font: string, fitMax: string): Box => ({
      top: 100,
      height: 400,
      className: 'stage',
      style: { overflowY: 'auto', fontSize: font, flexGrow: '1' },
      vars: { '--fit-max': fitMax },
      kids: [{ top: 100, height: 300 }],
    })
    const app = (s: Box) =>
      build({
        top: 0,
        height: 500,
        style: { display: 'flex', flexDirection: 'column' },
        kids: [{ top: 0, height: 100 }, s],
      })
    const make = (s: Box) => {
      document.body.innerHTML = ''
      const el = app(s)
      document.body.appendChild(el)
      return contentHeight(el, window)
    }
    expect(make(stage('10px', '15px'))).toBe(550)
    // At its full size already, or with a --fit-max that is no plain length: as it is.
    expect(make(stage('15px', '15px'))).toBe(400)
    expect(make(stage('10px', 'max(1.5vw, 16px)'))).toBe(400)
  })

  it('counts the stage at the largest font its width allows, when that is below --fit-max', () => {
    // 792 px wide over 66 em: 12 px at most, whatever the height. At 10 px its 300 px of regions need 360 px.
    document.body.innerHTML = ''
    const stage: Box = {
      top: 100,
      height: 400,
      className: 'stage',
      style: { overflowY: 'auto', fontSize: '10px', flexGrow: '1' },
      vars: { '--fit-max': '15px', '--stage-wem': '66' },
      kids: [{ top: 100, height: 300 }],
    }
    const app = build({
      top: 0,
      height: 500,
      style: { display: 'flex', flexDirection: 'column' },
      kids: [{ top: 0, height: 100 }, stage],
    })
    let width = 792
    Object.defineProperty(app, 'clientWidth', { get: () => width })
    document.body.appendChild(app)
    expect(contentHeight(app, window)).toBe(460)
    // No width to go by (not laid out): --fit-max alone, as before.
    width = 0
    expect(contentHeight(app, window)).toBe(550)
  })
})
