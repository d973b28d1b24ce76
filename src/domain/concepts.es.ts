/**
 * The search vocabulary in Spanish: a label and a hint for every concept in ./concepts.ts, the filter groups'
 * legends and who a place serves only. The values in URLs and the API stay English (`care=detox`); only the
 * words change. A test (concepts.es.test.ts) fails on a concept without Spanish words.
 *
 * @module
 */
import type { FilterGroup } from './concepts.ts';
import type { ServesOnly } from './serves-only.ts';

export const GROUP_LABELS_ES: Record<FilterGroup, { legend: string; hint: string }> = {
  care: { legend: 'Tipo de atención', hint: 'Dónde y con qué frecuencia se da el tratamiento.' },
  medication: {
    legend: 'Medicamentos para el trastorno por consumo de opioides',
    hint: 'Lugares que ofrecen cada medicamento, según el directorio.',
  },
  payment: { legend: 'Formas de pago', hint: 'Siempre confirme con el lugar que aceptan su plan.' },
  population: { legend: 'Programas para', hint: 'Lugares con un programa para este grupo de personas.' },
  language: { legend: 'Idioma', hint: 'Atención en otro idioma.' },
  approach: {
    legend: 'Tipo de terapia',
    hint: 'Solo el directorio de 2017 los registra, así que muchos lugares que los ofrecen no están marcados.',
  },
};

/** By concept key (`group:value`). */
export const CONCEPT_LABELS_ES: Readonly<Record<string, { label: string; hint: string }>> = {
  'care:detox': {
    label: 'Desintoxicación (atención para la abstinencia)',
    hint: 'Ayuda para pasar la abstinencia con seguridad.',
  },
  'care:hospital': { label: 'Hospitalización', hint: 'Atención mientras se queda en un hospital.' },
  'care:residential': { label: 'Residencial', hint: 'Vivir por un tiempo en el lugar de tratamiento.' },
  'care:partial': {
    label: 'Hospitalización parcial (tratamiento de día)',
    hint: 'Tratamiento casi todo el día, y de noche a casa.',
  },
  'care:intensive': { label: 'Ambulatorio intensivo', hint: 'Varias sesiones a la semana, viviendo en casa.' },
  'care:outpatient': { label: 'Ambulatorio', hint: 'Consultas mientras vive en su casa.' },
  'medication:methadone': {
    label: 'Metadona (programa de tratamiento de opioides)',
    hint: 'La metadona solo se da en programas de tratamiento de opioides.',
  },
  'medication:buprenorphine': {
    label: 'Buprenorfina',
    hint: 'También se conoce por marcas como Suboxone o Sublocade.',
  },
  'medication:naltrexone': {
    label: 'Naltrexona',
    hint: 'Una pastilla o una inyección mensual (Vivitrol) que bloquea los opioides.',
  },
  'payment:medicaid': { label: 'Medicaid', hint: 'El plan de salud público de su estado.' },
  'payment:medicare': {
    label: 'Medicare',
    hint: 'El plan federal para personas de 65 años o más y algunas personas con discapacidades.',
  },
  'payment:private': { label: 'Seguro privado', hint: 'Un plan del trabajo o del mercado de seguros.' },
  'payment:cash': { label: 'Pago en efectivo o por cuenta propia', hint: 'Pagar usted mismo, sin seguro.' },
  'payment:sliding': { label: 'Tarifa según ingresos', hint: 'El precio depende de lo que usted gana.' },
  'payment:free': { label: 'Atención gratis', hint: 'No se cobra.' },
  'payment:military': {
    label: 'Seguro militar (TRICARE)',
    hint: 'Seguro para miembros de las fuerzas armadas, veteranos y sus familias.',
  },
  'population:pregnant': {
    label: 'Personas embarazadas o en el posparto',
    hint: 'Un programa para el embarazo y después del parto.',
  },
  'population:women': { label: 'Mujeres', hint: 'Un programa para mujeres adultas.' },
  'population:men': { label: 'Hombres', hint: 'Un programa para hombres adultos.' },
  'population:adolescents': { label: 'Adolescentes', hint: 'Un programa para adolescentes.' },
  'population:young-adults': { label: 'Adultos jóvenes', hint: 'Un programa para adultos jóvenes (de unos 18 a 25 años).' },
  'population:seniors': { label: 'Adultos mayores', hint: 'Un programa para personas mayores.' },
  'population:veterans': { label: 'Veteranos', hint: 'Un programa para veteranos.' },
  'population:lgbtq': {
    label: 'Personas LGBTQ+',
    hint: 'Un programa para personas lesbianas, gais, bisexuales, transgénero y queer.',
  },
  'population:justice': {
    label: 'Personas con asuntos en el sistema de justicia',
    hint: 'Un programa para personas en libertad condicional, a prueba o con una orden de la corte.',
  },
  'population:dui-dwi': {
    label: 'Personas con un DUI o DWI',
    hint: 'Un programa para personas enviadas después de manejar bajo los efectos del alcohol o las drogas.',
  },
  'population:co-occurring': {
    label: 'Salud mental y consumo de sustancias a la vez',
    hint: 'Ayuda para las dos cosas al mismo tiempo.',
  },
  'language:spanish': { label: 'Español', hint: 'Atención en español.' },
  'language:deaf-hard-of-hearing': {
    label: 'Ayuda para personas sordas o con pérdida de audición',
    hint: 'El personal o un intérprete pueden ayudar. Pregunte si ofrecen lengua de señas americana (ASL).',
  },
  'approach:cbt': {
    label: 'Terapia cognitivo-conductual (TCC)',
    hint: 'Aprender a cambiar pensamientos y hábitos que llevan al consumo.',
  },
  'approach:dbt': {
    label: 'Terapia dialéctica conductual (TDC)',
    hint: 'Habilidades para manejar emociones fuertes y las relaciones.',
  },
  'approach:contingency': {
    label: 'Manejo de contingencias',
    hint: 'Pequeños premios por lograr metas, como pruebas de drogas negativas.',
  },
  'approach:twelve-step': {
    label: 'Apoyo para empezar los 12 pasos',
    hint: 'Ayuda para empezar en grupos como Narcóticos Anónimos.',
  },
  'approach:motivational': { label: 'Entrevista motivacional', hint: 'Hablar de sus propias razones para cambiar.' },
  'approach:relapse-prevention': {
    label: 'Prevención de recaídas',
    hint: 'Planear para los momentos difíciles y lo que los provoca.',
  },
  'approach:trauma': { label: 'Consejería sobre traumas', hint: 'Atención que toma en cuenta traumas del pasado.' },
};

export const SERVES_ONLY_LABELS_ES: Record<ServesOnly, { label: string; detail: string }> = {
  custody: {
    label: 'Dentro de una cárcel, prisión o centro de detención',
    detail: 'Solo para las personas detenidas allí. No está abierto al público.',
  },
  veterans: {
    label: 'Solo para veteranos',
    detail:
      'Un programa del Departamento de Asuntos de Veteranos (VA). Los veteranos pueden preguntar si califican cuando llamen.',
  },
  'dui-dwi': {
    label: 'Solo para personas con un DUI o DWI',
    detail:
      'Clases o tratamiento después de manejar bajo los efectos del alcohol o las drogas, muchas veces por orden de una corte.',
  },
  adolescents: {
    label: 'Solo para adolescentes',
    detail: 'Tratamiento para jóvenes, no para adultos.',
  },
};
