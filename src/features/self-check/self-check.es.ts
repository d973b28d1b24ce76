/**
 * The self-check's words in Spanish, by their English words in self-check.questions.ts and self-check.rules.ts
 * (the questions, answers, levels of care, advice, reasons, medicines and questions to ask). The values and the
 * rules never change with the language: only what a reader sees. `[usted|la persona]` works as `[you|they]` does.
 * A test (self-check.es.test.ts) fails on any English words without Spanish ones here.
 *
 * @module
 */

import { POISON_CONTROL } from '../../ui/helplines.ts';

export const SELF_CHECK_ES: Readonly<Record<string, string>> = {
  'First, is anyone in danger right now?': 'Primero, ¿hay alguien en peligro ahora mismo?',
  'Is any of this happening right now, to you or to the person you are helping?':
    '¿Está pasando algo de esto ahora mismo, a usted o a la persona a quien ayuda?',
  'Tick any that are true right now. If none are, choose Continue.':
    'Marque lo que sea cierto ahora mismo. Si nada lo es, elija Continuar.',
  'Danger right now': 'Peligro ahora mismo',
  'Someone is not breathing, or will not wake up': 'Alguien no respira, o no despierta',
  'Signs of an overdose: very slow breathing, blue or gray lips, tiny pupils, gurgling or snoring sounds, or a limp body':
    'Señales de una sobredosis: respira muy despacio, labios azules o grises, pupilas muy chiquitas, ruidos de gorgoteo o ronquidos, o el cuerpo flojo',
  'Thoughts of suicide or of hurting themselves': 'Pensamientos de suicidio o de hacerse daño',
  'A seizure (a fit)': 'Una convulsión (un ataque)',
  'Chest pain or trouble breathing': 'Dolor de pecho o dificultad para respirar',
  'Very confused, or seeing or hearing things that are not there': 'Mucha confusión, o ve u oye cosas que no están ahí',
  'Pregnant and going through withdrawal': 'Embarazada y pasando por la abstinencia',
  'A child or anyone else took a medicine or drug by mistake': 'Un niño u otra persona tomó un medicamento o una droga por error',
  'Who are you answering for?': '¿Para quién contesta?',
  'We will word the questions to fit. Either way, nothing is saved.':
    'Vamos a escribir las preguntas para que le queden bien. De las dos formas, no se guarda nada.',
  'Answering for': 'Contesta para',
  Myself: 'Para mí',
  'Someone I am helping, like a family member, partner or friend':
    'Para alguien a quien ayudo, como un familiar, mi pareja o un amigo',
  'What do [you|they] use?': '¿Qué [usa usted|usa la persona]?',
  'Withdrawal from alcohol or benzos can be dangerous, unlike withdrawal from opioids alone. That changes which kind of care is safest.':
    'La abstinencia del alcohol o de las benzodiacepinas puede ser peligrosa, a diferencia de la abstinencia solo de opioides. Eso cambia qué tipo de atención es más segura.',
  'Which of these do [you|they] use?': '¿Cuáles de estas [usa usted|usa la persona]?',
  'Tick all that apply.': 'Marque todas las que correspondan.',
  'What is used': 'Qué usa',
  'Heroin or fentanyl': 'Heroína o fentanilo',
  'Opioid pills not taken as prescribed, such as oxycodone, or pills bought on the street':
    'Pastillas de opioides que no se toman como fueron recetadas, como la oxicodona, o pastillas compradas en la calle',
  Alcohol: 'Alcohol',
  'Benzodiazepines (“benzos”), such as Xanax, Valium or Klonopin': 'Benzodiacepinas («benzos»), como Xanax, Valium o Klonopin',
  'Meth, cocaine or other stimulants': 'Metanfetamina, cocaína u otros estimulantes',
  'Something else': 'Otra cosa',
  'How do [you|they] use them?': '¿Cómo las [usa usted|usa la persona]?',
  How: 'Cómo',
  'Injecting (with needles)': 'Inyectadas (con agujas)',
  'Smoking or snorting': 'Fumadas o inhaladas por la nariz',
  Swallowing: 'Tragadas',
  'How often do [you|they] use, and for how long?': '¿Con qué frecuencia [usa usted|usa la persona], y desde hace cuánto?',
  'Using most days usually means the body has come to depend on it, so stopping brings withdrawal. That helps plan for withdrawal and medication.':
    'Usar casi todos los días suele querer decir que el cuerpo ya depende de la sustancia, así que dejarla trae abstinencia. Eso ayuda a planear la abstinencia y los medicamentos.',
  'Think about the last month or so.': 'Piense en el último mes, más o menos.',
  'How often': 'Con qué frecuencia',
  'Every day or most days, for a year or more': 'Todos los días o casi todos, desde hace un año o más',
  'Every day or most days, for less than a year': 'Todos los días o casi todos, desde hace menos de un año',
  'Some days, but not most days': 'Algunos días, pero no la mayoría',
  '[I|They] have stopped for now, in the last few months': '[Lo dejé|Lo dejó] por ahora, en los últimos meses',
  'When [you|they] stopped or cut down before, what happened?':
    'Cuando [usted lo dejó|la persona lo dejó] o usó menos antes, ¿qué pasó?',
  'What happened in past withdrawal is one of the best clues to how much medical care withdrawal needs next time.':
    'Lo que pasó en una abstinencia anterior es una de las mejores pistas de cuánta atención médica hará falta la próxima vez.',
  'Past withdrawal': 'Abstinencia anterior',
  'Seeing or hearing things that were not there, or being very confused':
    'Vio u oyó cosas que no estaban ahí, o tuvo mucha confusión',
  'Needed a hospital or an emergency room': 'Necesitó un hospital o una sala de emergencias',
  'Very sick: could not keep food or water down, or could not get out of bed':
    'Muy enfermo: no podía retener comida ni agua, o no podía levantarse de la cama',
  'Felt sick, but got through it': 'Se sintió mal, pero salió adelante',
  '[I|They] have never stopped or cut down': '[Nunca lo he dejado ni he usado menos|Nunca lo ha dejado ni ha usado menos]',
  'Do [you|they] have any of these health problems?': '¿[Tiene usted|Tiene la persona] alguno de estos problemas de salud?',
  'Some health problems need doctors and nurses close by while treatment starts.':
    'Algunos problemas de salud necesitan médicos y enfermeras cerca cuando empieza el tratamiento.',
  'Other health problems': 'Otros problemas de salud',
  'A health problem that is getting worse, or needs a doctor soon':
    'Un problema de salud que está empeorando, o que necesita un médico pronto',
  'A wound, abscess or skin infection that is red, swollen or spreading':
    'Una herida, un absceso o una infección de la piel que está roja, hinchada o se extiende',
  'A long-term condition, such as diabetes, HIV, hepatitis C or heart disease':
    'Una condición de largo plazo, como diabetes, VIH, hepatitis C o una enfermedad del corazón',
  'Pain that has lasted for months': 'Un dolor que dura desde hace meses',
  'None of these': 'Nada de esto',
  'How is [your|their] mental health?': '¿Cómo está [su|la] salud mental[| de la persona]?',
  'Many people live with both a mental health condition and a substance use disorder. Care that treats both at once tends to work better.':
    'Muchas personas viven a la vez con una condición de salud mental y un trastorno por consumo de sustancias. La atención que trata las dos cosas juntas suele funcionar mejor.',
  'Are any of these true for [you?|them?]': '¿Es cierto algo de esto [para usted?|para la persona?]',
  'Tick all that apply. If thoughts of suicide are happening right now, call or text 988.':
    'Marque todas las que correspondan. Si hay pensamientos de suicidio ahora mismo, llame o envíe un texto al 988.',
  'Mental health': 'Salud mental',
  '[I have had thoughts of suicide or of hurting myself|They have had thoughts of suicide or of hurting themselves] in the past month':
    '[He tenido pensamientos de suicidio o de hacerme daño|Ha tenido pensamientos de suicidio o de hacerse daño] en el último mes',
  '[My mental health makes daily life very hard right now, like I cannot sleep, eat or look after myself|Their mental health makes daily life very hard right now, like they cannot sleep, eat or look after themselves]':
    '[Mi salud mental hace muy difícil la vida diaria ahora, como no poder dormir, comer o cuidarme|Su salud mental hace muy difícil la vida diaria ahora, como no poder dormir, comer o cuidarse]',
  'A mental health condition, such as depression, anxiety, PTSD or bipolar disorder':
    'Una condición de salud mental, como depresión, ansiedad, TEPT o trastorno bipolar',
  'Are [you|they] pregnant?': '¿[Está usted|Está la persona] embarazada?',
  'Pregnant people can often start treatment sooner, and care needs to fit both parent and baby.':
    'Las personas embarazadas muchas veces pueden empezar el tratamiento antes, y la atención tiene que servir para la madre y para el bebé.',
  Pregnant: 'Embarazo',
  Yes: 'Sí',
  'Maybe, or not sure': 'Tal vez, o no estoy seguro',
  'No, or this does not apply': 'No, o no corresponde',
  'What is home like for [you|them] right now?': '¿Cómo es [su casa|la casa de la persona] ahora mismo?',
  'Where someone lives can make recovery easier or much harder. It helps decide whether living at a treatment place for a while could help.':
    'El lugar donde alguien vive puede hacer la recuperación más fácil o mucho más difícil. Ayuda a decidir si vivir un tiempo en un lugar de tratamiento podría servir.',
  Home: 'Casa',
  'Safe, with people who support recovery': 'Segura, con personas que apoyan la recuperación',
  'Safe, but [I am|they are] alone a lot or have little support':
    'Segura, pero [paso|pasa] mucho tiempo a solas o con poco apoyo',
  'Other people there use drugs or drink a lot': 'Otras personas allí usan drogas o beben mucho',
  'Not safe, for example because of violence or threats': 'No es segura, por ejemplo por violencia o amenazas',
  '[I|They] do not have a stable place to live': '[No tengo|No tiene] un lugar estable donde vivir',
  'Have [you|they] had treatment before? What happened?':
    '¿[Ha recibido usted|Ha recibido la persona] tratamiento antes? ¿Qué pasó?',
  'What has and has not helped before is a good guide to what to try next.':
    'Lo que ayudó y lo que no ayudó antes es una buena guía de qué probar ahora.',
  'Past treatment': 'Tratamiento anterior',
  'Detox, with no treatment after it': 'Desintoxicación, sin tratamiento después',
  'Outpatient care or counseling more than once, but it was not enough to stop using':
    'Atención ambulatoria o consejería más de una vez, pero no alcanzó para dejar de usar',
  'Residential or inpatient treatment': 'Tratamiento residencial o en el hospital',
  'Medication for opioid use (methadone, buprenorphine or naltrexone), now or in the past':
    'Medicamentos para los opioides (metadona, buprenorfina o naltrexona), ahora o en el pasado',
  'No treatment before': 'Ningún tratamiento antes',
  'What can [you|they] do right now?': '¿Qué [puede hacer usted|puede hacer la persona] ahora mismo?',
  'Good care has to fit real life. This does not change the suggestion, but it changes what to ask about.':
    'La buena atención tiene que encajar en la vida real. Esto no cambia la sugerencia, pero sí cambia qué preguntar.',
  'Which of these are true for [you?|them?]': '¿Cuáles de estas son ciertas [para usted?|para la persona?]',
  'Day to day': 'Día a día',
  '[I|They] need to keep working, going to school, or caring for family':
    '[Necesito|Necesita] seguir trabajando, estudiando o cuidando a la familia',
  'Children live with [me|them]': 'Viven niños [conmigo|con la persona]',
  'Can get to a clinic most days': 'Puede llegar a una clínica casi todos los días',
  'Getting to appointments is hard, with no car, no bus or no time':
    'Es difícil llegar a las citas: no hay carro, ni autobús, ni tiempo',
  '[I|They] could stay at a treatment place for a few weeks':
    '[Podría|Podría] quedarse en un lugar de tratamiento por algunas semanas',
  'Which medicines would [you|they] like to know about?': '¿Sobre qué medicamentos [le gustaría|le gustaría a la persona] saber?',
  'Medication is a proven treatment for opioid use disorder, at every level of care. Not every place offers every medicine.':
    'Los medicamentos son un tratamiento comprobado para el trastorno por consumo de opioides, en todos los niveles de atención. No todos los lugares ofrecen todos los medicamentos.',
  'Tick all that apply. We explain each one on the next page.':
    'Marque todos los que correspondan. Explicamos cada uno en la página siguiente.',
  'Medicines of interest': 'Medicamentos de interés',
  Methadone: 'Metadona',
  'Buprenorphine, such as Suboxone, Sublocade or Brixadi': 'Buprenorfina, como Suboxone, Sublocade o Brixadi',
  'Naltrexone, such as Vivitrol': 'Naltrexona, como Vivitrol',
  'Not sure yet': 'Todavía no sé',
  '[I|They] do not want medication': '[No quiero|No quiere] medicamentos',
  'A few last things': 'Unas últimas cosas',
  'These help find places that fit. You can change them on the search page.':
    'Esto ayuda a encontrar lugares que sirvan. Puede cambiarlo en la página de búsqueda.',
  'Would [you|they] like some visits by video or phone?':
    '¿[Le gustarían|Le gustarían a la persona] algunas consultas por video o por teléfono?',
  'Video or phone visits': 'Consultas por video o por teléfono',
  'Yes, if possible': 'Sí, si se puede',
  'No, in person': 'No, en persona',
  'Either is fine': 'Cualquiera está bien',
  'Do [you|they] need care in a language other than English?':
    '¿[Necesita|Necesita la persona] atención en un idioma que no sea inglés?',
  Language: 'Idioma',
  Spanish: 'Español',
  'American Sign Language (ASL)': 'Lengua de señas americana (ASL)',
  'Another language': 'Otro idioma',
  'No, English is fine': 'No, el inglés está bien',
  'How would [you|they] pay?': '¿Cómo [pagaría|pagaría la persona]?',
  'Tick all that apply. Many places offer low-cost or free care.':
    'Marque todas las que correspondan. Muchos lugares ofrecen atención barata o gratis.',
  Payment: 'Pago',
  Medicaid: 'Medicaid',
  Medicare: 'Medicare',
  'Private insurance, from work or the marketplace': 'Seguro privado, del trabajo o del mercado de seguros',
  'Military insurance (TRICARE)': 'Seguro militar (TRICARE)',
  'No insurance': 'Sin seguro',
  'Not sure': 'No estoy seguro',
  'Outpatient care': 'Atención ambulatoria',
  'Visits to a clinic or office, or by video, usually a few hours a week (up to about 8). People live at home and keep up with daily life.':
    'Consultas en una clínica o una oficina, o por video, por lo general unas horas a la semana (hasta unas 8). La persona vive en su casa y sigue con su vida diaria.',
  'Intensive outpatient program (IOP)': 'Programa ambulatorio intensivo (IOP)',
  'Treatment on several days each week, 9 hours a week or more for adults, while living at home.':
    'Tratamiento varios días a la semana, 9 horas a la semana o más para adultos, viviendo en casa.',
  'Partial hospitalization (day treatment)': 'Hospitalización parcial (tratamiento de día)',
  'Treatment for most of the day, 20 hours a week or more, going home at night.':
    'Tratamiento casi todo el día, 20 horas a la semana o más, y de noche a casa.',
  'Residential treatment': 'Tratamiento residencial',
  'Living at a treatment place, with staff there day and night, for weeks to months.':
    'Vivir en un lugar de tratamiento, con personal allí de día y de noche, por semanas o meses.',
  'Medically managed care (hospital or medical detox)': 'Atención con manejo médico (hospital o desintoxicación médica)',
  'Care with doctors and nurses around the clock, in a hospital or a medical unit, usually for days to weeks. It is often used to get through withdrawal or a health problem safely, and other treatment follows.':
    'Atención con médicos y enfermeras las 24 horas, en un hospital o una unidad médica, por lo general de días a semanas. Muchas veces se usa para pasar la abstinencia o un problema de salud con seguridad, y después sigue otro tratamiento.',
  'Medical help with withdrawal (detox)': 'Ayuda médica con la abstinencia (desintoxicación)',
  'Ask for medical help with [|their ]withdrawal (often called detox). Getting through withdrawal with care is safer and more comfortable, and it works best when ongoing treatment follows.':
    'Pida ayuda médica con [su|la] abstinencia[| de la persona] (que muchas veces se llama desintoxicación o «detox»). Pasar la abstinencia con atención es más seguro y más llevadero, y funciona mejor cuando después sigue un tratamiento.',
  'A warning about mixing opioids with benzos or alcohol': 'Una advertencia sobre mezclar opioides con benzos o alcohol',
  'Opioids together with benzos or alcohol sharply raise [the risk of overdose, because each of them slows breathing. Have naloxone with you, never use alone, and know the overdose steps: call 911, give naloxone, and stay with the person.|their risk of overdose, because each of them slows breathing. Keep naloxone where you can reach it, ask them never to use alone, and learn the overdose steps: call 911, give naloxone, and stay with them.]':
    'Los opioides junto con benzos o alcohol aumentan mucho [el riesgo de sobredosis, porque cada uno hace más lenta la respiración. Tenga naloxona a mano, nunca use a solas, y conozca los pasos ante una sobredosis: llame al 911, dé naloxona y quédese con la persona.|el riesgo de sobredosis de la persona, porque cada uno hace más lenta la respiración. Tenga naloxona donde la pueda alcanzar, pídale que nunca use a solas, y aprenda los pasos ante una sobredosis: llame al 911, dé naloxona y quédese con la persona.]',
  'Naloxone (Narcan) to reverse an overdose': 'Naloxona (Narcan) para revertir una sobredosis',
  '[Carry naloxone, such as Narcan nasal spray. It can reverse an opioid overdose, and pharmacies sell it without a prescription. Show the people around you where it is and how to use it.|Keep naloxone, such as Narcan nasal spray, where you can reach it, and learn how to use it. It can reverse an opioid overdose, and pharmacies sell it without a prescription.]':
    '[Lleve naloxona, como el aerosol nasal Narcan. Puede revertir una sobredosis de opioides, y las farmacias la venden sin receta. Muéstreles a las personas cercanas dónde está y cómo usarla.|Tenga naloxona, como el aerosol nasal Narcan, donde la pueda alcanzar, y aprenda a usarla. Puede revertir una sobredosis de opioides, y las farmacias la venden sin receta.]',
  'A safe plan to stop alcohol or benzos': 'Un plan seguro para dejar el alcohol o las benzos',
  'After daily use, stopping alcohol or benzos suddenly can cause seizures and can be life-threatening. Talk with a clinician about a safe way to stop.':
    'Después de usarlos todos los días, dejar el alcohol o las benzos de golpe puede causar convulsiones y poner la vida en peligro. Hable con un profesional de salud sobre una forma segura de dejarlos.',
  'A doctor for a wound or infection': 'Un médico para una herida o una infección',
  'A wound or infection that is red, swollen or spreading needs a doctor or urgent care soon. Infections from using can become serious quickly. If there is a high fever or the redness is spreading fast, go to an emergency room.':
    'Una herida o una infección que está roja, hinchada o se extiende necesita un médico o atención de urgencia pronto. Las infecciones por usar drogas pueden ponerse graves rápido. Si hay fiebre alta o lo rojo se extiende rápido, vaya a una sala de emergencias.',
  'Care for other health needs': 'Atención para otras necesidades de salud',
  'Care for mental health and substance use together': 'Atención para la salud mental y el consumo de sustancias a la vez',
  'Support for thoughts of suicide': 'Apoyo para los pensamientos de suicidio',
  'Thoughts of suicide are common and they can pass. If they come back, call or text 988 at any time, day or night. If someone is in danger right now, call 911.':
    'Los pensamientos de suicidio son comunes y pueden pasar. Si vuelven, llame o envíe un texto al 988 a cualquier hora, de día o de noche (en español: marque 2, o envíe AYUDA por texto). Si alguien está en peligro ahora mismo, llame al 911.',
  'Care that fits pregnancy': 'Atención que sirva durante el embarazo',
  'Because [you are pregnant, contact a clinician or the SAMHSA National Helpline soon. Tell them you are pregnant: opioid treatment programs must give pregnant patients priority, so you may be seen sooner. Do not go through withdrawal|they are pregnant, help them contact a clinician or the SAMHSA National Helpline soon. They should say they are pregnant: opioid treatment programs must give pregnant patients priority, so they may be seen sooner. Withdrawal during pregnancy should not happen] alone.':
    'Como [usted está embarazada, comuníquese pronto con un profesional de salud o con la Línea Nacional de Ayuda de SAMHSA. Diga que está embarazada: los programas de tratamiento de opioides tienen que dar prioridad a las pacientes embarazadas, así que la pueden atender antes. No pase la abstinencia|la persona está embarazada, ayúdela a comunicarse pronto con un profesional de salud o con la Línea Nacional de Ayuda de SAMHSA. Que diga que está embarazada: los programas de tratamiento de opioides tienen que dar prioridad a las pacientes embarazadas, así que la pueden atender antes. La abstinencia durante el embarazo no se debe pasar] a solas.',
  'A pregnancy check': 'Una prueba de embarazo',
  'If there is a chance of pregnancy, tell the clinician at the first call. A pregnancy test is quick, and pregnant patients get priority at opioid treatment programs.':
    'Si hay alguna posibilidad de embarazo, dígaselo al profesional de salud en la primera llamada. Una prueba de embarazo es rápida, y las pacientes embarazadas tienen prioridad en los programas de tratamiento de opioides.',
  'A warning about overdose after a break': 'Una advertencia sobre la sobredosis después de un descanso',
  'After a break from opioids, such as detox, jail, a hospital stay or stopping treatment, the body can no longer handle the amount it used to. Using the old amount can cause an overdose. Carry naloxone, and do not use alone.':
    'Después de un tiempo sin opioides, por ejemplo tras una desintoxicación, la cárcel, una estadía en el hospital o dejar el tratamiento, el cuerpo ya no aguanta la cantidad de antes. Usar la misma cantidad puede causar una sobredosis. Lleve naloxona, y no use a solas.',
  'Health care for people who inject': 'Atención de salud para personas que se inyectan',
  '[you|they] have had a seizure, or seen or heard things that were not there, during withdrawal before':
    '[usted tuvo|la persona tuvo] una convulsión, o vio u oyó cosas que no estaban ahí, durante una abstinencia anterior',
  '[you|they] needed a hospital during withdrawal before':
    '[usted necesitó|la persona necesitó] un hospital durante una abstinencia anterior',
  '[you|they] have a health problem that is getting worse or needs a doctor soon':
    '[usted tiene|la persona tiene] un problema de salud que está empeorando o necesita un médico pronto',
  'home is not safe for [you|them] right now':
    '[su casa no es segura para usted|la casa de la persona no es segura para ella] ahora mismo',
  '[you|they] do not have a stable place to live': '[usted no tiene|la persona no tiene] un lugar estable donde vivir',
  'other people [at home|where they live] use drugs or drink a lot':
    'otras personas [en su casa|donde vive la persona] usan drogas o beben mucho',
  'outpatient care more than once was not enough for [you|them] to stop using':
    'la atención ambulatoria más de una vez no [le alcanzó a usted|le alcanzó a la persona] para dejar de usar',
  '[you have had thoughts of suicide or of hurting yourself|they have had thoughts of suicide or of hurting themselves] in the past month':
    '[usted tuvo pensamientos de suicidio o de hacerse daño|la persona tuvo pensamientos de suicidio o de hacerse daño] en el último mes',
  '[your|their] mental health makes daily life very hard right now':
    '[su salud mental|la salud mental de la persona] hace muy difícil la vida diaria ahora',
  '[you|they] have little support at home': '[usted tiene|la persona tiene] poco apoyo en casa',
  '[you|they] have been through detox before with no treatment after it':
    '[usted pasó|la persona pasó] por una desintoxicación antes, sin tratamiento después',
  '[you|they] use opioids and also alcohol or benzos': '[usted usa|la persona usa] opioides y también alcohol o benzos',
  '[you use opioids, or did not say what you|they use opioids, or you did not say what they] use':
    '[usted usa opioides, o no dijo qué|la persona usa opioides, o usted no dijo qué] usa',
  '[you|they] drink alcohol or take benzos most days': '[usted toma|la persona toma] alcohol o benzos casi todos los días',
  '[you|they] were very sick in withdrawal before': '[usted se enfermó|la persona se enfermó] mucho en una abstinencia anterior',
  '[you|they] have a wound or infection': '[usted tiene|la persona tiene] una herida o una infección',
  '[you|they] have a long-term health condition or pain':
    '[usted tiene|la persona tiene] una condición de salud de largo plazo o dolor',
  '[you|they] have a mental health condition': '[usted tiene|la persona tiene] una condición de salud mental',
  '[you|they] are pregnant': '[usted está|la persona está] embarazada',
  '[you|they] might be pregnant': '[usted podría|la persona podría] estar embarazada',
  '[you|they] have stopped using for now': '[usted dejó|la persona dejó] de usar por ahora',
  '[you|they] inject': '[usted se inyecta|la persona se inyecta]',
  Withdrawal: 'Abstinencia',
  'Physical health': 'Salud física',
  'Use, and the chance of using again': 'El consumo, y la posibilidad de volver a usar',
  'Home and support': 'Casa y apoyo',
  Pregnancy: 'Embarazo',
  'Call 911, then follow the overdose steps and give naloxone':
    'Llame al 911, luego siga los pasos ante una sobredosis y dé naloxona',
  'Call 911 or go to an emergency room': 'Llame al 911 o vaya a una sala de emergencias',
  'Call or text 988 (or call 911 if someone is in danger now)':
    'Llame o envíe un texto al 988 (o llame al 911 si alguien está en peligro ahora)',
  [`Call Poison Control at ${POISON_CONTROL.display} (or 911 if someone is not breathing or will not wake up)`]: `Llame a Control de Envenenamientos al ${POISON_CONTROL.display} (o al 911 si alguien no respira o no despierta)`,
  'A daily medicine that eases withdrawal and cravings. For opioid use disorder it is only given at opioid treatment programs (sometimes called methadone clinics). At first, visits are often daily; the program can allow more doses to take home as time goes on.':
    'Un medicamento diario que alivia la abstinencia y las ansias. Para el trastorno por consumo de opioides solo se da en programas de tratamiento de opioides (a veces llamados clínicas de metadona). Al principio, muchas veces hay que ir todos los días; con el tiempo, el programa puede permitir llevarse más dosis a casa.',
  Buprenorphine: 'Buprenorfina',
  'Eases withdrawal and cravings. Many doctors, nurse practitioners and clinics can prescribe it, often by video or phone. It comes as a film or tablet that melts under the tongue, or as a shot given weekly or monthly (Sublocade, Brixadi). The first dose usually waits until withdrawal has started, so ask how the clinic starts it.':
    'Alivia la abstinencia y las ansias. Muchos médicos, enfermeras practicantes y clínicas la pueden recetar, muchas veces por video o por teléfono. Viene como una película o una tableta que se deshace debajo de la lengua, o como una inyección semanal o mensual (Sublocade, Brixadi). La primera dosis por lo general espera hasta que empieza la abstinencia, así que pregunte cómo la empieza la clínica.',
  Naltrexone: 'Naltrexona',
  'Blocks the effects of opioids, and is not an opioid itself. It comes as a daily pill or a monthly shot (Vivitrol). A person must be off all opioids for about 7 to 10 days before the first dose (up to two weeks after methadone or buprenorphine), or it can bring on sudden, severe withdrawal. After stopping it, the body is more sensitive to opioids, so the risk of overdose goes up.':
    'Bloquea los efectos de los opioides, y no es un opioide. Viene como una pastilla diaria o una inyección mensual (Vivitrol). La persona tiene que estar sin ningún opioide por unos 7 a 10 días antes de la primera dosis (hasta dos semanas después de la metadona o la buprenorfina), o puede causar una abstinencia fuerte y de repente. Después de dejarla, el cuerpo es más sensible a los opioides, así que sube el riesgo de sobredosis.',
  'Treatment options for heroin and other opioids': 'Opciones de tratamiento para la heroína y otros opioides',
  'Medications for opioid use disorder': 'Medicamentos para el trastorno por consumo de opioides',
  'Detox and withdrawal': 'Desintoxicación y abstinencia',
  'Overdose signs and naloxone': 'Señales de sobredosis y naloxona',
  'Counseling and behavioral therapies': 'Consejería y terapias del comportamiento',
  'Paying for treatment': 'Cómo pagar el tratamiento',
  'Helping someone you love': 'Cómo ayudar a un ser querido',
  'Do you have [space for me, and how soon could I|space, and how soon could they] start?':
    '¿Tienen [espacio para mí, y cuándo podría|espacio, y cuándo podría la persona] empezar?',
  'Do you offer methadone, buprenorphine or naltrexone, or help [me keep taking the one I am|them keep taking the one they are] on?':
    '¿Ofrecen metadona, buprenorfina o naltrexona, o [me ayudan a seguir tomando la que tomo|la ayudan a seguir tomando la que toma]?',
  'Do you take [my|their] insurance? What will it cost, and do you have a sliding fee?':
    '¿Aceptan [mi|su] seguro? ¿Cuánto costará, y tienen tarifa según ingresos?',
  'What does a normal day or week in your program look like?': '¿Cómo es un día o una semana normal en su programa?',
  'Do you provide medical help with withdrawal, with nurses or doctors?':
    '¿Dan ayuda médica con la abstinencia, con enfermeras o médicos?',
  'Do you have a program for pregnant people, and how soon can you see us?':
    '¿Tienen un programa para personas embarazadas, y cuándo nos pueden atender?',
  'Can you treat mental health and substance use at the same place?':
    '¿Pueden tratar la salud mental y el consumo de sustancias en el mismo lugar?',
  'Can you help with other health needs, like pain or a long-term condition?':
    '¿Pueden ayudar con otras necesidades de salud, como el dolor o una condición de largo plazo?',
  'Do you offer wound care and testing for HIV and hepatitis C, or can you refer us?':
    '¿Ofrecen curación de heridas y pruebas de VIH y hepatitis C, o nos pueden referir?',
  'Can some visits be by video or phone?': '¿Se pueden hacer algunas consultas por video o por teléfono?',
  'Do you have staff who speak Spanish?': '¿Tienen personal que hable español?',
  'Do you provide ASL interpreters?': '¿Tienen intérpretes de ASL?',
  'Do you provide interpreters for other languages?': '¿Tienen intérpretes para otros idiomas?',
  'Do you offer sessions in the evening or on weekends?': '¿Ofrecen sesiones de noche o los fines de semana?',
  'Can children come along, or do you help with child care?': '¿Pueden venir los niños, o ayudan con el cuidado de niños?',
  'Do you help with transportation?': '¿Ayudan con el transporte?',
  'You said [you need to keep working, studying or caring for family. Say so on the first call: a clinician can help you|they need to keep working, studying or caring for family. They can say so on the first call: a clinician can help] weigh the options, and some programs run in the evenings.':
    'Usted dijo que [necesita seguir trabajando, estudiando o cuidando a la familia. Dígalo en la primera llamada: un profesional de salud le puede ayudar a|la persona necesita seguir trabajando, estudiando o cuidando a la familia. Puede decirlo en la primera llamada: un profesional de salud puede ayudar a] comparar las opciones, y algunos programas funcionan de noche.',
  'Getting to appointments is hard. Methadone usually means frequent visits to a clinic at first. Buprenorphine can often be prescribed by video or phone visits, and some places help with rides.':
    'Es difícil llegar a las citas. La metadona por lo general quiere decir ir seguido a una clínica al principio. La buprenorfina muchas veces se puede recetar en consultas por video o por teléfono, y algunos lugares ayudan con el transporte.',
  'This self-check was made for opioid use. The levels of care are much the same for alcohol and other drugs, but the medicines are different. The SAMHSA National Helpline can help with any substance.':
    'Esta autoevaluación se hizo para el consumo de opioides. Los niveles de atención son casi iguales para el alcohol y otras drogas, pero los medicamentos son distintos. La Línea Nacional de Ayuda de SAMHSA puede ayudar con cualquier sustancia, en español.',
  'You said [you do not want medication. That is your|they do not want medication. That is their] choice to talk over with a clinician. It may still help to know that medication is recommended for opioid use disorder at every level of care, and it lowers the risk of dying.':
    'Usted dijo que [no quiere medicamentos. Es su|la persona no quiere medicamentos. Es su] decisión, para conversarla con un profesional de salud. Aun así, puede servir saber que los medicamentos se recomiendan para el trastorno por consumo de opioides en todos los niveles de atención, y bajan el riesgo de morir.',
  '[You|They] have taken medication for opioid use before. Tell the place you call which one, and whether it helped.':
    '[Usted ha tomado|La persona ha tomado] medicamentos para los opioides antes. Dígale al lugar que llame cuál, y si le ayudó.',
  'See the overdose steps': 'Vea los pasos ante una sobredosis',
  'How to use naloxone': 'Cómo usar la naloxona',
};
