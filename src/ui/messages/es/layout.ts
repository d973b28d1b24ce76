import type { Messages } from '../index.ts';

/** El marco de la página (src/ui/layout.tsx), el cuadro de líneas de ayuda y las piezas de formularios. */
export const layout = {
  siteName: 'Open Treatment',
  errorPrefix: 'Error: ',
  titleSeparator: ' – ',
  skipLink: 'Ir al contenido principal',
  nav: {
    label: 'Principal',
    find: 'Buscar tratamiento',
    guides: 'Guías',
    selfCheck: 'Autoevaluación',
    crisis: 'Ayuda en una crisis',
  },
  strip: {
    needHelp: '¿Necesita ayuda ahora?',
    needHelpHidden: ' ({name}, gratis y confidencial, las 24 horas, en español)',
    crisis: 'Crisis: llame (marque 2) o envíe AYUDA al',
    emergency: 'En una emergencia llame al',
    quickExit: 'Salida rápida',
    quickExitHidden: ' (salir de este sitio ahora; pulse Escape dos veces)',
  },
  footer: {
    label: 'Sobre este sitio',
    aboutData: 'Sobre nuestros datos',
    privacy: 'Privacidad',
    accessibility: 'Accesibilidad',
    editorialPolicy: 'Cómo escribimos y financiamos este sitio',
    api: 'Datos abiertos y API',
    newsletter: 'Reciba noticias por correo',
    notAdvice:
      'Open Treatment da información, no consejo médico. No diagnostica a nadie ni lo inscribe en un tratamiento. No guarda nada sobre usted, a menos que se suscriba a nuestro boletín.',
    attribution:
      'Datos de los centros de SAMHSA (dominio público). Contiene datos de GeoNames (www.geonames.org), con licencia CC BY 4.0. Vea <data>Sobre nuestros datos</data>.',
  },
  helplineBox: { title: 'Hable con alguien ahora' },
  errorSummary: { title: 'Hay un problema' },
  language: { label: 'Idioma', switchTo: 'English', switchToHidden: ' (this page in English)' },
} as const satisfies Messages['layout'];

/** Las páginas de error (src/error-pages.tsx). */
export const errors = {
  notFoundTitle: 'No encontramos la página',
  serverTitle: 'Lo sentimos, algo salió mal',
  problemTitle: 'Hay un problema',
  notFound: 'No pudimos encontrar esa página. Si escribió la dirección, revise que esté bien.',
  badRequest: 'No pudimos leer ese pedido. Por favor, inténtelo de nuevo.',
  server: 'Algo salió mal de nuestro lado. Por favor, inténtelo de nuevo en un momento.',
  whereNext:
    'Puede <find>buscar tratamiento</find>, leer nuestras <guides>guías</guides> o ir a la <home>página principal</home>.',
  helpNow: 'Si necesita ayuda ahora, llame a la {name} al {number} (gratis, confidencial, a cualquier hora, en español).',
} as const satisfies Messages['errors'];
