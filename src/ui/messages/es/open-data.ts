import type { Messages } from '../index.ts';

/**
 * La página sobre nuestros datos en el formato Open Referral HSDS 3.0. Los nombres de campos, los códigos y las
 * categorías de SAMHSA se quedan como aparecen en los datos (en inglés): son lo que lee un programa.
 */
export const openData = {
  title: 'Nuestros datos en el formato de Open Referral (HSDS 3.0)',
  description:
    'Cómo Open Treatment publica su directorio de lugares de tratamiento en la especificación HSDS 3.0, y cómo cada código de SAMHSA se convierte a ella.',
  lead: 'Las líneas 211, las redes de referidos y los directorios de los estados leen la especificación de datos de servicios humanos de Open Referral (HSDS). Publicamos todo nuestro directorio en HSDS 3.0, gratis y sin clave.',
  whereTitle: 'Dónde conseguirlos',
  endpoints: {
    serviceAtLocations: 'Cada lugar, una página a la vez: el servicio, su ubicación y dirección, teléfonos, idiomas y códigos',
    services: 'Lo mismo, empezando por el servicio',
    organizations: 'Las organizaciones (agregue full_service=true para ver sus servicios)',
    taxonomies: 'La única taxonomía: los códigos de servicio de SAMHSA',
    taxonomyTerms: 'Sus términos: uno por código, con un nombre sencillo (en inglés)',
  },
  paging:
    'Las listas aceptan {page} y {perPage} (hasta 100) y responden con los campos de página de HSDS ({totalItems}, {totalPages}, etc.) y {contents}. Cada registro también tiene su propia dirección, por id. Para llevarse todo de una vez, ejecute {command} en una copia de Open Treatment: escribe un archivo por cada tipo de registro.',
  mapsTitle: 'Cómo nuestros datos se convierten a HSDS',
  oneOfEach: {
    title: 'Un lugar, uno de cada uno.',
    text: 'SAMHSA publica lugares de tratamiento, no las organizaciones que los manejan ni programas por separado. Por eso, cada lugar es una organización, un servicio, una ubicación y el service_at_location que los une. Ningún código se convierte en un servicio aparte.',
  },
  attributes: {
    title: 'Los códigos son atributos.',
    text: 'Cada código de servicio de SAMHSA que tiene un lugar (tipo de atención, entorno, medicamentos, pago, programas, idiomas y los demás) es un atributo de su servicio. Cada uno apunta a un término de una sola taxonomía, «{taxonomy}», con las palabras de SAMHSA y nuestro nombre sencillo.',
  },
  languages: {
    title: 'Idiomas.',
    text: 'Los códigos de «{category}» también se convierten en idiomas del servicio, con un código ISO 639 cuando existe (la lengua de señas americana es {ase}). Los dos códigos de «otros idiomas» se quedan solo como atributos.',
  },
  eligibility: {
    title: 'Requisitos.',
    text: 'Los códigos de {categories} también se escriben en {field}. No adivinamos edades: {min} y {max} no aparecen.',
  },
  payment: { title: 'Pago.', text: 'Los códigos de {categories} también se escriben en {field}.' },
  licences: { title: 'Licencias.', text: 'Los códigos de {categories} también se escriben en {field}.' },
  sources: {
    title: 'De dónde viene cada dato.',
    text: 'Los nombres, las direcciones, los puntos del mapa, los teléfonos, los idiomas y cada código llevan {metadata} con la lista de SAMHSA y el año de donde salieron.',
  },
  fresh: {
    title: 'Qué tan nuevos son.',
    text: 'Cada servicio tiene una {alert} que dice cuándo lo publicó SAMHSA por última vez. Los lugares que no se ven desde 2015 o 2017 lo dicen: puede que hayan cerrado. {assured} es el día en que nuestro equipo comprobó el lugar por última vez con el propio lugar (por lo general por teléfono), y no aparece si nadie lo ha comprobado. Un dato que corrigió nuestro equipo lo dice en su {metadata}. Un lugar que nuestro equipo encontró cerrado tiene el estado {defunct}.',
  },
  addresses: {
    title: 'Direcciones.',
    text: 'Algunos lugares mantienen su dirección en privado. No tienen registro de dirección; su ubicación dice el pueblo o la ciudad. Un punto del mapa que es solo el centro de un código postal o de un pueblo lo dice.',
  },
  ids: {
    title: 'Ids.',
    text: 'Cada id es un UUID hecho con nuestro propio id del lugar, así que no cambia de una actualización a otra.',
  },
  licencesTitle: 'Licencias',
  licence:
    'Los datos de los lugares son obra del gobierno de EE. UU. (dominio público, de SAMHSA). HSDS es la especificación de datos de servicios humanos, un recurso de Open Referral ({openreferral}), con licencia CC BY-SA 4.0. Revisamos lo que publicamos con sus esquemas JSON oficiales.',
  base: 'Dirección base de la API: {url}',
} as const satisfies Messages['openData'];
