import type { Messages } from '../index.ts';

/** «Datos abiertos y API» (src/features/api/api-docs.view.tsx). `<code>…</code>` se muestra como código. */
export const api = {
  title: 'Datos abiertos y API',
  description:
    'Use el directorio de lugares de tratamiento de Open Treatment en sus propias herramientas: una API gratis en JSON, GeoJSON y CSV, sin clave.',
  lead: 'Todo lo que muestra nuestra búsqueda son datos abiertos. Puede usarlos en sus propias herramientas, gratis, sin clave y sin registrarse. La API usa nombres de campos y códigos en inglés; la lista de servicios también se puede pedir con los nombres en español.',
  points: [
    'Las mismas búsquedas que nuestro sitio: por código postal, ciudad y estado, o coordenadas, con los mismos filtros.',
    'Cada centro dice de dónde salió cada dato y qué tan viejo es.',
    'Nunca registramos ni guardamos lo que usted busca.',
    'Los datos de los centros son de dominio público (SAMHSA). Los datos de códigos postales y ciudades contienen datos de GeoNames (CC BY 4.0): por favor, dé crédito a GeoNames.',
  ],
  examplesTitle: 'Ejemplos',
  examples: {
    buprenorphine: 'Lugares a menos de 25 millas del código postal 21201 que ofrecen buprenorfina',
    dayton: 'Atención residencial que acepta Medicaid a menos de 50 millas de Dayton',
    geojson: 'La misma búsqueda en GeoJSON, para mapas',
    csv: 'La misma búsqueda como hoja de cálculo',
    services: 'Cada código de servicio con un nombre sencillo, y qué significa cada filtro en códigos (en español)',
    directory: 'Qué contiene el directorio, sus fuentes, sus años y sus licencias',
    checked: 'Solo lugares que nuestro equipo comprobó con el propio lugar en los últimos 12 meses',
    corrections:
      'Cada corrección que hizo nuestro equipo después de comprobar con un lugar: qué, cuándo y cómo (también en .csv)',
    openApi: 'La descripción OpenAPI 3.1 de todo esto',
  },
  hsdsTitle: 'Open Referral (HSDS 3.0)',
  hsds: 'Todo el directorio también se publica en la especificación de datos de servicios humanos de Open Referral (HSDS 3.0), el formato que leen las líneas 211 y las redes de referidos, en {path}. <mapping>Cómo nuestros datos se convierten a HSDS: servicios, códigos, idiomas y requisitos</mapping>.',
  rulesTitle: 'Reglas de uso',
  rules: [
    'Los resultados se ordenan por distancia en línea recta. Nadie paga por aparecer primero.',
    'Los filtros se pueden repetir: <code>care=detox&care=residential</code> quiere decir uno u otro; filtros distintos tienen que cumplirse todos.',
    'Hasta 100 resultados por página (<code>per_page</code>), con <code>page</code> para ver más.',
    'Los errores reciben un 400 con <code>{ "error": { "code", "message", "fields", "suggestions" } }</code> que dice qué parámetro está mal. Si no encontramos un lugar, <code>suggestions</code> da lugares parecidos para enviar como <code>near</code>.',
    'Por favor, diga a las personas que llamen antes de ir: los datos tienen algunos años. Todos los detalles están en la <openapi>descripción OpenAPI</openapi> y en <data>Sobre nuestros datos</data>.',
  ],
  base: 'Dirección base de la API: {url}',
} as const satisfies Messages['api'];

