/** The timeline: time travel through the run, its markers, and the branch a change of the past leaves. */
export const timelineEn = {
  'timeline.label': 'Timeline',
  'timeline.slider': 'Simulated time of the run',
  'timeline.sliderHelp':
    'Arrow keys move 1 s (Shift: 10 s), Page Up and Page Down 1 min, Home and End to the start and the end.',
  'timeline.previous': 'Back to the previous marker',
  'timeline.previousAt': 'Back to the previous marker: {what}, {time}',
  'timeline.next': 'On to the next marker',
  'timeline.nextAt': 'On to the next marker: {what}, {time}',
  'timeline.present': 'Back to the present',
  'timeline.presentHint': 'You are looking at the past. Acting now starts a new future; the old one is kept.',
  'timeline.restoreBranch': 'Bring back the other future',
  'timeline.restoreBranchHint':
    'You changed the past at {time}. The future you replaced is kept: swap back to it.',
  'timeline.end': 'end {time}',
  'timeline.marker.kill': 'Broker {id} killed',
  'timeline.marker.restart': 'Broker {id} restarted',
  'timeline.marker.election': 'New leader of {partition}: broker {leader}',
  'timeline.marker.electionNone': 'No leader for {partition}',
  'timeline.marker.rebalance': 'Group {group} rebalances',
  'timeline.marker.lesson': 'Lesson step {step}',
  'timeline.marker.more': '{what} (and {n} more)',
  'timeline.legend.kill': 'kill',
  'timeline.legend.restart': 'restart',
  'timeline.legend.election': 'election',
  'timeline.legend.rebalance': 'rebalance',
  'timeline.legend.lesson': 'lesson step',
} as const

export const timelineEs: Record<keyof typeof timelineEn, string> = {
  'timeline.label': 'Línea de tiempo',
  'timeline.slider': 'Tiempo simulado de la ejecución',
  'timeline.sliderHelp':
    'Las flechas mueven 1 s (con Mayús: 10 s), Re Pág y Av Pág 1 min, Inicio y Fin al principio y al final.',
  'timeline.previous': 'Volver a la marca anterior',
  'timeline.previousAt': 'Volver a la marca anterior: {what}, {time}',
  'timeline.next': 'Ir a la marca siguiente',
  'timeline.nextAt': 'Ir a la marca siguiente: {what}, {time}',
  'timeline.present': 'Volver al presente',
  'timeline.presentHint':
    'Estás viendo el pasado. Si actúas ahora empieza un futuro nuevo; el anterior se guarda.',
  'timeline.restoreBranch': 'Recuperar el otro futuro',
  'timeline.restoreBranchHint':
    'Cambiaste el pasado en {time}. El futuro que reemplazaste se guarda: puedes volver a él.',
  'timeline.end': 'fin {time}',
  'timeline.marker.kill': 'Broker {id} detenido',
  'timeline.marker.restart': 'Broker {id} reiniciado',
  'timeline.marker.election': 'Nuevo líder de {partition}: broker {leader}',
  'timeline.marker.electionNone': 'Sin líder para {partition}',
  'timeline.marker.rebalance': 'El grupo {group} se rebalancea',
  'timeline.marker.lesson': 'Paso {step} de la lección',
  'timeline.marker.more': '{what} (y {n} más)',
  'timeline.legend.kill': 'detención',
  'timeline.legend.restart': 'reinicio',
  'timeline.legend.election': 'elección',
  'timeline.legend.rebalance': 'rebalanceo',
  'timeline.legend.lesson': 'paso de lección',
}
