import { forgettingLessonEs } from './lessonForgetting'
import type { lessonsEn } from './lessons'

/** Lesson text in Spanish, in the course notes' words. */
export const lessonsEs: Record<keyof typeof lessonsEn, string> = {
  // 1. Topics
  'lesson.topics.s1':
    'Un tema (o topic) es un flujo particular de datos dentro del clúster de Kafka, y se identifica por su nombre: purchases, logs, clicks… Las filas marcadas purchases en los brokers guardan este tema, y los mensajes que llegan a ellas son su flujo de datos (data stream). Se parece a una tabla de base de datos, pero sin restricciones: Kafka guarda lo que se le envíe, sin verificarlo.',
  'lesson.topics.s2':
    'Kafka nunca mira dentro de un mensaje: JSON, Avro o texto plano son solo bytes para él. P1 envía JSON y P2 texto plano, los dos a purchases. Haz clic en un mensaje de un log para abrirlo en el inspector y ver su formato.',
  'lesson.topics.s2.q':
    'Envías el texto hola, mundo a purchases marcado como JSON, aunque no es JSON válido. ¿Qué hace el broker?',
  'lesson.topics.s2.q.a': 'Lo rechaza: el valor no es JSON válido.',
  'lesson.topics.s2.q.b': 'Lo guarda tal cual: para Kafka un valor son solo bytes.',
  'lesson.topics.s2.q.c': 'Primero convierte el valor en JSON válido.',
  'lesson.topics.s2.q.why':
    'Un tema no tiene esquema ni restricciones, así que el broker guarda los bytes que reciba, sean los que sean. Comprobar el formato es cosa de productores y consumidores (o de un registro de esquemas, fuera del broker).',
  'lesson.topics.s2.task': 'Envía a mano dos mensajes a purchases, cada uno en un formato distinto.',
  'lesson.topics.s2.hint1':
    'El formulario «Producir a mano» está debajo de los productores. Elige JSON, Avro o Texto en su campo Formato.',
  'lesson.topics.s2.hint2':
    'Sirve cualquier valor, incluso un texto que no sea JSON válido: el broker guarda bytes.',
  'lesson.topics.s3':
    'Puedes tener tantos temas como quieras, y a cada uno se le encuentra por su nombre. Crea un segundo tema junto a purchases con «Nuevo tema», encima de los brokers.',
  'lesson.topics.s3.q': 'Intentas crear otro tema llamado purchases. ¿Qué pasa?',
  'lesson.topics.s3.q.a': 'Kafka lo crea: dos temas pueden llamarse igual.',
  'lesson.topics.s3.q.b': 'Kafka lo rechaza: el nombre identifica al tema, así que tiene que ser único.',
  'lesson.topics.s3.q.c': 'Kafka fusiona los dos en un solo tema.',
  'lesson.topics.s3.q.why':
    "Kafka responde: Topic 'purchases' already exists. Productores y consumidores encuentran un tema solo por su nombre, así que dos temas no pueden compartirlo.",
  'lesson.topics.s3.task': 'Crea un tema con cualquier nombre válido.',
  'lesson.topics.s3.hint1': 'Usa «Nuevo tema», encima de los brokers (o pulsa T).',
  'lesson.topics.s3.hint2':
    'Los nombres admiten letras, dígitos, puntos, guiones y guiones bajos, hasta 249 caracteres.',
  'lesson.topics.s4':
    'No hay lenguaje de consultas: no se puede hacer un SELECT sobre un tema. Los datos entran con productores y salen con consumidores, que leen el flujo en orden. Añade un consumidor a purchases y mira cómo lee.',
  'lesson.topics.s4.task': 'Añade un consumidor que lea purchases.',
  'lesson.topics.s4.hint1':
    '«Añadir consumidor» está en el panel de consumidores. Sirve cualquier nombre de grupo.',
  'lesson.topics.s4.hint2':
    'Elige earliest para leer también los mensajes ya guardados; latest (el valor por defecto) solo lee los nuevos.',

  // 2. Particiones y offsets
  'lesson.partitions-offsets.s1':
    'Un tema se divide en particiones: purchases tiene tres, purchases-0, purchases-1 y purchases-2. Cada partición es un log independiente, y cada fila de un broker es una copia de ella. Ya hay unas cuantas compras escritas y nadie más escribe, así que puedes contarlas.',
  'lesson.partitions-offsets.s2':
    'Dentro de una partición, cada mensaje recibe un id llamado offset: 0 para el primero y luego 1, 2, 3…, de uno en uno. La casilla vacía al final de cada log muestra el offset que recibirá el siguiente mensaje. purchases-1 tiene dos mensajes, en los offsets 0 y 1.',
  'lesson.partitions-offsets.s2.q': 'Envías un mensaje más a purchases-1. ¿Qué offset recibe?',
  'lesson.partitions-offsets.s2.q.a': '2: el siguiente número de esa partición.',
  'lesson.partitions-offsets.s2.q.b': '9: el tema ya tiene 9 mensajes.',
  'lesson.partitions-offsets.s2.q.c': 'Un id único al azar.',
  'lesson.partitions-offsets.s2.q.why':
    'Cada partición lleva su propia cuenta: sus offsets empiezan en 0 y crecen de uno en uno. Las demás particiones no cuentan, así que purchases-1 da al siguiente mensaje el offset 2.',
  'lesson.partitions-offsets.s2.task': 'Envía a mano un mensaje a la partición 1 de purchases.',
  'lesson.partitions-offsets.s2.hint1':
    'En «Producir a mano», cambia Partición a «Partición 1» en lugar de «Que decida el productor».',
  'lesson.partitions-offsets.s2.hint2':
    'Fíjate en la casilla vacía al final de purchases-1: ese es el offset que recibirá tu mensaje.',
  'lesson.partitions-offsets.s3':
    'Un offset solo tiene significado dentro de su partición: el offset 3 de purchases-0 y el offset 3 de purchases-1 son mensajes distintos. Para nombrar un mensaje hacen falta las tres cosas: tema, partición y offset.',
  'lesson.partitions-offsets.s3.task':
    'Haz que exista el offset 3 tanto en purchases-0 como en purchases-1, y luego haz clic en cada uno para compararlos.',
  'lesson.partitions-offsets.s3.hint1':
    'Envía mensajes a mano, eligiendo la partición, hasta que los dos logs lleguen al offset 3.',
  'lesson.partitions-offsets.s3.hint2':
    'Al hacer clic en un mensaje se abre en el inspector: mismo offset, otra partición, otro mensaje.',
  'lesson.partitions-offsets.s4':
    'El orden solo está garantizado dentro de una partición: purchases-2 siempre se lee desde su offset más bajo hacia arriba, en el mismo orden. Entre particiones no hay orden ninguno: mira los números de pedido, que ahora aparecen en las celdas bajo cada offset: 1, 4, 7 en purchases-0 y 2, 5 en purchases-1.',
  'lesson.partitions-offsets.s4.q':
    'Envías A a la partición 2 y luego B a la partición 0. Un consumidor lee todo el tema. ¿Cuál lee primero?',
  'lesson.partitions-offsets.s4.q.a': 'A, porque se envió primero.',
  'lesson.partitions-offsets.s4.q.b': 'B, porque la partición 0 va primero.',
  'lesson.partitions-offsets.s4.q.c':
    'Cualquiera de los dos: Kafka solo mantiene el orden dentro de una partición.',
  'lesson.partitions-offsets.s4.q.why':
    'Los consumidores leen cada partición por separado, así que los mensajes de particiones distintas pueden llegar en cualquier orden. Los mensajes que deben conservar su orden tienen que ir a la misma partición; la lección sobre llaves muestra cómo.',
  'lesson.partitions-offsets.s4.task':
    'Envía tres mensajes seguidos a la partición 2, por ejemplo primero, segundo y tercero.',
  'lesson.partitions-offsets.s4.hint1': 'Elige «Partición 2» en el formulario y envía tres veces.',
  'lesson.partitions-offsets.s4.hint2':
    'Sus offsets crecen en el orden en que los enviaste: ese es el orden que verá cualquier consumidor de purchases-2.',
  'lesson.partitions-offsets.s5':
    'Un tema puede tener tantas particiones como quieras: una, tres, cien. Con más particiones, más brokers y más consumidores se reparten el trabajo. Crea un tema con 6 particiones: cada partición nueva empieza a contar en el offset 0.',
  'lesson.partitions-offsets.s5.task': 'Crea un tema con 6 particiones o más.',
  'lesson.partitions-offsets.s5.hint1': 'Usa «Nuevo tema», encima de los brokers, y pon 6 en Particiones.',
  'lesson.partitions-offsets.s5.hint2':
    'El número puede crecer más adelante pero nunca disminuir, así que en un clúster real se planifica de antemano.',

  // 3. Inmutabilidad y retención
  'lesson.immutability-retention.s1':
    'Los temas son inmutables: una vez que un mensaje se escribe en una partición, no se puede cambiar ni eliminar. Haz clic en cualquier mensaje: el inspector no tiene botón de editar ni de borrar, y explica por qué.',
  'lesson.immutability-retention.s1.q':
    'Un mensaje en el offset 5 de purchases-0 tiene un importe equivocado. ¿Cómo lo corriges en Kafka?',
  'lesson.immutability-retention.s1.q.a': 'Editando el mensaje del offset 5.',
  'lesson.immutability-retention.s1.q.b': 'Borrando el offset 5 y escribiendo ahí el mensaje correcto.',
  'lesson.immutability-retention.s1.q.c':
    'Enviando un mensaje nuevo y corregido: recibe un offset nuevo al final.',
  'lesson.immutability-retention.s1.q.why':
    'Una partición es un log al que solo se añade: no se puede actualizar ni borrar un mensaje suelto. Una corrección es simplemente un mensaje más nuevo, normalmente con la misma llave, añadido en el siguiente offset; quien lee ve los dos, en orden, y se queda con el último.',
  'lesson.immutability-retention.s1.task':
    'Envía a mano una corrección: un mensaje con la llave customer-1 y un valor nuevo.',
  'lesson.immutability-retention.s1.hint1': 'Usa «Producir a mano» y escribe customer-1 como llave.',
  'lesson.immutability-retention.s1.hint2':
    'Fíjate dónde cae: al final de su partición, con un offset nuevo. El mensaje viejo sigue donde estaba.',
  'lesson.immutability-retention.s2':
    'Los mensajes tampoco se quedan para siempre. Kafka los conserva durante retention.ms, 7 días por defecto (míralo en la cabecera del tema), y luego los elimina segmento a segmento: el log de una partición se guarda como una serie de ficheros llamados segmentos. Aquí los segmentos son diminutos, 1 KB en lugar del 1 GiB de Kafka, para que puedas verlos.',
  'lesson.immutability-retention.s2.q':
    'Ha pasado una semana. ¿Qué les pasa a los mensajes más antiguos de purchases?',
  'lesson.immutability-retention.s2.q.a': 'Nada: Kafka lo guarda todo hasta que alguien lo borre.',
  'lesson.immutability-retention.s2.q.b':
    'Se eliminan sus segmentos enteros, empezando por los más antiguos.',
  'lesson.immutability-retention.s2.q.c': 'Se eliminan, y los mensajes que quedan bajan al offset 0.',
  'lesson.immutability-retention.s2.q.why':
    'La retención elimina segmentos enteros, los más antiguos primero, cuando su mensaje más reciente supera la edad de retention.ms. Los mensajes que quedan conservan sus offsets: no se renumera nada.',
  'lesson.immutability-retention.s3':
    'Deja pasar una semana: los productores no envían mientras el reloj salta y luego vuelven a escribir. Mira el principio de cada log: los segmentos viejos desaparecen y el offset inicial del log sube. Aquí la retención se comprueba cada 10 segundos (en Kafka, cada 5 minutos).',
  'lesson.immutability-retention.s3.q':
    'Se eliminaron los segmentos más antiguos de una partición. ¿Qué offset recibe el siguiente mensaje nuevo?',
  'lesson.immutability-retention.s3.q.a': '0: los offsets liberados se vuelven a usar.',
  'lesson.immutability-retention.s3.q.b': 'El que sigue al último mensaje que se escribió.',
  'lesson.immutability-retention.s3.q.c': 'El primer offset que se eliminó.',
  'lesson.immutability-retention.s3.q.why':
    'Los offsets nunca se reutilizan, aunque sus mensajes se hayan eliminado o ya se hayan leído. El offset inicial del log sube y el offset final sigue contando desde donde iba.',
  'lesson.immutability-retention.s3.task':
    'Deja pasar una semana y mira cómo llegan mensajes nuevos después del borrado.',
  'lesson.immutability-retention.s3.hint1': 'Pulsa «Dejar pasar una semana» en los controles (o la tecla W).',
  'lesson.immutability-retention.s3.hint2':
    'Si no se eliminó nada, los mensajes eran demasiado recientes: deja pasar otra semana.',
  'lesson.immutability-retention.s4':
    'Leer tampoco borra nada: los mensajes se quedan hasta que la retención los elimina, por muchos consumidores que los lean. Añade un grupo de consumidores que empiece en earliest: arranca en el offset inicial del log, no en 0, porque los offsets anteriores ya no existen.',
  'lesson.immutability-retention.s4.task':
    'Añade un consumidor que empiece en earliest y mira dónde comienza.',
  'lesson.immutability-retention.s4.hint1':
    '«Añadir consumidor» está en el panel de consumidores: ponle un nombre de grupo nuevo y elige earliest.',
  'lesson.immutability-retention.s4.hint2':
    'Su primer mensaje en cada partición es el primero que queda en ese log.',

  // 4. Llaves
  'lesson.keys.s1':
    'P2 envía mensajes sin llave. Sin llave, el productor elige una partición al azar y se queda en ella: llena allí un lote (512 bytes en P2, 16 KB por defecto) y luego salta a otra partición al azar. La tarjeta de P2 muestra en qué partición está ahora.',
  'lesson.keys.s1.q':
    'P2 acaba de enviar un mensaje sin llave a la partición 0. ¿Adónde irá con más probabilidad el siguiente?',
  'lesson.keys.s1.q.a': 'A la partición 1: los mensajes sin llave van por turnos, una partición tras otra.',
  'lesson.keys.s1.q.b': 'Otra vez a la partición 0: el productor se queda ahí hasta llenar su lote.',
  'lesson.keys.s1.q.c': 'A la partición con menos mensajes.',
  'lesson.keys.s1.q.why':
    'Desde Kafka 3.3 se usa por defecto el particionador sticky uniforme: los mensajes sin llave van a una partición hasta que se han enviado allí unos batch.size bytes, y entonces el productor salta a otra partición al azar. El reparto uno a uno (round robin) es lo que hacía Kafka antes de la versión 2.4.',
  'lesson.keys.s1.task':
    'Envía a mano tres mensajes sin llave, dejando que elija el productor, y mira dónde caen.',
  'lesson.keys.s1.hint1':
    'En «Producir a mano», elige «Sin llave (null)» y deja Partición en «Que decida el productor».',
  'lesson.keys.s1.hint2':
    'El batch.size del productor manual es de 16 KB, así que tres mensajes pequeños se quedan todos en la misma partición.',
  'lesson.keys.s2':
    'P1 envía cada mensaje con una llave: el id del cliente. La llave lo cambia todo: todos los mensajes con la misma llave van a la misma partición, así que las compras de cada cliente se mantienen en orden.',
  'lesson.keys.s2.q':
    'P1 envió un mensaje con la llave customer-7 a purchases-1. ¿Adónde irá el siguiente mensaje de customer-7?',
  'lesson.keys.s2.q.a': 'A purchases-1, como todos los de customer-7.',
  'lesson.keys.s2.q.b': 'A otra partición, para repartir la carga.',
  'lesson.keys.s2.q.c': 'A cualquiera: lo decide el broker.',
  'lesson.keys.s2.q.why':
    'El productor calcula la partición solo a partir de la llave, así que la misma llave siempre da la misma partición mientras el tema mantenga el mismo número de particiones.',
  'lesson.keys.s2.task':
    'Envía a mano dos mensajes con la misma llave y comprueba que caen en la misma partición.',
  'lesson.keys.s2.hint1':
    'Escribe una llave, por ejemplo customer-7, y envía dos veces con valores distintos.',
  'lesson.keys.s2.hint2':
    'Deja Partición en «Que decida el productor»: el formulario te dice qué partición da la llave.',
  'lesson.keys.s3':
    '¿Y cómo elige el productor? Calcula el hash murmur2 de los bytes de la llave, lo vuelve positivo borrando el bit de signo (n & 0x7fffffff, no Math.abs) y se queda con el resto de dividir entre el número de particiones: toPositive(murmur2(llave)) % particiones. Por eso añadir particiones a un tema mueve las llaves: cambia el resto.',
  'lesson.keys.s3.q':
    'El murmur2 de customer-9 es -1785535413, y toPositive lo convierte en 361948235. Con 3 particiones, ¿adónde va customer-9?',
  'lesson.keys.s3.q.p0': 'Partición 0',
  'lesson.keys.s3.q.p1': 'Partición 1',
  'lesson.keys.s3.q.p2': 'Partición 2',
  'lesson.keys.s3.q.why':
    '361948235 = 3 × 120649411 + 2, así que el resto es 2: partición 2. Con Math.abs saldría 1785535413, cuyo resto es 0, otra partición: por eso Kafka borra el bit de signo en su lugar.',
  'lesson.keys.s3.task':
    'Crea un tema (topic) con 4 particiones y envíale una llave que purchases ya tenga (sirve customer-7, del paso anterior): encuentra una llave que caiga en un número de partición distinto.',
  'lesson.keys.s3.hint1': 'customer-7 va a la partición 1 con 3 particiones, y a la 3 con 4.',
  'lesson.keys.s3.hint2': 'Crea el tema con «Nuevo tema» y luego elígelo en el formulario «Producir a mano».',

  // 5. Productores y caídas de brokers
  'lesson.producers-failover.s1':
    'Los productores escriben mensajes en los temas, y es el productor, no Kafka, quien decide la partición de cada mensaje: por su llave, por su elección sticky o porque tú se la indicas. Después lo envía directamente al líder de esa partición; las tarjetas de P1 y P2 muestran los líderes que conocen.',
  'lesson.producers-failover.s1.q': '¿Quién decide en qué partición se escribe un mensaje?',
  'lesson.producers-failover.s1.q.a': 'El broker que lo recibe.',
  'lesson.producers-failover.s1.q.b': 'El controlador del clúster.',
  'lesson.producers-failover.s1.q.c': 'El productor, antes de enviarlo.',
  'lesson.producers-failover.s1.q.why':
    'El productor elige la partición (la que le indiques; si no, el hash de la llave; y si no, su elección sticky) y busca el líder de esa partición en sus metadatos. El broker solo añade lo que recibe.',
  'lesson.producers-failover.s1.task':
    'Decide tú por el productor: envía a mano un mensaje directamente a la partición 2.',
  'lesson.producers-failover.s1.hint1': 'En «Producir a mano», pon Partición en «Partición 2».',
  'lesson.producers-failover.s1.hint2':
    'Una partición indicada gana a la llave y a la elección sticky: prueba con la llave customer-1, que si no iría a la partición 0.',
  'lesson.producers-failover.s2':
    'Cada partición tiene su propio líder, y los líderes están repartidos entre los brokers: el broker 1 lidera purchases-0, el 2 purchases-1 y el 3 purchases-2. Así, las escrituras en un mismo tema también se reparten: gracias a las particiones, la carga se balancea entre muchos brokers.',
  'lesson.producers-failover.s2.q':
    'Se crea un tema de 6 particiones en estos 3 brokers. ¿Cuántas particiones lidera cada broker?',
  'lesson.producers-failover.s2.q.a': 'Las 6 el broker 1, el primero.',
  'lesson.producers-failover.s2.q.b': '2 cada uno.',
  'lesson.producers-failover.s2.q.c': 'Depende de qué productor se conecte primero.',
  'lesson.producers-failover.s2.q.why':
    'Kafka coloca las réplicas por turnos, desplazando el punto de partida, y la primera réplica de cada partición es su líder preferido. 6 particiones en 3 brokers dan 2 líderes a cada uno, así que los productores que escriben en el tema hablan con los tres brokers.',
  'lesson.producers-failover.s2.task': 'Crea un tema con 6 particiones y cuenta cuántas lidera cada broker.',
  'lesson.producers-failover.s2.hint1':
    'Usa «Nuevo tema», encima de los brokers: 6 particiones, factor de replicación 2 o 3.',
  'lesson.producers-failover.s2.hint2': 'La tarjeta de cada broker dice cuántas particiones lidera.',
  'lesson.producers-failover.s3':
    'Ahora rompe algo. El broker 1 es el líder de purchases-0: detenlo y observa a P1. Sus mensajes para purchases-0 fallan y se reintentan; cuando el controlador aísla al broker 1 (hasta 9 s sin latidos) elige un líder nuevo, y P1 actualiza sus metadatos y escribe allí por sí solo.',
  'lesson.producers-failover.s3.q':
    'Detienes el broker 1 mientras P1 escribe en purchases-0. ¿Qué pasa con esos mensajes?',
  'lesson.producers-failover.s3.q.a': 'Se pierden con el broker 1.',
  'lesson.producers-failover.s3.q.b': 'P1 espera a que vuelva el broker 1.',
  'lesson.producers-failover.s3.q.c': 'P1 reintenta, encuentra el nuevo líder y escribe allí.',
  'lesson.producers-failover.s3.q.why':
    'El productor reintenta los lotes fallidos (con idempotencia, sin duplicados). Cuando el controlador elige un nuevo líder entre las réplicas sincronizadas, el productor lo descubre al actualizar sus metadatos y los lotes van allí. La aplicación no tiene que hacer nada.',
  'lesson.producers-failover.s3.task':
    'Detén el líder de purchases-0 y consigue que P1 siga escribiendo en esa partición.',
  'lesson.producers-failover.s3.hint1':
    'La réplica marcada como Líder en purchases-0 está en el broker 1: usa «Detener broker 1» en su tarjeta.',
  'lesson.producers-failover.s3.hint2':
    'Luego espera: el aislamiento tarda hasta 9 s. Acelera el reloj si quieres.',
  'lesson.producers-failover.s4':
    'Recupera el broker 1 con «Reiniciar broker 1». Vuelve como seguidor, copia lo que se perdió y se reincorpora a las réplicas sincronizadas (ISR). En menos de 5 minutos Kafka lo vuelve a hacer líder de purchases-0, porque es su líder preferido.',
  'lesson.producers-failover.s4.task': 'Reinicia el broker 1 y espera a que vuelva al ISR de purchases-0.',
  'lesson.producers-failover.s4.hint1':
    'El botón «Reiniciar broker 1» está en su tarjeta, donde estaba «Detener broker 1».',
  'lesson.producers-failover.s4.hint2':
    'Ponerse al día le lleva un par de lecturas: mira cómo su réplica de purchases-0 vuelve a ser seguidora en el ISR.',

  // 6. Consumidores
  'lesson.consumers.s1':
    'Muchos servicios pueden leer el mismo flujo de datos. Aquí un servicio de localización, uno de correo y uno de notificaciones push leen purchases. Cada uno es un grupo de consumidores con su propio group.id, y cada uno recibe todos los mensajes.',
  'lesson.consumers.s1.q':
    'email-service ya procesó el offset 10 de purchases-0. ¿Puede push-notifications leerlo todavía?',
  'lesson.consumers.s1.q.a': 'No: un mensaje consumido sale del tema.',
  'lesson.consumers.s1.q.b': 'Sí: cada grupo lee todos los mensajes, por su cuenta.',
  'lesson.consumers.s1.q.c': 'Solo después de que email-service confirme su offset.',
  'lesson.consumers.s1.q.why':
    'Leer nunca elimina un mensaje. Cada grupo guarda su propia posición en cada partición (sus offsets confirmados), así que los grupos no se molestan entre sí.',
  'lesson.consumers.s1.task':
    'Añade un cuarto servicio: un consumidor en un grupo nuevo, por ejemplo analytics, que lea purchases desde el offset más antiguo.',
  'lesson.consumers.s1.hint1':
    '«Añadir consumidor» está en el panel de consumidores; escribe un nombre de grupo nuevo.',
  'lesson.consumers.s1.hint2':
    'Elige earliest: con latest (el valor por defecto) un grupo nuevo empieza al final y solo ve mensajes nuevos.',
  'lesson.consumers.s2':
    'Cada grupo tiene su propia posición en cada partición: sus offsets confirmados y su retraso (lag), lo lejos que está del final. location-service procesa 3 mensajes por segundo y push-notifications menos de 1: el lento se queda atrás sin frenar a los demás.',
  'lesson.consumers.s2.q': 'push-notifications va muy atrasado. ¿Cómo afecta eso a location-service?',
  'lesson.consumers.s2.q.a': 'En nada: cada grupo lee a su ritmo.',
  'lesson.consumers.s2.q.b': 'Espera a que push-notifications se ponga al día.',
  'lesson.consumers.s2.q.c': 'Kafka borra lo que location-service ya leyó.',
  'lesson.consumers.s2.q.why':
    'Las posiciones son de cada grupo. Un grupo lento solo acumula retraso; los mensajes esperan en el log (hasta que la retención los elimine) y los demás grupos siguen leyendo.',
  'lesson.consumers.s3':
    'Dentro de un grupo, cada partición tiene un único dueño: así se reparte el trabajo. location-service tiene un solo miembro que lee las tres particiones. Dale un segundo miembro y mira cómo se reequilibra el grupo.',
  'lesson.consumers.s3.q':
    'Un segundo miembro entra en location-service. ¿Cómo se reparten las 3 particiones?',
  'lesson.consumers.s3.q.a': 'Los dos miembros leen las 3 particiones.',
  'lesson.consumers.s3.q.b': 'Un miembro recibe 2 particiones y el otro 1.',
  'lesson.consumers.s3.q.c': 'El nuevo espera a que se vaya el primero.',
  'lesson.consumers.s3.q.why':
    'Una partición tiene como mucho un dueño dentro de un grupo. Con el asignador range (el que Kafka usa en la práctica por defecto), 3 particiones entre 2 miembros dan al primero las particiones 0 y 1, y al segundo la 2.',
  'lesson.consumers.s3.task': 'Añade un segundo miembro a location-service.',
  'lesson.consumers.s3.hint1': 'Usa «Añadir miembro» en la tarjeta de location-service.',
  'lesson.consumers.s3.hint2':
    'El grupo se detiene para reequilibrarse y después cada partición muestra un solo dueño.',
  'lesson.consumers.s4':
    'Una partición nunca se divide entre dos miembros de un grupo, así que los miembros que exceden el número de particiones no tienen nada que hacer. Sigue añadiendo miembros a location-service hasta que tenga más miembros que particiones tiene purchases.',
  'lesson.consumers.s4.q':
    'location-service tiene 3 miembros para 3 particiones. Entra un cuarto. ¿Qué hace?',
  'lesson.consumers.s4.q.a': 'Se queda inactivo, sin partición, de reserva.',
  'lesson.consumers.s4.q.b': 'Comparte la partición 0 con otro miembro.',
  'lesson.consumers.s4.q.c': 'Kafka no le deja entrar.',
  'lesson.consumers.s4.q.why':
    'Con más miembros que particiones, los que sobran no reciben nada. Aun así sirven: si un miembro cae, uno de reserva se queda con sus particiones en el siguiente reequilibrio. Para leer más rápido hacen falta más particiones, no solo más consumidores.',
  'lesson.consumers.s4.task':
    'Forma un grupo con más miembros que particiones, para que un miembro quede inactivo.',
  'lesson.consumers.s4.hint1': 'purchases tiene 3 particiones, así que el grupo necesita 4 miembros.',
  'lesson.consumers.s4.hint2': 'Un miembro inactivo muestra «sin partición: inactivo».',

  // 7. Replicación y acks
  'lesson.replication-acks.s1':
    'purchases tiene factor de replicación 3: cada partición tiene 3 réplicas, una en cada broker. Una réplica es la líder y recibe todas las escrituras; las seguidoras le piden datos sin parar para copiar su log. Las réplicas que están al día forman el ISR, las réplicas sincronizadas.',
  'lesson.replication-acks.s1.q':
    'Cuando un mensaje de purchases está confirmado, ¿cuántas copias de él guarda el clúster?',
  'lesson.replication-acks.s1.q.a': '1, en el líder.',
  'lesson.replication-acks.s1.q.b': '3, una por réplica.',
  'lesson.replication-acks.s1.q.c': 'Una por grupo de consumidores.',
  'lesson.replication-acks.s1.q.why':
    'Factor de replicación 3 significa tres réplicas de cada partición, en tres brokers distintos. Un mensaje está confirmado cuando lo tienen todas las réplicas sincronizadas, así que perder un broker no hace perder ningún mensaje confirmado.',
  'lesson.replication-acks.s2':
    'Mira la línea de la marca de agua alta (high watermark) en cada log: los mensajes por debajo están en todas las réplicas sincronizadas, confirmados y legibles por los consumidores. Una seguidora que deja de copiar sale del ISR. Detén el broker 3, mira cómo sale del ISR cuando queda aislado y luego reinícialo para ver cómo se pone al día y vuelve.',
  'lesson.replication-acks.s2.q':
    'Un mensaje acaba de añadirse en el líder de purchases-0, pero ninguna seguidora lo ha copiado aún. ¿Puede leerlo un consumidor?',
  'lesson.replication-acks.s2.q.a': 'Sí: está en el log del líder.',
  'lesson.replication-acks.s2.q.b': 'No: está por encima de la marca de agua alta, aún sin confirmar.',
  'lesson.replication-acks.s2.q.c': 'Solo un consumidor conectado al líder.',
  'lesson.replication-acks.s2.q.why':
    'Los consumidores solo reciben mensajes por debajo de la marca de agua alta, el menor offset final del ISR. Así nadie lee un mensaje que un cambio de líder todavía podría hacer desaparecer.',
  'lesson.replication-acks.s2.task':
    'Saca un broker del ISR y tráelo de vuelta: detén el broker 3, espera a que quede aislado y luego reinícialo.',
  'lesson.replication-acks.s2.hint1':
    'Usa «Detener broker 3»; en menos de 9 s el controlador lo aísla y lo quita de todos los ISR.',
  'lesson.replication-acks.s2.hint2':
    'Después usa «Reiniciar broker 3»: copia lo que le falta y vuelve al ISR.',
  'lesson.replication-acks.s3':
    'acks decide cuándo da un productor por hecha una escritura: acks=all (el valor por defecto) espera a que todas las réplicas sincronizadas tengan el mensaje; acks=1 solo espera al líder. Añade un productor con acks=1, detén después el broker 1, líder de purchases-0, y busca mensajes marcados como perdidos.',
  'lesson.replication-acks.s3.q':
    'Un productor con acks=1 recibió su confirmación y luego el líder cayó antes de que las seguidoras copiaran el mensaje. ¿Qué le pasa al mensaje?',
  'lesson.replication-acks.s3.q.a': 'Está a salvo: se confirmó.',
  'lesson.replication-acks.s3.q.b': 'Se pierde: el nuevo líder nunca lo tuvo.',
  'lesson.replication-acks.s3.q.c': 'El nuevo líder lo recupera del disco del broker caído.',
  'lesson.replication-acks.s3.q.why':
    'Con acks=1 el líder responde en cuanto tiene el mensaje. Si cae antes de que las seguidoras lo copien, una seguidora pasa a ser líder sin él y el mensaje se recorta del log: una escritura confirmada desaparece. Con acks=all la respuesta espera al ISR, así que un mensaje confirmado sobrevive.',
  'lesson.replication-acks.s3.task':
    'Pierde un mensaje confirmado: añade un productor con acks=1 y detén el líder en el que escribe.',
  'lesson.replication-acks.s3.hint1':
    'Usa «Añadir productor»: llaves = ids de cliente, acks=1 y un ritmo rápido, 5 mensajes por segundo o más.',
  'lesson.replication-acks.s3.hint2':
    'Después detén el broker 1. Cuando se elija el nuevo líder, los mensajes que solo tenía el broker 1 se marcan como perdidos.',
  'lesson.replication-acks.s4':
    'El broker 1 está caído, así que cada ISR tiene 2 réplicas: justo el min.insync.replicas=2 de purchases. Detén un broker más. Con acks=all, Kafka rechaza una escritura que guardarían menos de 2 réplicas sincronizadas: el error es NOT_ENOUGH_REPLICAS.',
  'lesson.replication-acks.s4.q': 'Los brokers 1 y 2 están caídos. P1 (acks=all) sigue enviando. ¿Qué pasa?',
  'lesson.replication-acks.s4.q.a': 'Las escrituras funcionan solo con el broker 3.',
  'lesson.replication-acks.s4.q.b':
    'El broker 3 las rechaza con NOT_ENOUGH_REPLICAS y P1 sigue reintentando.',
  'lesson.replication-acks.s4.q.c': 'Los mensajes se descartan sin avisar.',
  'lesson.replication-acks.s4.q.why':
    'Con acks=all y min.insync.replicas=2, una partición cuyo ISR se redujo a 1 rechaza las escrituras en vez de guardar una sola copia. El error es reintentable: P1 reintenta hasta que vuelva un broker o se agote delivery.timeout.ms (2 minutos). Un productor con acks=1 sigue siendo aceptado: min.insync.replicas solo se aplica a acks=all.',
  'lesson.replication-acks.s4.task':
    'Detén un segundo broker y mira cómo fallan las escrituras con acks=all por NOT_ENOUGH_REPLICAS.',
  'lesson.replication-acks.s4.hint1': 'Detén el broker 2; el aislamiento tarda hasta 9 s.',
  'lesson.replication-acks.s4.hint2':
    'Mira la tarjeta de P1 y la narración: los fallos, el nombre del error y los reintentos.',

  // Por qué el último intento no puede cumplir el objetivo del paso, y cómo salir (se muestra mientras no se cumple).
  'lesson.partitions-offsets.s4.blocked':
    'Tu último mensaje no fue a una partición elegida como 2. Pon Partición en «Partición 2» y envía tres mensajes seguidos.',
  'lesson.immutability-retention.s1.blocked.key':
    'Tu último mensaje no tenía la llave customer-1. Escribe customer-1 como llave (no «Sin llave») y envía la corrección otra vez.',
  'lesson.immutability-retention.s1.blocked.partition':
    'Tu último mensaje fue a una partición que elegiste tú, no a la que elige su llave, así que puede quedar lejos de los demás mensajes de customer-1. Vuelve a poner Partición en «Que decida el productor» y envíalo otra vez.',
  'lesson.keys.s1.blocked.partition':
    'Tu último mensaje fue a una partición que elegiste tú, así que no decidió el productor. Pon Partición en «Que decida el productor» y envía tres mensajes más sin llave.',
  'lesson.keys.s1.blocked.key':
    'Tu último mensaje tenía llave, así que la partición la eligió su llave. Marca «Sin llave (null)» y envía tres mensajes más.',
  'lesson.keys.s2.blocked.partition':
    'Tu último mensaje fue a una partición que elegiste tú, y eso no dice nada de las llaves. Pon Partición en «Que decida el productor» y envía la misma llave dos veces.',
  'lesson.keys.s2.blocked.key':
    'Tu último mensaje no tenía llave. Desmarca «Sin llave (null)», escribe una llave y envíala dos veces.',
  'lesson.keys.s3.blocked.partition':
    'Tu último mensaje fue a una partición que elegiste tú, así que no se calculó el hash de la llave. Pon Partición en «Que decida el productor» y envíalo otra vez.',
  'lesson.keys.s3.blocked.key':
    'Tu último mensaje no tenía llave. Escribe una llave, por ejemplo customer-7, y envíalo otra vez.',
  'lesson.keys.s3.blocked.sameCount':
    'Todos los temas (topics) tienen aquí el mismo número de particiones, así que una llave da el mismo resto en todos. Crea un tema con 4 particiones y envía la llave a él.',
  'lesson.producers-failover.s1.blocked':
    'Tu último mensaje no indicaba la partición 2 de purchases. Elige purchases y «Partición 2» en el formulario y envía otra vez.',
  'lesson.producers-failover.s3.blocked':
    'El broker que detuviste no es el líder de purchases-0, así que no habrá elección. Arráncalo otra vez y detén el broker cuya réplica de purchases-0 está marcada como Líder, o reinicia este paso.',
  'lesson.producers-failover.s4.blocked':
    'Todos los brokers ya están en marcha: el broker 1 volvió antes de este paso. Reinicia este paso para verlo volver al ISR, o detén el broker 1 y arráncalo otra vez.',
  'lesson.consumers.s1.blocked':
    'Tu último grupo nuevo no empezó en el offset más antiguo (leyó con latest, o reutilizó offsets que ya había confirmado). Añade un grupo con otro nombre y elige earliest, o reinicia este paso.',
  'lesson.replication-acks.s3.blocked':
    'El broker se detuvo antes de que un productor con acks=1 tuviera una escritura confirmada, así que no se puede perder nada confirmado. Arráncalo otra vez, añade un productor con acks=1, deja que escriba unos segundos y detén el líder; o reinicia este paso.',
  // 8. ¿Por qué crece mi lag?
  'lesson.consumer-lag.s1':
    'El lag es cuánto va retrasado un grupo respecto al final de una partición: la marca de agua alta menos su offset confirmado. En esta escena solo escribe P1, 2 mensajes por segundo, y billing tiene un miembro que procesa medio mensaje por segundo: su lag crece en la tarjeta a cada segundo. Cada partición tiene un solo dueño en un grupo, así que más miembros se reparten el trabajo, hasta uno por partición.',
  'lesson.consumer-lag.s1.q':
    'billing recibe un segundo y un tercer miembro, tan lentos como el primero. ¿Qué pasa con su lag?',
  'lesson.consumer-lag.s1.q.a': 'Deja de crecer: tres miembros siempre bastan.',
  'lesson.consumer-lag.s1.q.b':
    'Crece más despacio: tres miembros leen 1,5 mensajes por segundo, aún menos de los 2 que llegan.',
  'lesson.consumer-lag.s1.q.c': 'No cambia nada: los miembros no se reparten un tema.',
  'lesson.consumer-lag.s1.q.why':
    'Cada miembro se queda con sus propias particiones, así que el grupo lee tres veces más rápido. Pero 3 × 0,5 = 1,5 mensajes por segundo es menos que 2: el lag sigue creciendo, solo que más despacio.',
  'lesson.consumer-lag.s1.task': 'Dale a billing tres miembros, uno por cada partición de purchases.',
  'lesson.consumer-lag.s1.hint1':
    'Usa dos veces el «+» de la tarjeta de billing, o «Añadir consumidor» con el grupo billing.',
  'lesson.consumer-lag.s1.hint2':
    'Espera a que el grupo diga Estable: entonces cada miembro tiene una partición.',
  'lesson.consumer-lag.s2':
    'billing tiene ahora tantos miembros como particiones tiene purchases. Añadir miembros ya no da más de sí.',
  'lesson.consumer-lag.s2.q': 'Un cuarto miembro se une a billing. ¿Qué pasa con el lag?',
  'lesson.consumer-lag.s2.q.a': 'Baja: cuatro miembros leen más rápido que tres.',
  'lesson.consumer-lag.s2.q.b': 'Nada: el cuarto miembro no recibe partición y se queda inactivo.',
  'lesson.consumer-lag.s2.q.c': 'Comparte la partición 0 con otro miembro.',
  'lesson.consumer-lag.s2.q.why':
    'Dentro de un grupo una partición nunca se comparte, así que con 3 particiones un cuarto miembro no tiene nada que leer. Más miembros que particiones no bajan el lag; lo bajan procesar más rápido o tener más particiones.',
  'lesson.consumer-lag.s3':
    'La otra palanca es la velocidad de procesamiento. Mira un miembro de billing: su reloj de poll se llena mientras trabaja los mensajes que le entregó un poll y se vacía cuando vuelve a llamar a poll. Procesar despacio significa mucho tiempo entre polls y un lag que crece.',
  'lesson.consumer-lag.s3.task':
    'Haz que cada miembro de billing con partición procese al menos 2 mensajes por segundo.',
  'lesson.consumer-lag.s3.hint1':
    'En una aplicación real eso es código o base de datos más rápidos; aquí es la velocidad de procesamiento del miembro.',
  'lesson.consumer-lag.s3.hint2':
    'La API lo cambia: setConsumerRate con el id del miembro y ratePerSec 2, para billing-1, billing-2 y billing-3.',
  'lesson.consumer-lag.s4':
    'Kafka no verifica nada de lo que se escribe: un tema acepta cualquier byte. fraud-check lee purchases con un deserializador JSON. Envíale un mensaje que no sea JSON y mira qué le pasa a su lag.',
  'lesson.consumer-lag.s4.q':
    'Un mensaje de texto que no es JSON llega a la partición 0. ¿Qué hace fraud-check?',
  'lesson.consumer-lag.s4.q.a': 'Lo lee como texto y sigue.',
  'lesson.consumer-lag.s4.q.b': 'El broker rechaza el mensaje, así que no pasa nada.',
  'lesson.consumer-lag.s4.q.c':
    'Sus polls fallan una y otra vez en ese mensaje: el miembro queda atascado y su lag crece.',
  'lesson.consumer-lag.s4.q.why':
    'El broker guarda los bytes. El deserializador del consumidor falla con RecordDeserializationException y, si la aplicación no lo trata, cada poll falla en el mismo offset. El miembro sigue enviando heartbeats, así que nadie lo saca: simplemente se para.',
  'lesson.consumer-lag.s4.task': 'Envía un mensaje que fraud-check no pueda leer y míralo pararse.',
  'lesson.consumer-lag.s4.hint1':
    '«Mensaje ilegible», en el formulario de producir, envía un mensaje de texto que no es JSON.',
  'lesson.consumer-lag.s4.hint2':
    'El miembro muestra «atascado en»: haz clic para abrir el mensaje en el inspector.',
  'lesson.consumer-lag.s5':
    'Un miembro atascado sigue así hasta que la aplicación se ocupa del mensaje: saltarlo (seek al siguiente) o enviarlo a un tema de mensajes fallidos (dead letter) para revisarlo después, y luego saltarlo. Despliega un fraud-check corregido: un miembro que envíe los fallidos a purchases.DLT.',
  'lesson.consumer-lag.s5.task':
    'Sustituye al miembro atascado de fraud-check por uno que envíe los mensajes ilegibles a purchases.DLT.',
  'lesson.consumer-lag.s5.hint1':
    'Saca a fraud-check-1 con «Salir» (confirma donde se quedó) y añade un consumidor a fraud-check.',
  'lesson.consumer-lag.s5.hint2':
    'En «Bucle de poll y deserializador», elige JSON, luego «mensajes fallidos» y el tema purchases.DLT.',

  // 9. Rebalanceos y duplicados
  'lesson.rebalances.s1':
    'shipping confirma sus offsets automáticamente cada 5 segundos, dentro de poll. Lo que un miembro procesó después de su último commit solo se confirma en un poll posterior. Un miembro que sale de forma ordenada confirma antes; uno que se cae, no.',
  'lesson.rebalances.s1.q':
    'Se cae un miembro de shipping. Tras session.timeout.ms sus particiones cambian de dueño. ¿Dónde empieza el nuevo dueño?',
  'lesson.rebalances.s1.q.a': 'Justo después del último mensaje que procesó el miembro caído.',
  'lesson.rebalances.s1.q.b':
    'En el offset confirmado del grupo, así que procesa algunos mensajes por segunda vez.',
  'lesson.rebalances.s1.q.c': 'Al final de la partición, saltándose lo que no se procesó.',
  'lesson.rebalances.s1.q.why':
    'Un nuevo dueño empieza en el offset confirmado. Los mensajes procesados desde el último commit se procesan otra vez: duplicados. Es la entrega al menos una vez (at-least-once).',
  'lesson.rebalances.s1.task':
    'Tumba un miembro de shipping y espera a que sus particiones cambien de dueño y aparezcan duplicados.',
  'lesson.rebalances.s1.hint1':
    'Usa «Tumbar» en un miembro de shipping. Su reloj de heartbeat se llena hasta 45 s y entonces el coordinador lo saca.',
  'lesson.rebalances.s1.hint2':
    'Los duplicados aparecen en la tarjeta como «procesados dos veces». «Salir» confirmaría antes y no causaría ninguno.',
  'lesson.rebalances.s2':
    'reports toma 20 mensajes por poll y procesa uno por segundo, pero su max.poll.interval.ms es de 10 segundos. Sus heartbeats siguen llegando, pero su reloj de poll pasa de 10 s: el miembro sale del grupo, su commit falla (CommitFailedException), se vuelve a unir y lee otra vez los mismos mensajes. Un bucle que nunca confirma nada.',
  'lesson.rebalances.s2.task':
    'Rompe el bucle para que reports vuelva a confirmar offsets, sin tocar max.poll.interval.ms.',
  'lesson.rebalances.s2.hint1':
    'Procesa más rápido, o toma menos mensajes por poll (max.poll.records) en un miembro nuevo.',
  'lesson.rebalances.s2.hint2':
    'setConsumerRate en reports-1 con 5 mensajes por segundo: 20 mensajes tardan entonces 4 s, menos de 10 s.',
  'lesson.rebalances.s3':
    'Los miembros de shipping son estáticos: cada uno tiene un group.instance.id (la etiqueta «estático»). Un miembro estático que vuelve antes de session.timeout.ms recupera su sitio y sus particiones, sin ningún rebalanceo.',
  'lesson.rebalances.s3.task':
    'Reinicia un miembro de shipping: túmbalo y añade un consumidor con el mismo group.instance.id antes de que pasen 45 s.',
  'lesson.rebalances.s3.hint1':
    'Pasa el ratón por la etiqueta «estático» para leer su group.instance.id (shipping-a o shipping-b).',
  'lesson.rebalances.s3.hint2':
    'En «Añadir consumidor», escribe el grupo shipping y ese id en group.instance.id.',
  'lesson.rebalances.s4':
    'shipping usa el protocolo clásico con el asignador range: eager. En un rebalanceo cada miembro suelta todas sus particiones y el grupo espera al siguiente poll de cada miembro. Cooperative-sticky mueve solo lo que cambia, en dos rondas. El protocolo consumer de Kafka 4 (KIP-848) deja que asigne el coordinador, y los miembros mueven solo lo que cambia, mediante sus heartbeats. La tarjeta cuenta el tiempo que las particiones estuvieron en pausa.',
  'lesson.rebalances.s4.q':
    'Un miembro se une a un grupo eager ocupado. ¿Qué particiones se detienen mientras se rebalancea?',
  'lesson.rebalances.s4.q.a': 'Solo la que pasa al nuevo miembro.',
  'lesson.rebalances.s4.q.b': 'Todas, hasta que todos los miembros se han vuelto a unir.',
  'lesson.rebalances.s4.q.c': 'Ninguna: Kafka rebalancea en segundo plano.',
  'lesson.rebalances.s4.q.why':
    'Los miembros eager revocan todo antes de volver a unirse, y el grupo espera al poll del miembro más lento. Cooperative y KIP-848 siguen leyendo las particiones que no se mueven.',
  'lesson.rebalances.s4.task':
    'Crea un grupo con el protocolo consumer y dos miembros, añade un tercero y compara su tiempo en pausa con el de shipping.',
  'lesson.rebalances.s4.hint1':
    'En «Añadir consumidor», escribe un grupo nuevo (por ejemplo shipping-kip) y elige «consumer (KIP-848)».',
  'lesson.rebalances.s4.hint2':
    'Añade el tercer miembro cuando el grupo diga Estable; solo debería pausarse una partición.',
  ...forgettingLessonEs,
}
