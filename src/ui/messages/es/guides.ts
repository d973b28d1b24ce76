import type { Messages } from '../index.ts';

/** El índice de guías y las partes de una guía alrededor de su Markdown (src/features/guides). */
export const guides = {
  index: {
    title: 'Guías',
    description:
      'Guías en lenguaje sencillo sobre el tratamiento por consumo de heroína y otros opioides: medicamentos, desintoxicación, terapia, cómo pagar, sobredosis y cómo ayudar a un ser querido.',
    lead: 'Información clara y honesta sobre el tratamiento por consumo de heroína y otros opioides, para usted o para alguien que le importa. Cada guía dice de dónde sale su información y cuándo la revisamos por última vez.',
    empty: 'Todavía no hay guías aquí. Vuelva pronto.',
    lastReviewed: 'Última revisión',
    reviewPending: 'Falta la revisión de un profesional de salud',
    due: 'Le toca revisión',
  },
  page: {
    breadcrumb: 'Ruta de navegación',
    home: 'Inicio',
    guides: 'Guías',
    writtenBy: 'Escrito por: {name} ({role})',
    lastReviewed: 'Última revisión de la página:',
    nextReview: 'Próxima revisión:',
    factChecked: 'Datos comparados con las fuentes por última vez:',
    reviewPending:
      'Ningún profesional de salud ha revisado esta guía todavía: la escribimos a partir de las fuentes que aparecen al final.',
    overdueTitle: 'A esta guía le toca una revisión.',
    overdue:
      'Pensábamos revisarla de nuevo antes del {next} y todavía no lo hemos hecho. Algunos detalles pueden haber cambiado desde el {last}. Consulte lo importante con un médico, un farmacéutico o la Línea Nacional de Ayuda de SAMHSA.',
    expiredIntro: 'En especial, esta guía dice algo que solo se sabía válido hasta una fecha que ya pasó:',
    expiredUntil: '(hasta el {date})',
    contents: 'En esta página',
    commonQuestions: 'Preguntas frecuentes',
    references: 'Fuentes',
    retrieved: 'Consultado el {date}.',
    backToText: 'Volver al texto',
    backToTextHidden: ' de la fuente {number}',
    backToTextPlace: 'fuente {number}, lugar ',
    related: 'Guías relacionadas',
    find: {
      title: 'Busque tratamiento cerca de usted',
      label: 'Código postal (ZIP), o ciudad y estado',
      hint: 'Por ejemplo, 43215 o Columbus, OH',
      button: 'Buscar tratamiento',
    },
  },
} as const satisfies Messages['guides'];
