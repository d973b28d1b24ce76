import type { Messages } from '../index.ts';

/** «¿Hay algo mal en este listado?»: el formulario para avisarnos, sus errores y la página de gracias. */
export const reports = {
  title: 'Avísenos de un problema con {name}',
  wait: {
    heading: 'Espere un poco, por favor',
    body: {
      one: 'Recibimos muchos avisos en poco tiempo, así que por ahora no estamos recibiendo más. Vuelva a intentarlo en {count} minuto. Lo que escribió sigue abajo.',
      other:
        'Recibimos muchos avisos en poco tiempo, así que por ahora no estamos recibiendo más. Vuelva a intentarlo en {count} minutos. Lo que escribió sigue abajo.',
    },
  },
  heading: '¿Hay algo mal en este listado?',
  lead: 'Díganos qué está mal en {name}, {place}. No necesita una cuenta y no le pedimos su nombre.',
  editorReads:
    'Una persona de nuestro equipo lee cada aviso y lo comprueba con el lugar, por lo general llamando. Si nuestro listado está mal, lo corregimos para todos.',
  kind: {
    legend: '¿Qué está mal?',
    closed: { label: 'Cerró', hint: '' },
    phone: { label: 'El teléfono está mal', hint: 'Escriba abajo el número correcto, si lo sabe.' },
    moved: { label: 'Se mudó', hint: 'Escriba abajo la dirección nueva, si la sabe.' },
    serviceMissing: { label: 'No ofrece un servicio que mostramos', hint: 'Elija el servicio abajo.' },
    serviceExtra: { label: 'Ofrece un servicio que no mostramos', hint: 'Elija el servicio abajo.' },
    servesOnly: {
      label: 'Solo atiende a algunas personas',
      hint: 'Por ejemplo, solo a veteranos, solo a adolescentes o solo a mujeres. Cuéntenos abajo.',
    },
    other: { label: 'Otra cosa', hint: 'Cuéntenos abajo.' },
  },
  phone: { label: 'El teléfono correcto', hint: 'Si el teléfono está mal. Incluya el código de área.' },
  address: { label: 'La dirección nueva', hint: 'Si el lugar se mudó: calle, ciudad, estado y código postal.' },
  service: {
    label: 'Qué servicio',
    hint: 'Si un servicio está mal: el que no ofrecen, o el que no mostramos.',
    choose: 'Elija un servicio',
    option: '{group}: {service}',
  },
  note: {
    label: 'Cuéntenos más',
    hint: 'Hace falta si eligió «Solo atiende a algunas personas» u «Otra cosa». Por favor, no escriba su nombre ni nada sobre su salud. Hasta {max} caracteres.',
  },
  email: {
    label: 'Su correo electrónico (opcional)',
    hint: 'Solo si quiere que le respondamos. Lo borramos, junto con lo que escribió, 90 días después de cerrar su aviso.',
  },
  trap: 'Deje este espacio vacío',
  send: 'Enviar aviso',
  keep: 'Guardamos su aviso para comprobar el listado. Lea qué guardamos y por cuánto tiempo en nuestro <privacy>aviso de privacidad</privacy>.',
  errors: {
    kind: 'Elija qué está mal en este listado',
    phone: 'Escriba el teléfono correcto',
    phoneFormat: 'Escriba un teléfono con su código de área, como 256-555-0100',
    address: 'Escriba la dirección nueva',
    addressLength: 'La dirección debe tener {max} caracteres o menos',
    service: 'Elija el servicio',
    somethingElse: 'Cuéntenos qué está mal',
    servesOnly: 'Cuéntenos a quién atienden',
    noteLength: 'Su nota debe tener {max} caracteres o menos',
    emailLength: 'Su correo electrónico debe tener {max} caracteres o menos',
    email: 'Escriba un correo electrónico válido, como nombre@ejemplo.com, o déjelo vacío',
    tooLarge: 'Esto es más de lo que cabe en el formulario. Acorte su nota y vuelva a intentarlo.',
  },
  sent: {
    title: 'Gracias por su aviso',
    lead: 'Recibimos su aviso sobre {name}.',
    next: 'Qué pasa ahora',
    steps: [
      'Una persona de nuestro equipo lo lee, por lo general en pocos días.',
      'Lo comprueba con el propio lugar, por lo general llamando.',
      'Si nuestro listado está mal, lo corrige. Entonces el listado muestra qué se comprobó y la fecha, por ejemplo «Nuestro equipo confirmó el teléfono».',
      'Si nos dio su correo electrónico, puede que le escribamos. Borramos su correo y lo que escribió 90 días después de cerrar su aviso.',
    ],
    meanwhile: 'Mientras tanto, llame al lugar antes de ir. Los lugares cambian sus horarios, servicios y teléfonos.',
    back: 'Volver a {name}',
    find: 'Buscar tratamiento',
  },
} as const satisfies Messages['reports'];
