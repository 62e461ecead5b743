/** The screen's frame: the dock beside the stage, the phone menu, the stage's regions. */
export const layoutEn = {
  'dock.label': 'Tools',
  'dock.open': 'Show the tools panel',
  'dock.close': 'Hide the tools panel',
  'dock.produce': 'Produce by hand',
  'dock.cli': 'Command line',
  'dock.events': 'Event log',
  'menu.open': 'Menu',
  'menu.label': 'Menu',
  'stage.label': 'The cluster at work',
  'stage.add': 'Add',
  'group.more': 'Offsets and settings',
}

export const layoutEs: Record<keyof typeof layoutEn, string> = {
  'dock.label': 'Herramientas',
  'dock.open': 'Mostrar el panel de herramientas',
  'dock.close': 'Ocultar el panel de herramientas',
  'dock.produce': 'Producir a mano',
  'dock.cli': 'Línea de comandos',
  'dock.events': 'Registro de eventos',
  'menu.open': 'Menú',
  'menu.label': 'Menú',
  'stage.label': 'El clúster en marcha',
  'stage.add': 'Añadir',
  'group.more': 'Offsets y ajustes',
}