/** «Sobre nuestros datos» (src/features/site/about-data.view.tsx). */
export const aboutData = {
  title: 'Sobre nuestros datos',
  description: 'De dónde sale la lista de lugares de tratamiento de Open Treatment, qué tan vieja es y cómo la combinamos.',
  lead: 'Nuestra lista de lugares de tratamiento sale de registros públicos de SAMHSA, la agencia de Estados Unidos para los servicios de salud mental y de consumo de sustancias. Combinamos varias listas en una y mostramos de dónde salió cada dato.',
  stale:
    '<strong>Nuestros datos no son nuevos.</strong> La lista más reciente es de {year}, y la más detallada es de 2015–2017. Los lugares cierran, se mudan y cambian lo que ofrecen. <strong>Siempre llame antes de ir.</strong> Para la lista más actual, también puede buscar en <findtreatment>FindTreatment.gov</findtreatment> o llamar a la Línea Nacional de Ayuda de SAMHSA al {helpline} (en español).',
  holdsTitle: 'Qué contiene el directorio',
  holds: {
    total: 'Lugares de tratamiento',
    confirmed: 'Vistos en una lista de 2020 o más reciente',
    unconfirmed: 'Solo en el directorio de 2015 o 2017',
    unconfirmedNote: '{count}. Los conservamos, bien marcados, pero solo aparecen en una búsqueda si usted los pide.',
    withPhone: 'Con número de teléfono',
    withServices: 'Con una lista de servicios',
    checked: 'Comprobados por nuestro equipo',
    checkedLink: 'Cómo comprueba nuestro equipo los listados',
    builtAt: 'Última actualización',
  },
  table: { source: 'Fuente', year: 'Año', rows: 'Filas', licence: 'Licencia' },
  listsTitle: 'Listas de lugares de tratamiento',
  lists:
    'Leemos estas listas empezando por la más nueva. Cuando dos listas describen el mismo lugar, guardamos una sola entrada y anotamos qué lista dio cada dato.',
  listsCaption: 'Fuentes de los centros',
  referenceTitle: 'Mapas, códigos postales y códigos de servicio',
  referenceCaption: 'Fuentes de referencia',
  geonames:
    '<strong>Contiene datos de GeoNames (www.geonames.org), con licencia CC BY 4.0.</strong> Los usamos en nuestro propio servidor para convertir códigos postales y nombres de ciudades en lugares del mapa. Nada de lo que usted escribe se envía a otra empresa.',
  combineTitle: 'Cómo combinamos las listas',
  combine: [
    'Empezamos con la lista de lugares más nueva (2021) y le unimos cada lista más vieja por dirección y código postal.',
    'No tomamos en cuenta diferencias pequeñas como «Street» o «St.», «U.S. Highway 83» o «Highway 83», ni las mayúsculas. Cuando dos lugares comparten una dirección, el nombre decide a cuál pertenece cada fila.',
    'Dos oficinas con distinto número de suite o piso y distinto nombre siguen siendo dos lugares. Una fila de otra organización en la misma dirección no le pasa su teléfono ni sus servicios al lugar que está allí.',
    'Un lugar que aparece dos veces a pocas puertas (cambió su número o se mudó al lado) se vuelve un solo lugar, cuando los nombres son casi iguales y las listas nunca mostraron los dos a la vez.',
    'El número de teléfono sale de la lista cuyo nombre para el lugar se parece más al nombre que mostramos. Si esa lista usaba otro nombre, la página lo dice.',
    'Un número que comparten otros lugares, en otros estados o con otros nombres, solo se muestra donde el propio lugar lo publicó, y se marca como «línea central de admisión».',
    'Las filas sin nombre, con un estado desconocido o con coordenadas imposibles se dejan fuera y se cuentan.',
    'Cada lugar conserva la misma dirección web cada vez que actualizamos, así que los enlaces que comparta siguen funcionando.',
  ],
  answersTitle: 'Una respuesta por pregunta',
  answers:
    'Para cada pregunta, como «¿este lugar ofrece metadona?», gana la lista más nueva que la contesta. No mostramos una respuesta vieja que la nueva contradice. Cuando listas del mismo año no están de acuerdo, la página dice <strong>«las fuentes no están de acuerdo: pregunte»</strong>.',
  answerPoints: [
    'La lista de 2020 de lugares que ofrecen medicamentos para el trastorno por consumo de opioides nos dice quién da buprenorfina, metadona y la inyección mensual de naltrexona.',
    '<strong>Programas de tratamiento de opioides y metadona.</strong> La lista de 2022 de programas certificados de tratamiento de opioides (OTP) no dice qué medicamentos da cada uno. Contamos un OTP como lugar que ofrece metadona, a menos que otra lista diga que no. Lo comprobamos con nuestros datos: en el directorio de 2017, 99 de cada 100 lugares marcados como OTP también tenían metadona, y en la lista de 2020, 92 de cada 100 OTP estaban marcados con metadona. Cuando la lista de 2020 dice que un OTP no ofrece metadona (casi todos son programas residenciales o de desintoxicación), no lo mostramos en una búsqueda de metadona.',
    '«Todos los clientes están en un programa de tratamiento de opioides» no quiere decir que un lugar dé metadona, así que por sí solo no coincide con una búsqueda de metadona.',
  ],
  whoTitle: 'Para quién es un lugar',
  who: [
    'El tratamiento dentro de cárceles, prisiones y centros de detención es solo para las personas que están allí. Dejamos estos lugares fuera de las búsquedas, a menos que usted los pida, y los marcamos claramente.',
    'Los lugares solo para veteranos (programas del VA), solo para personas con un DUI o DWI, o solo para adolescentes están marcados en el resultado y en la página del lugar. Siguen apareciendo cuando usted elige ese grupo en los filtros.',
  ],
  checkedTitle: 'Listados que nuestro equipo ha comprobado',
  checked: {
    one: 'Cualquier persona nos puede decir que un listado está mal: la página de cada lugar tiene un enlace para reportarlo. Nuestros editores revisan cada reporte, por lo general llamando al lugar, y corrigen el listado. La corrección se ve enseguida, con el día en que se comprobó y cómo. Hasta ahora, nuestro equipo ha comprobado {count} listado.',
    other:
      'Cualquier persona nos puede decir que un listado está mal: la página de cada lugar tiene un enlace para reportarlo. Nuestros editores revisan cada reporte, por lo general llamando al lugar, y corrigen el listado. La corrección se ve enseguida, con el día en que se comprobó y cómo. Hasta ahora, nuestro equipo ha comprobado {count} listados.',
  },
  checkedPoints: [
    'Una corrección se conserva cuando volvemos a armar la lista con datos nuevos de SAMHSA. Si los datos nuevos dicen otra cosa, un editor la vuelve a mirar.',
    'Un lugar que cerró conserva su página, que lo dice y muestra lugares abiertos cercanos que ofrecen la misma atención.',
  ],
  checkedOpenData:
    'Cada corrección, con su fecha y cómo se comprobó, es un dato abierto: <json>/api/v1/corrections</json> (también <csv>en CSV</csv>).',
  mapTitle: 'Dónde están los lugares en el mapa',
  map: [
    'Comparamos el punto de cada lugar en el mapa con los puntos de su código postal y de su ciudad. Un punto a más de 50 millas de los dos, o fuera del estado del lugar, no se usa. El lugar va al centro de su código postal o de su ciudad, y la página dice que la ubicación es aproximada.',
    'Cuando dos listas públicas no están de acuerdo sobre dónde está un código postal, usamos la que queda cerca de los lugares de ese código postal.',
    'Una búsqueda por código postal empieza en el centro del pueblo de ese código (según GeoNames), que queda más cerca de donde vive la gente que el medio del área del código. Los lugares cuya dirección está en el código postal que escribió siempre salen en sus resultados, con la distancia que elija, y con su distancia real.',
    'Los lugares en Palaos y Micronesia no están en nuestro mapa, porque no tenemos datos de mapas de allí para comprobarlos.',
  ],
  download:
    'Cualquier persona puede descargar los mismos datos de nuestra <api>API de datos abiertos</api>. El código que los prepara es de código abierto.',
} as const satisfies Messages['aboutData'];
