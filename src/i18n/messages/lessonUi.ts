/** The lessons menu, the lesson panel and the command-line mirror (the lessons' own text is in lessons.ts). */
export const lessonUiEn = {
  'lessonUi.open': 'Lessons',
  'lessonUi.menu.title': 'Lessons',
  'lessonUi.menu.intro':
    'Short guided lessons that follow the course notes, in order. Starting one replaces the current scene.',
  'lessonUi.menu.progress': '{done} of {total} completed',
  'lessonUi.menu.steps': '{n} steps',
  'lessonUi.menu.completed': 'Completed',
  'lessonUi.menu.current': 'In progress',
  'lessonUi.menu.close': 'Close',
  'lessonUi.region': 'Lesson',
  'lessonUi.kicker': 'Lesson {n}',
  'lessonUi.stepOf': 'Step {n} of {total}',
  'lessonUi.task': 'Your turn',
  'lessonUi.done': 'Done! Go on with Next.',
  'lessonUi.complete': 'Lesson complete',
  'lessonUi.completeText': 'You finished “{title}”.',
  'lessonUi.backToList': 'Back to the lessons',
  'lessonUi.hint': 'Hint',
  'lessonUi.anotherHint': 'Another hint',
  'lessonUi.hints': 'Hints',
  'lessonUi.showMe': 'Show me',
  'lessonUi.showingMe': 'Showing you…',
  'lessonUi.previous': 'Previous',
  'lessonUi.next': 'Next',
  'lessonUi.nextLocked': 'Next unlocks when the goal is reached.',
  'lessonUi.exit': 'Exit lesson',
  'lessonUi.restartStep': 'Restart this step',
  'lessonUi.restartStepHint':
    'Puts the cluster, the clock and the forms back as they were when this step began.',
  'lessonUi.blocked': 'Why it does not count yet',
  'lessonUi.resumed':
    'Your lesson is back where you left it: lesson {n}, step {step} of {total}. The scene is paused; press Play to go on.',
  'lessonUi.fold': 'Hide the step',
  'lessonUi.unfold': 'Show the step',
  'lessonUi.predict.title': 'Predict first',
  'lessonUi.predict.check': 'Check',
  'lessonUi.predict.right': 'Right!',
  'lessonUi.predict.wrong': 'Not quite.',
  'lessonUi.predict.correct': 'right answer',
  'lessonUi.predict.yours': 'your answer',
  'lessonUi.predict.watch': 'Now watch it happen.',
  'cli.title': 'Command line',
  'cli.intro': 'The same actions on a real cluster, bootstrap server localhost:9092.',
  'cli.step': 'This step',
  'cli.recent': 'Your last commands',
  'cli.empty': 'Create a topic, produce or add a consumer: the matching kafka-*.sh commands appear here.',
  'cli.copy': 'Copy',
  'cli.copyWhat': 'Copy: {what}',
  'cli.copied': 'Copied to the clipboard.',
  'cli.copyFailed': 'Selected: press Ctrl+C to copy.',
  'cli.phrase.pidOfBroker': '<pid of broker {broker}>',
  'cli.phrase.pidOfConsumer': '<pid of consumer {member}>',
  'cli.phrase.stallBroker':
    '# broker {broker} keeps heartbeating but stops fetching (a slow disk, a long GC pause): no command does this',
  'cli.phrase.unstallBroker': '# broker {broker} fetches again: no command does this either',
  'cli.phrase.joinedLines':
    '# the console producer sends one record per line: the line breaks in this value were joined',
  'cli.phrase.explicitPartition':
    '# the console producer cannot choose a partition; in code: new ProducerRecord<>("{topic}", {partition}, key, value)',
  'cli.phrase.avro':
    '# Avro values need a schema-aware producer (kafka-avro-console-producer and a Schema Registry)',
  'cli.phrase.viaProducer': '# sent through producer {producer}, by its application: producer.send(record)',
  'cli.phrase.producerKeys':
    '# the perf test sends records without keys; keyed records ({keys}) come from an application',
  'cli.phrase.removeProducer':
    '# stop producer {producer} (Ctrl+C in its terminal): producers are clients, no admin command removes one',
  'cli.phrase.producerRate':
    '# producer {producer} now sends {rate} records/s: its own setting (the perf test’s --throughput), not the cluster’s',
  'cli.phrase.quietOneDay': '# a day passes with the producers quiet: nothing to run, time just goes by',
  'cli.phrase.quietDays': '# {days} days pass with the producers quiet: nothing to run, time just goes by',
  'cli.phrase.quietMs': '# {ms} ms pass with the producers quiet: nothing to run, time just goes by',
  'cli.phrase.commitAuto':
    '# group {group} commits automatically every auto.commit.interval.ms (5 s): enable.auto.commit=true',
  'cli.phrase.commitAfter':
    '# group {group} commits after processing each record: enable.auto.commit=false, commitSync() after the work (at least once)',
  'cli.phrase.commitBefore':
    '# group {group} commits before processing each record: enable.auto.commit=false, commitSync() before the work (at most once)',
  'cli.phrase.removeConsumer':
    '# stop consumer {member} (Ctrl+C in its terminal): it leaves its group, which rebalances',
  'cli.phrase.crashConsumer':
    '# no goodbye: its group notices only after session.timeout.ms, then rebalances',
  'cli.phrase.consumerRate':
    '# consumer {member} now processes {rate} records/s: the application’s own speed, not a Kafka setting',
  'cli.phrase.setAssignor': '# a client setting: restart every member of group {group} with it',
} as const

