import type { Messages } from '../index.ts';

/** El buscador: página principal, formulario, resultados y páginas de los lugares (src/features/locator). */
export const locator = {
  home: {
    title: 'Busque tratamiento para el trastorno por consumo de opioides',
    description:
      'Busque tratamiento para el consumo de heroína y otros opioides cerca de usted, en privado. Gratis, sin rastreo y sin anuncios en los resultados.',
    heading: 'Busque tratamiento para el consumo de heroína y otros opioides',
    lead: 'Busque entre {count} lugares de todo Estados Unidos que tratan el consumo de sustancias. Es gratis y privado: no le rastreamos, y nada de lo que escribe se envía a otra empresa.',
    notSure:
      '<strong>¿No sabe qué tipo de ayuda buscar?</strong> Nuestra <selfcheck>autoevaluación</selfcheck> le hace unas preguntas y le sugiere qué pedir. Toma unos 5 minutos, y sus respuestas nunca salen de su aparato.',
    learn: 'Aprenda sobre el tratamiento',
    allGuides: 'Todas las guías',
    guides: {
      options: {
        title: 'Sus opciones de tratamiento',
        text: 'Desde consultas ambulatorias hasta una estadía en el hospital: qué es cada tipo de atención y para quién es.',
      },
      medications: {
        title: 'Medicamentos que ayudan',
        text: 'Metadona, buprenorfina y naltrexona: cómo funcionan y dónde conseguirlas.',
      },
      detox: {
        title: 'Desintoxicación y abstinencia',
        text: 'Cómo se siente la abstinencia, cuánto dura y por qué es más segura con ayuda.',
      },
      overdose: { title: 'Sobredosis y naloxona', text: 'Las señales de una sobredosis y qué hacer, paso a paso.' },
    },
  },
  form: {
    label: 'Buscar tratamiento',
    near: 'Código postal (ZIP), o ciudad y estado',
    nearHint: 'Escriba un código postal de 5 dígitos, o una ciudad y un estado, como «Dayton, OH» o «Mayagüez, PR».',
    distance: 'Distancia',
    within: 'A menos de {miles} millas',
    alsoShow: 'Mostrar también',
    unconfirmed: 'Lugares sin confirmar desde 2015 o 2017',
    unconfirmedHint: 'Puede que hayan cerrado o se hayan mudado. Llame antes de ir.',
    custody: 'Tratamiento dentro de cárceles, prisiones y centros de detención',
    custodyHint: 'Solo para las personas detenidas allí. No están abiertos al público.',
    checked: 'Comprobados por nuestro equipo',
    checkedLabel: 'Solo lugares que nuestro equipo comprobó en los últimos 12 meses',
    checkedHint:
      'Nuestros editores comprueban un listado con el propio lugar, por lo general por teléfono, cuando alguien reporta un problema.',
    useLocation: 'Usar mi ubicación',
    useLocationNote:
      'Su navegador le pregunta primero. Redondeamos su ubicación a más o menos 1 km antes de que salga de su aparato.',
    filters: 'Filtrar por tipo de atención, medicamento, forma de pago y más',
    chosen: { one: ' ({count} elegido)', other: ' ({count} elegidos)' },
    search: 'Buscar',
  },
  results: {
    mayAlsoFit: 'Estos también podrían servir: su ficha no dice nada sobre {what}. Pregunte.',
    changeTitle: 'Cambie su búsqueda',
    summary: {
      none: 'No encontramos lugares.',
      places: { one: '{count} lugar, el más cercano primero.', other: '{count} lugares, los más cercanos primero.' },
      match: {
        one: '{count} lugar coincide, el más cercano primero.',
        other: '{count} lugares coinciden, los más cercanos primero.',
      },
      mayFit: { one: '{count} lugar podría servir.', other: '{count} lugares podrían servir.' },
      matchSome: { one: '{count} lugar coincide', other: '{count} lugares coinciden' },
      moreMayFit: { one: '; {count} más podría servir.', other: '; {count} más podrían servir.' },
      change: 'Cambiar la búsqueda',
    },
    within: 'a menos de {miles} millas de {place}',
    treatmentWithin: 'Tratamiento {where}',
    titleNear: 'Tratamiento cerca de {place}',
    title: 'Busque tratamiento cerca de usted',
    didYouMean: '¿Quiso decir {places}?',
    noResults: 'Sin resultados',
    count: {
      one: '{count} lugar a menos de {miles} millas, el más cercano primero',
      other: '{count} lugares a menos de {miles} millas, los más cercanos primero',
    },
    showing:
      'Se muestran del {first} al {last}. Ordenados por distancia en línea recta desde {place}. Nunca ordenamos por pago: nadie paga por aparecer.',
    callFirst:
      '<strong>Llame antes de ir.</strong> Nuestras listas vienen de SAMHSA y tienen algunos años. Los lugares cierran, se mudan y cambian lo que ofrecen. Una llamada rápida le dice si tienen espacio, si aceptan su seguro y si ofrecen lo que necesita. <ask>Qué preguntar cuando llame</ask>.',
    pages: 'Páginas de resultados',
    previous: '← Página anterior',
    next: 'Página siguiente →',
    pageOf: 'Página {page} de {pages}',
    none: {
      heading: 'No encontramos lugares a menos de {miles} millas',
      body: 'No encontramos lugares a menos de {miles} millas de {place}. Esto es lo que puede intentar:',
      bodyFiltered:
        'No encontramos lugares a menos de {miles} millas de {place} que cumplan con todos sus filtros. Esto es lo que puede intentar:',
      wider: 'Buscar a menos de {miles} millas',
      without: 'Buscar de nuevo sin «{filter}»',
      older: 'Incluir listados viejos sin confirmar desde 2015 o 2017',
      helpline:
        'Llame a la {name} al {number}. Es gratis, confidencial y atiende todo el día, todos los días, en español. Le pueden ayudar a encontrar un lugar.',
      findtreatment:
        'Busque en <findtreatment>FindTreatment.gov</findtreatment>, la lista del gobierno. (Usa servicios de Google, así que lo que escriba allí se comparte con Google).',
    },
    startingLink: '¿Quiere empezar hoy? Lo que debe saber',
    matchHeading: 'Lugares que coinciden',
    placesHeading: 'Lugares',
    sorted: 'Ordenados por distancia en línea recta desde {place}. Nunca ordenamos por pago: nadie paga por aparecer.',
    sortedMatchFirst:
      'Ordenados por distancia en línea recta desde {place}, primero los que coinciden. Nunca ordenamos por pago: nadie paga por aparecer.',
    callBefore: {
      title: 'Llame antes de ir.',
      from: 'Nuestros listados vienen de las listas de SAMHSA de {first} a {last}.',
      fromPhone:
        'Nuestros listados vienen de las listas de SAMHSA de {first} a {last}, y los teléfonos, de su directorio de {years}.',
      fromPhones:
        'Nuestros listados vienen de las listas de SAMHSA de {first} a {last}, y los teléfonos, de sus directorios de {years}.',
      half: 'Cerca de la mitad',
      few: 'Unos pocos',
      tenths: 'Cerca de {n} de cada 10',
      noPhone:
        '{share} de los lugares que mostramos ({pct}) no tienen teléfono en nuestros datos: la Línea Nacional de Ayuda de SAMHSA le puede ayudar a comunicarse con ellos.',
      rest: 'Los lugares cierran, se mudan y cambian lo que ofrecen. Una llamada rápida le dice si tienen espacio, si aceptan su seguro y si ofrecen lo que usted necesita. <ask>Qué preguntar cuando llame</ask>.',
    },
    starting: {
      title: 'Si quiere empezar hoy',
      callFirst:
        'Llame primero. Pregunte a qué hora atienden a pacientes nuevos, cuánto dura la primera visita y qué debe llevar. Si tiene una identificación con foto, llévela.',
      methadone:
        'La metadona para el trastorno por consumo de opioides solo se da en programas de tratamiento de opioides certificados por SAMHSA.',
      buprenorphine:
        'Hoy muchos médicos pueden recetar buprenorfina. Desde 2023 ya no hace falta un permiso especial, así que pregunte también a su propio médico o clínica.',
      emergency:
        'Si no puede empezar hoy, una sala de emergencias tal vez le pueda ayudar con la abstinencia mientras espera un lugar en un programa. Una regla federal permite que un médico que no es de un programa de tratamiento le dé hasta 3 días de medicamento a la vez, mientras se organiza su tratamiento. No se puede renovar.',
      sources:
        'Fuentes: la regla de los tres días es la regla final de la DEA de agosto de 2023, <rule>88 FR 53377</rule> (21 CFR 1306.07(b)).',
      methadoneSource: 'Programas de metadona: <part8>42 CFR Part 8 (89 FR 7528, 2024)</part8>.',
      buprenorphineSource: 'Recetar buprenorfina: <faq>SAMHSA, fin del permiso especial (ley MAT Act)</faq>.',
    },
    nearest: {
      matching: 'El lugar más cercano con {filters} está a {distance}: {name}, en {place}.',
      any: 'El lugar más cercano está a {distance}: {name}, en {place}.',
      wider: 'Mostrar lugares a menos de {miles} millas',
    },
    noMatch: {
      maybeHeading: 'No sabemos de ningún lugar a menos de {miles} millas que coincida',
      found: 'No encontramos lugares a menos de {miles} millas de {place}.',
      foundFiltered: 'No encontramos lugares a menos de {miles} millas de {place} que cumplan con todos sus filtros.',
      maybeBelow: 'Los lugares de abajo podrían servir: sus fichas no lo dicen.',
      tryElse: 'Esto es lo que también puede intentar:',
      unchecked: 'Incluir lugares que nuestro equipo no ha comprobado hace poco',
      helpline:
        'Llame a la Línea Nacional de Ayuda de SAMHSA al {number}. Es gratis, confidencial y atiende todo el día, todos los días, en español. Le pueden ayudar a encontrar un lugar.',
    },
    spanishFilter: {
      text: '¿Busca atención en español?',
      link: 'Mostrar solo lugares que ofrecen atención en español',
    },
  },
  card: {
    call: 'Llamar',
    centralIntake: 'Admisión central',
    callLine: 'Llamar: {line}',
    noServicesShort: 'No dice qué servicios ofrece: pregunte.',
    away: 'a {distance}',
    approximate: ' (ubicación aproximada)',
    notConfirmed: 'Sin confirmar desde {year}',
    noPhone: 'No tenemos un número de teléfono. Pruebe la Línea Nacional de Ayuda de SAMHSA para comunicarse con ellos.',
    offers: 'Ofrece: {list}',
    disagree: '{label} (las fuentes no están de acuerdo: pregunte)',
    noServices: 'Nuestros datos no dicen qué servicios ofrece este lugar.',
    dataFrom: 'Datos de {source}{phoneFrom}. Llame para confirmar.',
    phoneFrom: '; teléfono de {source}',
    listedAs: ', con el nombre «{name}»',
    onMap: 'Vea el número {number} en el mapa',
    spanish: 'Se habla español',
    listed: 'En la lista de {year}',
    phoneYear: ' · teléfono de {year}',
    callToConfirm: ' · llame para confirmar',
    ask: 'Pregunte',
    listingDoesntSay: 'Su ficha no dice: {list}',
  },
  phone: { intake: 'Admisiones', main: 'Línea principal', phone: 'Teléfono', central: 'Línea central de admisión' },
  distance: { lessThan: 'menos de 0.1 millas', miles: '{miles} millas' },
  source: {
    unknown: 'origen desconocido',
    zcta: 'el centro de su código postal (Censo 2021)',
    postal: 'el centro de su código postal (GeoNames)',
    city: 'el centro de su ciudad (GeoNames)',
    named: '{name} ({publisher}, {year})',
  },
  map: {
    title: 'Mapa de los lugares cerca de {place}',
    total: {
      one: 'Hay {count} lugar a menos de {miles} millas de {place}.',
      other: 'Hay {count} lugares a menos de {miles} millas de {place}.',
    },
    one: 'El número {first}',
    range: 'Los números del {first} al {last}',
    shown: '{range}: puntos en el mapa; cada uno lleva a sus datos en la lista.',
    caption:
      '{range}: los mismos números de la lista. La cruz marca dónde buscó. {circle}. Las líneas son los límites de condados y estados.',
    zoomed: 'El mapa se acerca a estos lugares',
    circle: 'El círculo de rayas mide {miles} millas',
    facilityTitle: 'Mapa de dónde está {name}',
    facilityDot: 'Un punto marca {name} en {place}. Las líneas son los límites de condados y estados.',
    facilityDotRough:
      'Un punto marca {name} en {place}, más o menos: solo sabemos su código postal o su pueblo. Las líneas son los límites de condados y estados.',
    approximate: 'El punto es aproximado. ',
    scale: 'El mapa mide unas 30 millas de arriba abajo.',
  },
  checks: {
    heading: 'Comprobado por nuestro equipo',
    confirmed: 'Nuestro equipo confirmó {what} el {date} ({evidence}).',
    what: {
      intakePhone: 'el teléfono de admisiones',
      phone: 'el teléfono',
      address: 'la dirección',
      service: 'este servicio',
      servesOnly: 'a quién atienden',
    },
    evidence: { called: 'llamó al lugar', website: 'su sitio web', samhsaImport: 'una lista más nueva de SAMHSA' },
    lastChecked: 'Nuestro equipo lo comprobó por última vez el {date}.',
    howWeCheck:
      'Nuestros editores comprueban un listado cuando alguien nos avisa de un problema, por lo general llamando al lugar.',
    offers: 'Ofrece: {service}.',
    doesNotOffer: 'No ofrece: {service}.',
    openToAll: 'Atiende a todas las personas.',
    onlyServes: 'Quién puede ir: {list}.',
    notChecked: 'Nuestro equipo todavía no ha comprobado este listado. Viene de las listas de SAMHSA tal como están.',
    wrong: '¿Hay algo mal en este listado?',
    tell: '<report>Díganos qué está mal</report>. No necesita una cuenta.',
  },
  closed: {
    title: '{name}, {place} (cerrado)',
    description: '{name}, en {place}, cerró. Lugares cercanos que ofrecen la misma atención.',
    closed: 'Este lugar cerró.',
    confirmed: 'Nuestro equipo lo confirmó el {date} ({evidence}).',
    wasAt: 'Estaba en {address}.',
    nearby: 'Lugares cercanos que ofrecen la misma atención',
    offered: 'Este lugar ofrecía: {list}.',
    none: 'No encontramos otro lugar cerca de aquí en nuestros datos.',
    more: '<search>Buscar más lugares cerca de {city}</search>. Llame antes de ir: los lugares cambian.',
    reopened: '¿Este lugar volvió a abrir? <report>Avísenos</report>.',
  },
  facility: {
    description: 'Teléfono, dirección y servicios de {name} en {place}, con el origen de cada dato.',
    resultsNear: 'Resultados cerca de {place}',
    back: 'Volver a los resultados',
    ourTeam: 'nuestro equipo, que lo comprobó con el lugar',
    breadcrumb: 'Ruta de navegación',
    home: 'Inicio',
    find: 'Buscar tratamiento',
    notSeen:
      '<strong>No hemos visto este lugar en ninguna lista desde {year}.</strong> Puede que haya cerrado, se haya mudado o haya cambiado sus servicios. Llame antes de ir, o pregunte a la Línea Nacional de Ayuda de SAMHSA al {helpline}.',
    callFirst:
      '<strong>Llame antes de ir.</strong> SAMHSA publicó este lugar por última vez en {year}. Los servicios, los horarios y los teléfonos cambian.',
    contact: 'Contacto',
    shared: 'Otros lugares comparten este número: es una línea central de admisión, no la recepción de este lugar. ',
    phoneFrom: 'De {source}{listedAs}.',
    phone: 'Teléfono',
    noPhone:
      'No tenemos un número de teléfono para este lugar. La Línea Nacional de Ayuda de SAMHSA ({helpline}) le puede ayudar a comunicarse.',
    address: 'Dirección',
    noStreet: 'No aparece la dirección (algunos lugares la mantienen en privado).',
    addressFrom: 'Dirección de {source}.',
    mapFrom: 'Ubicación en el mapa de {source}.',
    mapApproximate: 'La ubicación en el mapa es aproximada: {source}.',
    website: 'Sitio web',
    directions: 'Cómo llegar',
    mapsApp: 'Abrir en su aplicación de mapas',
    osm: 'Buscar en OpenStreetMap',
    directionsNote: 'Estos enlaces solo se abren si los toca. El mapa de esta página lo dibuja solo nuestro sitio.',
    paying: 'Cómo pagar',
    noPayment: 'Nuestros datos no dicen qué formas de pago acepta este lugar. Pregunte cuando llame.',
    services: 'Servicios',
    disagree:
      '<strong>Las fuentes no están de acuerdo: pregunte.</strong> Nuestras listas no coinciden sobre: {list}. Pregunte cuando llame.',
    noServices: 'Nuestros datos no dicen qué servicios ofrece este lugar. Pregunte cuando llame.',
    spanish:
      '<strong>Se habla español.</strong> Según nuestros datos, este lugar ofrece atención en español. Confírmelo cuando llame.',
    askTitle: 'Qué preguntar cuando llame',
    ask: [
      '¿Están recibiendo pacientes nuevos? ¿Cuándo podría empezar?',
      '¿Ofrecen el tipo de atención que busco (por ejemplo, desintoxicación, residencial o ambulatorio)?',
      '¿Ofrecen metadona, buprenorfina o naltrexona? ¿Puedo seguir tomando mi medicamento mientras estoy con ustedes?',
      '¿Aceptan mi seguro o Medicaid? Si no, ¿cuánto costaría? ¿Tienen tarifa según ingresos?',
      '¿Hay lista de espera? ¿Qué puedo hacer mientras espero?',
      '¿Qué debo llevar a mi primera cita?',
      '¿Puede participar mi familia o una persona de apoyo?',
      '¿Alguien del personal habla español, o tienen intérprete?',
    ],
    cameFrom: 'De dónde viene esta información',
    appearsIn:
      'Este lugar aparece en: {sources}. Combinamos las listas de SAMHSA y anotamos qué lista dio cada dato. <data>Sobre nuestros datos</data>.',
    groupFrom: 'De {sources}.',
  },
} as const satisfies Messages['locator'];
