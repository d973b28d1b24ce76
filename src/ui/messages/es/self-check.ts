import type { Messages } from '../index.ts';

/**
 * Las pantallas de la autoevaluación (src/features/self-check): inicio, pasos, resultado y resumen para imprimir.
 * `[usted|la persona]` elige las palabras para la persona misma o para alguien a quien ayuda (vea ../format.ts).
 */
export const selfCheck = {
  description:
    'Una autoevaluación corta y privada: qué tipo de tratamiento pedir por el consumo de opioides y sobre qué medicamentos preguntar.',
  titles: {
    intro: 'Autoevaluación: ¿qué tipo de tratamiento debo pedir?',
    step: '{title} – Autoevaluación',
    result: 'Su resultado – Autoevaluación',
    print: 'Lleve esto a su primera llamada – Autoevaluación',
    crisis: 'Ayuda ahora',
  },
  startOver: 'Empezar de nuevo',
  startOverHidden: ' (borra todas las respuestas)',
  intro: {
    heading: '¿Qué tipo de tratamiento debo pedir?',
    lead: 'Conteste {count} preguntas cortas, para usted o para alguien a quien ayuda, y reciba un punto de partida, los medicamentos sobre los que puede preguntar y una búsqueda de tratamiento cerca.',
    danger:
      '<strong>Si alguien está en peligro ahora mismo, no espere.</strong> Llame al {emergency} o <crisis>busque ayuda para una crisis ahora</crisis>.',
    beforeTitle: 'Antes de empezar',
    time: 'Toma unos 5 minutos. Puede saltarse cualquier pregunta.',
    private:
      'Es privada. Sus respuestas no se guardan ni se escriben en nuestros registros. Con JavaScript activado, nunca salen de su aparato. Solo si decide buscar al final, los filtros de la búsqueda (como «Residencial» o «Personas embarazadas o en el posparto») van en la dirección web de la búsqueda, donde puede verlos y cambiarlos.',
    notDiagnosis:
      'No es un diagnóstico ni una inscripción. Le da un punto de partida para conversar con un profesional de salud o con la Línea Nacional de Ayuda de SAMHSA al {helpline} (en español).',
    start: 'Empezar la autoevaluación',
    public: 'Las reglas son públicas: lea <how>cómo funciona la autoevaluación</how>.',
  },
  step: {
    safetyCaption: 'Primero, la seguridad',
    caption: 'Pregunta {index} de {total}',
    safetyNote: 'Si alguien está en peligro, no tiene que terminar esto. <crisis>Busque ayuda para una crisis ahora</crisis>.',
    why: 'Por qué lo preguntamos',
    continue: 'Continuar',
    skip: 'Saltar esta pregunta',
    back: 'Atrás',
    bothNone: 'Elija «{none}» o las respuestas que correspondan, no las dos cosas',
  },
  result: {
    caption: 'Su resultado',
    heading: 'Un punto de partida: {level}',
    levelTitle: 'Nivel de atención sugerido para empezar: {level}',
    noReasons:
      'Nada de lo que nos dijo indica que haga falta más atención que esta. La atención ambulatoria con medicamentos funciona bien para muchas personas que tienen un lugar seguro donde vivir.',
    because: 'Porque usted dijo que {reason}.',
    notDiagnosis:
      '<strong>Esto no es un diagnóstico ni una inscripción.</strong> Es un punto de partida. Convérselo con un profesional de salud, o llame a la Línea Nacional de Ayuda de SAMHSA al {helpline} (gratis, confidencial, a cualquier hora, en español).',
    rulesReviewPending:
      'Ningún profesional de salud ha revisado todavía las reglas de la autoevaluación: son nuestro propio diseño, explicado en «Cómo funciona la autoevaluación».',
    medication:
      'Se recomiendan los medicamentos para el trastorno por consumo de opioides en todos los niveles de atención, desde consultas ambulatorias hasta una estadía en el hospital. Las personas que toman metadona o buprenorfina tienen mucho menos riesgo de morir. Pregunte en cada lugar cuáles ofrecen.',
    askedAbout: 'Usted preguntó por esto',
    alsoAsk: 'Pregunte también por:',
    disagree:
      'Algunas respuestas parecían no estar de acuerdo entre sí. Elegimos la respuesta que podría necesitar más atención. Convérselo con un profesional de salud.',
    skipped: {
      one: 'Se saltó {count} pregunta, así que esto se basa solo en lo que nos dijo. Está bien: un profesional de salud le preguntará más.',
      other:
        'Se saltó {count} preguntas, así que esto se basa solo en lo que nos dijo. Está bien: un profesional de salud le preguntará más.',
    },
    findTitle: 'Busque lugares cerca de usted',
    findIntro: 'La búsqueda empieza con estos filtros. Puede cambiarlos allí y agregar su código postal o su pueblo.',
    findButton: 'Buscar tratamiento con estos filtros',
    medicinesTitle: 'Medicamentos sobre los que puede preguntar',
    takeTitle: 'Lléveselo',
    takeIntro: 'Un resumen de una página con la sugerencia, las respuestas y preguntas para hacer cuando llame a un lugar.',
    print: 'Imprimir o guardar este resumen',
    backToQuestions: 'Volver a las preguntas',
    guidesTitle: 'Guías que le pueden servir',
    toldUs: '[Lo que nos dijo|Lo que nos dijo sobre la persona]',
    howItWorks: 'Vea <how>cómo funciona la autoevaluación</how>.',
    skippedAnswer: 'Sin respuesta',
  },
  print: {
    heading: 'Lleve esto a su primera llamada',
    from: 'De la autoevaluación de Open Treatment. No es un diagnóstico ni una inscripción; es un punto de partida para conversar con un profesional de salud.',
    startTitle: 'Punto de partida sugerido',
    because: 'Porque usted dijo que {reasons}.',
    reasonsJoin: ', y ',
    noReasons: 'Ninguna respuesta indicó que haga falta más atención.',
    alsoAsk: 'Pregunte también por: {needs}.',
    medicines: 'Medicamentos sobre los que puede preguntar: metadona, buprenorfina, naltrexona{interested}.',
    interested: ' (con más interés en {medicines})',
    and: ' y ',
    questionsTitle: 'Preguntas para hacer',
    answersTitle: '[Mis respuestas|Respuestas sobre la persona a quien ayudo]',
    helpLine:
      'Ayuda a cualquier hora: {samhsaName} {samhsa} (en español) · Crisis: llame (marque 2) o envíe AYUDA al {crisis} · Emergencias: {emergency}',
    howTo: 'Para imprimir o guardar como PDF, use el comando Imprimir de su navegador.',
    printButton: 'Imprimir esta página',
    backToResult: 'Volver al resultado',
  },
  cannotRead: {
    title: 'Lo sentimos, no pudimos leer sus respuestas',
    body: 'Algo en el formulario cambió en el camino, así que no pudimos saber qué eligió. No se guardó nada, así que no hay nada que borrar.',
    startOver: 'Empezar de nuevo',
    danger: 'Si alguien está en peligro ahora mismo, <crisis>busque ayuda para una crisis</crisis>.',
  },
  crisisLink: 'Ayuda ahora',
} as const satisfies Messages['selfCheck'];