export const lessonUiEs: Record<keyof typeof lessonUiEn, string> = {
  'lessonUi.open': 'Lecciones',
  'lessonUi.menu.title': 'Lecciones',
  'lessonUi.menu.intro':
    'Lecciones guiadas y breves que siguen los apuntes del curso, en orden. Empezar una reemplaza la escena actual.',
  'lessonUi.menu.progress': '{done} de {total} completadas',
  'lessonUi.menu.steps': '{n} pasos',
  'lessonUi.menu.completed': 'Completada',
  'lessonUi.menu.current': 'En curso',
  'lessonUi.menu.close': 'Cerrar',
  'lessonUi.region': 'Lección',
  'lessonUi.kicker': 'Lección {n}',
  'lessonUi.stepOf': 'Paso {n} de {total}',
  'lessonUi.task': 'Tu turno',
  'lessonUi.done': '¡Hecho! Sigue con «Siguiente».',
  'lessonUi.complete': 'Lección completada',
  'lessonUi.completeText': 'Terminaste «{title}».',
  'lessonUi.backToList': 'Volver a las lecciones',
  'lessonUi.hint': 'Pista',
  'lessonUi.anotherHint': 'Otra pista',
  'lessonUi.hints': 'Pistas',
  'lessonUi.showMe': 'Muéstramelo',
  'lessonUi.showingMe': 'Mostrándotelo…',
  'lessonUi.previous': 'Anterior',
  'lessonUi.next': 'Siguiente',
  'lessonUi.nextLocked': '«Siguiente» se activa al cumplir el objetivo.',
  'lessonUi.exit': 'Salir de la lección',
  'lessonUi.restartStep': 'Reiniciar este paso',
  'lessonUi.restartStepHint':
    'Deja el clúster, el reloj y los formularios como estaban al empezar este paso.',
  'lessonUi.blocked': 'Por qué todavía no cuenta',
  'lessonUi.resumed':
    'Tu lección vuelve donde la dejaste: lección {n}, paso {step} de {total}. La escena está en pausa; pulsa Reproducir para seguir.',
  'lessonUi.fold': 'Ocultar el paso',
  'lessonUi.unfold': 'Mostrar el paso',
  'lessonUi.predict.title': 'Primero, predice',
  'lessonUi.predict.check': 'Comprobar',
  'lessonUi.predict.right': '¡Correcto!',
  'lessonUi.predict.wrong': 'No exactamente.',
  'lessonUi.predict.correct': 'respuesta correcta',
  'lessonUi.predict.yours': 'tu respuesta',
  'lessonUi.predict.watch': 'Ahora mira cómo ocurre.',
  'cli.title': 'Línea de comandos',
  'cli.intro': 'Las mismas acciones en un clúster real, con el servidor de arranque localhost:9092.',
  'cli.step': 'Este paso',
  'cli.recent': 'Tus últimos comandos',
  'cli.empty':
    'Crea un tema (topic), produce o añade un consumidor: aquí aparecen los comandos kafka-*.sh equivalentes.',
  'cli.copy': 'Copiar',
  'cli.copyWhat': 'Copiar: {what}',
  'cli.copied': 'Copiado al portapapeles.',
  'cli.copyFailed': 'Seleccionado: pulsa Ctrl+C para copiar.',
  'cli.phrase.pidOfBroker': '<pid del broker {broker}>',
  'cli.phrase.pidOfConsumer': '<pid del consumidor {member}>',
  'cli.phrase.stallBroker':
    '# el broker {broker} sigue enviando latidos pero deja de replicar (un disco lento, una pausa larga de GC): ningún comando hace esto',
  'cli.phrase.unstallBroker': '# el broker {broker} vuelve a replicar: tampoco hay comando para esto',
  'cli.phrase.joinedLines':
    '# el productor de consola envía un mensaje por línea: se unieron los saltos de línea de este valor',
  'cli.phrase.explicitPartition':
    '# el productor de consola no puede elegir la partición; en código: new ProducerRecord<>("{topic}", {partition}, key, value)',
  'cli.phrase.avro':
    '# los valores Avro necesitan un productor que conozca el esquema (kafka-avro-console-producer y un Schema Registry)',
  'cli.phrase.viaProducer':
    '# enviado por el productor {producer}, desde su aplicación: producer.send(record)',
  'cli.phrase.producerKeys':
    '# la prueba de rendimiento envía mensajes sin llave; los mensajes con llave ({keys}) salen de una aplicación',
  'cli.phrase.removeProducer':
    '# detén el productor {producer} (Ctrl+C en su terminal): los productores son clientes y ningún comando de administración los elimina',
  'cli.phrase.producerRate':
    '# el productor {producer} envía ahora {rate} mensajes/s: es un ajuste suyo (el --throughput de la prueba de rendimiento), no del clúster',
  'cli.phrase.quietOneDay':
    '# pasa un día con los productores en silencio: no hay nada que ejecutar, solo pasa el tiempo',
  'cli.phrase.quietDays':
    '# pasan {days} días con los productores en silencio: no hay nada que ejecutar, solo pasa el tiempo',
  'cli.phrase.quietMs':
    '# pasan {ms} ms con los productores en silencio: no hay nada que ejecutar, solo pasa el tiempo',
  'cli.phrase.commitAuto':
    '# el grupo {group} confirma sus offsets automáticamente cada auto.commit.interval.ms (5 s): enable.auto.commit=true',
  'cli.phrase.commitAfter':
    '# el grupo {group} confirma después de procesar cada mensaje: enable.auto.commit=false y commitSync() tras el trabajo (al menos una vez)',
  'cli.phrase.commitBefore':
    '# el grupo {group} confirma antes de procesar cada mensaje: enable.auto.commit=false y commitSync() antes del trabajo (como mucho una vez)',
  'cli.phrase.removeConsumer':
    '# detén el consumidor {member} (Ctrl+C en su terminal): sale de su grupo, que se reequilibra',
  'cli.phrase.crashConsumer':
    '# sin despedida: su grupo solo se entera tras session.timeout.ms, y entonces se reequilibra',
  'cli.phrase.consumerRate':
    '# el consumidor {member} procesa ahora {rate} mensajes/s: es la velocidad de la propia aplicación, no un ajuste de Kafka',
  'cli.phrase.setAssignor': '# es un ajuste del cliente: reinicia cada miembro del grupo {group} con él',
}
