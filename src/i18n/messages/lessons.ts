/** Lesson text. Each lesson's keys start with lesson.<id>. */
export const lessonsEn = {
  'lesson.topics.title': 'Topics: named streams of data',
  'lesson.topics.summary': 'A topic is a named stream: any format, no queries, as many topics as you like.',
  'lesson.topics.s1':
    'A topic is a particular stream of data inside the Kafka cluster: purchases, logs, clicks… Here, the topic purchases is being written to. It is like a table without constraints: Kafka stores whatever is sent, without checking it.',
  'lesson.topics.s2':
    'A topic is known by its name. The broker never looks inside a record: JSON, Avro or plain text are all just bytes to Kafka. Producers P1 and P2 send different formats to the same topic.',
  'lesson.topics.s3': 'You can have as many topics as you want. Try it: create a second topic.',
  'lesson.topics.s3.task': 'Create a topic with any legal name.',
  'lesson.topics.s3.hint1': 'Use “New topic” above the brokers (or press T).',
  'lesson.topics.s3.hint2': 'Names may use letters, digits, dots, dashes and underscores, up to 249 characters.',
  'lesson.topics.s4':
    'There is no query language: you cannot SELECT from a topic. Data goes in with producers and comes out with consumers. Send a record by hand, in any format.',
  'lesson.topics.s4.task': 'Produce one record by hand with the “Produce by hand” form.',
  'lesson.topics.s4.hint1': 'The form is under the producers, on the left. Any value works: the broker stores bytes.',
} as const

export const lessonsEs: Record<keyof typeof lessonsEn, string> = {
  'lesson.topics.title': 'Topics: flujos de datos con nombre',
  'lesson.topics.summary': 'Un topic es un flujo con nombre: cualquier formato, sin consultas, tantos topics como quieras.',
  'lesson.topics.s1':
    'Un topic (tema) es un flujo particular de datos dentro del clúster de Kafka: purchases, logs, clics… Aquí se está escribiendo en el topic purchases. Es como una tabla sin restricciones: Kafka guarda lo que se envía, sin verificarlo.',
  'lesson.topics.s2':
    'Un topic se identifica por su nombre. El broker nunca mira dentro de un registro: JSON, Avro o texto plano son solo bytes para Kafka. Los productores P1 y P2 envían formatos distintos al mismo topic.',
  'lesson.topics.s3': 'Puedes tener tantos topics como quieras. Pruébalo: crea un segundo topic.',
  'lesson.topics.s3.task': 'Crea un topic con cualquier nombre válido.',
  'lesson.topics.s3.hint1': 'Usa «Nuevo topic» encima de los brokers (o pulsa T).',
  'lesson.topics.s3.hint2': 'Los nombres admiten letras, dígitos, puntos, guiones y guiones bajos, hasta 249 caracteres.',
  'lesson.topics.s4':
    'No hay lenguaje de consultas: no puedes hacer un SELECT sobre un topic. Los datos entran con productores y salen con consumidores. Envía un registro a mano, en el formato que quieras.',
  'lesson.topics.s4.task': 'Produce un registro a mano con el formulario «Producir a mano».',
  'lesson.topics.s4.hint1': 'El formulario está debajo de los productores, a la izquierda. Sirve cualquier valor: el broker guarda bytes.',
}
