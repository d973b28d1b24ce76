import type { Messages } from '../index.ts';

/** Las páginas del boletín y sus correos (src/features/newsletter): quien se suscribe en una página en español recibe los correos en español. */
export const newsletter = {
  signUp: {
    title: 'Reciba noticias por correo',
    description: 'Suscríbase para recibir de vez en cuando correos de Open Treatment sobre guías nuevas y datos de tratamiento.',
    lead: 'Le escribimos de vez en cuando, cuando publicamos una guía nueva o actualizamos nuestros datos de tratamiento.',
    expectTitle: 'Qué puede esperar',
    expect: [
      'Solo escribimos cuando hay algo nuevo. No pasa muy seguido.',
      'Primero le enviamos un enlace para confirmar que el correo es suyo. Nada empieza hasta que lo abra.',
      'Cada correo trae un enlace para darse de baja: ábralo y pulse un botón.',
    ],
    keepTitle: 'Qué guardamos',
    keep: 'Su correo electrónico, su nombre si nos lo da, el idioma de esta página, y las fechas en que se suscribió y confirmó. Solo los usamos para enviarle estos correos. Nunca los compartimos ni los vendemos. Si se da de baja, los borramos. Lea más en nuestro <privacy>aviso de privacidad</privacy>.',
    email: 'Correo electrónico',
    firstName: 'Nombre (opcional)',
    firstNameHint:
      'Solo lo usamos para saludarle en los correos del boletín, nunca en el correo de suscripción. Hasta {max} caracteres.',
    trap: 'Deje este espacio vacío',
    consentLegend: 'Su permiso',
    consent: 'Quiero recibir de vez en cuando correos de Open Treatment',
    consentHint: 'Puede dejar de recibirlos cuando quiera.',
    submit: 'Suscribirme',
  },
  errors: {
    emailMissing: 'Escriba su correo electrónico',
    emailTooLong: 'El correo electrónico debe tener 254 caracteres o menos',
    emailFormat: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com',
    firstNameTooLong: 'El nombre debe tener {max} caracteres o menos',
    consent: 'Marque la casilla para decir que quiere recibir nuestros correos',
  },
  checkEmail: {
    title: 'Revise su correo',
    lead: 'Gracias. Le estamos enviando un correo a la dirección que nos dio.',
    follow: 'Ábralo y siga el enlace para terminar la suscripción. El enlace sirve por 48 horas.',
    already: 'Si ya está en nuestra lista, el correo se lo dirá y no tiene que hacer nada más.',
    cannotFindTitle: '¿No lo encuentra?',
    cannotFind: [
      'Puede tardar unos minutos en llegar.',
      'Busque en la carpeta de correo no deseado (spam).',
      '¿Nada después de 10 minutos? Revise que escribió bien la dirección y <signup>suscríbase otra vez</signup>.',
    ],
    meanwhile: 'Mientras espera, puede leer nuestras <guides>guías</guides> o <find>buscar tratamiento cerca de usted</find>.',
  },
  tooMany: {
    title: 'Espere unos minutos, por favor',
    why: 'Recibimos varias suscripciones desde su conexión a internet en poco tiempo. Para proteger los correos de las personas, solo permitimos unas pocas a la vez.',
    retry: {
      one: 'Inténtelo de nuevo en {count} minuto. Si ya se suscribió, busque nuestro correo en su bandeja de entrada y en la carpeta de correo no deseado.',
      other:
        'Inténtelo de nuevo en {count} minutos. Si ya se suscribió, busque nuestro correo en su bandeja de entrada y en la carpeta de correo no deseado.',
    },
    home: 'Ir a la página principal',
  },
  confirm: {
    title: 'Confirme su suscripción',
    body: 'Pulse el botón para empezar a recibir de vez en cuando correos de Open Treatment.',
    button: 'Confirmar mi suscripción',
    notYou: '¿No se suscribió usted? No tiene que hacer nada. Solo cierre esta página.',
  },
  confirmed: {
    title: 'Ya está suscrito',
    body: 'Gracias por confirmar. Le escribiremos cuando publiquemos una guía nueva o actualicemos nuestros datos de tratamiento.',
    leavingTitle: 'Darse de baja es fácil',
    leaving:
      'Cada correo que enviamos trae abajo un enlace para darse de baja. Sígalo y pulse un botón, y borramos su correo y su nombre. El correo que le acabamos de enviar también trae ese enlace.',
    guides: 'Lea nuestras guías',
  },
  unsubscribe: {
    title: 'Darse de baja de nuestros correos',
    body: 'Pulse el botón y dejaremos de escribirle. También borraremos su correo y su nombre.',
    button: 'Darme de baja',
  },
  unsubscribed: {
    title: 'Se dio de baja',
    body: 'No le volveremos a escribir, y borramos su correo y su nombre.',
    again: '¿Cambió de opinión? Puede <signup>suscribirse otra vez</signup> cuando quiera.',
  },
  linkProblem: {
    unsubscribeTitle: 'Este enlace para darse de baja no funciona',
    unsubscribeDone: 'Puede que ya se haya dado de baja. Si es así, no tiene que hacer nada más: no le volveremos a escribir.',
    unsubscribeCut:
      'También puede que el enlace se haya cortado al copiarlo. Si todavía le escribimos, use el enlace para darse de baja de nuestro correo más reciente.',
    expiredTitle: 'Este enlace ya venció',
    expired: 'Los enlaces para confirmar una suscripción sirven por 48 horas, y este es más viejo. Usted no está suscrito.',
    brokenTitle: 'Este enlace no funciona',
    broken:
      'Puede que el enlace se haya cortado al copiarlo, o que sea de un correo viejo. Si ya confirmó, sigue suscrito y no tiene que hacer nada más.',
    again: 'Para recibir nuestros correos, <signup>suscríbase otra vez</signup> y le enviaremos un enlace nuevo.',
  },
  email: {
    confirmSubject: 'Confirme su suscripción por correo',
    alreadySubject: 'Sobre su suscripción por correo',
    hello: 'Hola:',
    someone: 'Alguien, ojalá usted, pidió recibir correos de Open Treatment en esta dirección.',
    occasional:
      'Le enviaremos de vez en cuando noticias sobre guías nuevas y cambios en nuestros datos de tratamiento. No muy seguido, y nunca compartimos su dirección.',
    confirm: 'Para empezar a recibirlos, confirme su dirección. El enlace funciona por {hours} horas:',
    confirmAction: 'Confirmar mi correo electrónico',
    ignoreConfirm: '¿No lo pidió usted? Puede ignorar este correo. No le enviaremos nada más a menos que confirme.',
    someoneAgain: 'Alguien, ojalá usted, acaba de pedir recibir correos de Open Treatment en esta dirección.',
    already: 'Buenas noticias: ya está en nuestra lista, así que no tiene que hacer nada más.',
    ignoreAlready: '¿No lo pidió usted? Puede ignorar este correo. No cambió nada.',
    who: 'Quiénes somos: Open Treatment es un sitio web gratuito y de código abierto que ayuda a las personas con un trastorno por consumo de opioides, y a quienes las quieren, a entender el tratamiento y a encontrarlo cerca.',
    stop: 'Para no recibir ningún correo más de nosotros, abra este enlace y pulse el botón:',
    help: '¿Necesita ayuda ahora? Llame a la {samhsa} al {samhsaNumber} (gratis y confidencial, a cualquier hora, en español). En una crisis, llame al {crisisNumber} y marque 2, o envíe AYUDA por texto al {crisisNumber}.',
  },
} as const satisfies Messages['newsletter'];
