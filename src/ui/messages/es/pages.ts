import type { Messages } from '../index.ts';

/** Las piezas alrededor de las páginas de contenido (content/pages/es/*.md) y las palabras de sus marcadores. */
export const pages = {
  sources: {
    retrieved: 'Consultado el {date}.',
  },
  reviewPending:
    'Ningún profesional de salud ha revisado esta página todavía: la escribimos a partir de las fuentes que aparecen aquí.',
  reportProblem: {
    linked: 'abra un reporte en <tracker>nuestra lista pública de problemas</tracker> (en inglés)',
    unlinked: 'comuníquese con las personas que mantienen esta copia de Open Treatment',
  },
  sponsorNow: {
    some: 'este sitio muestra publicidad pagada de {name} en algunas guías.',
    none: 'este sitio no muestra publicidad pagada.',
  },
} as const satisfies Messages['pages'];

/** Los botones para llamar de la página de crisis (src/features/self-check/crisis.view.tsx). */
export const crisis = {
  callNumber: 'Llame al {number}',
  callLine: 'Llame a {name} {number}',
  textNumber: 'Envíe un texto al {number}',
  line: '{name} {number}',
  getHelpNow: 'Ayuda ahora',
} as const satisfies Messages['crisis'];

/** Las tablas y listas de «Cómo funciona la autoevaluación» (src/features/self-check/how-it-works.view.tsx). */
export const howItWorks = {
  designTag: '[D]',
  designTagHidden: ' nuestra recomendación de diseño',
  rulesReviewPending:
    'Ningún profesional de salud ha revisado estas reglas todavía: son nuestro propio diseño, basado en las fuentes que aparecen al final de esta página.',
  redFlags: {
    caption: 'Respuestas de seguridad y a dónde llevan',
    happening: 'Si está pasando esto',
    show: 'Mostramos',
  },
  levels: { caption: 'Niveles de atención', level: 'Nivel', like: 'Cómo es', filter: 'Filtro de búsqueda' },
  rules: {
    atLeast: 'Por lo menos: {level}',
    caption: 'Reglas que sugieren por lo menos {level}',
    rule: 'Regla',
    area: 'Área',
    when: 'Si',
    says: 'El resultado dice',
    because: 'Porque usted dijo que {reason}.',
  },
  needs: { caption: 'Reglas que agregan consejos o filtros', rule: 'Regla', when: 'Si', adds: 'Agrega' },
  filters: {
    typeOfCare: 'Tipo de atención: el filtro del nivel en la tabla de arriba, más los que agreguen las reglas de abajo.',
    need: 'Cuando el resultado incluye «{need}»: {group} = {value}.',
    answer: 'Cuando «{question}» incluye «{answer}»: {group} = {values}.',
    or: ' o ',
    anyMedication:
      'Si no se eligió ningún medicamento, la búsqueda incluye lugares que ofrecen cualquiera de estos: {medicines}, siempre que se marcaron los opioides (o se saltó la pregunta) y no se marcó «No quiero medicamentos».',
  },
  conflict: 'La misma nota aparece si «{question}» incluye «{first}» y también «{second}».',
  when: 'cuando {condition}',
  always: 'siempre',
  describe: {
    quote: '«{text}»',
    or: ' o ',
    is: '{question} es {answers}',
    includes: '{question} incluye {answers}',
    skipped: 'se saltó {question}',
    not: 'no: {condition}',
    and: ', y ',
    either: 'o bien {conditions}',
    eitherOr: ', o ',
    need: 'el resultado incluye {need}',
    levelAtLeast: 'el nivel sugerido es {level} o más alto',
  },
} as const satisfies Messages['howItWorks'];
