# Textos de la aplicación Heard — español (es).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Traducción provisional asistida por máquina: pendiente de revisión por hablantes nativos (idealmente intérpretes comunitarios) antes de usarla sobre el terreno.
# Los muestran las aplicaciones de Android e iOS y la herramienta de línea de comandos `heard`.
# Un cuestionario puede sustituir cualquiera de ellos definiendo el mismo identificador.

app-name = Heard

## Navegación
nav-next = Siguiente
nav-back = Atrás
nav-review = Revisar respuestas
nav-submit = Enviar
nav-start = Empezar
language-picker = Idioma
progress = Pregunta { $n } de { $total }
answered-count = { $count ->
    [one] Una pregunta respondida
    [many] { $count } de preguntas respondidas
   *[other] { $count } preguntas respondidas
}

## Respuestas incluidas en la aplicación
answer-decline = Prefiero no responder
answer-yes = Sí
answer-no = No
consent-accept = Estoy de acuerdo
consent-decline = No estoy de acuerdo
consent-declined = Como no está de acuerdo, no se guardó nada. Gracias por su tiempo.

## Lo que espera cada campo
input-choose-one = Elija una respuesta.
input-choose-many = Elija todas las opciones que correspondan.
input-scale = Elija un punto de la escala.
input-whole-number = Escriba un número entero.
input-whole-number-range = Escriba un número entero de { $min } a { $max }.
input-number = Escriba un número.
input-number-range = Escriba un número de { $min } a { $max }.
input-text = Escriba su respuesta.
input-date = Elija una fecha.
input-tally = Escriba cuántas personas hay en cada grupo.
input-text-list = Agregue las entradas de una en una.
input-action-list = Agregue cada acción: qué, quién (una función, no un nombre) y para cuándo.
input-notes = Escriba notas.
sensitive-warning = No escriba nombres, números de teléfono, direcciones ni nada que pueda identificar a alguien.

## Validación
error-required = Esta pregunta necesita una respuesta.
error-required-or-decline = Esta pregunta necesita una respuesta. También puede elegir «Prefiero no responder».
error-not-a-number = Por favor, escriba un número.
error-not-whole-number = Por favor, escriba un número entero.
error-below-min = El número debe ser { $min } o más.
error-above-max = El número debe ser { $max } o menos.
error-too-long = { $max ->
    [one] La respuesta puede tener como máximo un carácter.
    [many] La respuesta puede tener como máximo { $max } de caracteres.
   *[other] La respuesta puede tener como máximo { $max } caracteres.
}
error-invalid-date = Por favor, escriba una fecha real (año-mes-día).
error-unknown-choice = Esta respuesta no es una de las opciones.
error-wrong-answer-kind = Este tipo de respuesta no corresponde a esta pregunta.
error-negative-count = Una cantidad no puede ser negativa.
error-empty-entry = Una entrada no puede estar vacía.
error-constraint = Esta respuesta no se acepta aquí.

## Revisión
review-title = Revise sus respuestas
review-not-answered = Sin responder
review-edit = Cambiar
fallback-notice = Todavía no está traducido a su idioma.

## Sesiones de escucha
tally-total = Total: { $count }
list-add = Agregar
list-remove = Quitar
action-what = Qué se hará
action-who = Quién es responsable (una función)
action-due = Para cuándo
session-close = Cerrar la sesión
tally-add-one = Sumar una persona: { $bracket }
tally-remove-one = Restar una persona: { $bracket }
tally-count = { $count }
list-new-entry = Nueva entrada
action-due-hint = Opcional: año-mes-día (AAAA-MM-DD)

## Después de enviar
submitted = Gracias. Sus respuestas están protegidas y se enviarán cuando haya conexión.
kiosk-next = Empezar una nueva encuesta para la siguiente persona
outbox-waiting = { $count ->
    [one] Una encuesta está esperando para enviarse.
    [many] { $count } de encuestas están esperando para enviarse.
   *[other] { $count } encuestas están esperando para enviarse.
}

## Enrollment
enroll-title = Unirse a una organización
enroll-paste = Pegue el código de inscripción
enroll-read = Continuar
enroll-invalid = No se pudo leer este código. Pida uno nuevo a la organización.
enroll-check-words = Compruebe que estas seis palabras son las mismas que le muestra la organización.
enroll-accept = Aceptar
enroll-refuse = Rechazar
enroll-scan = Escanear el código QR
enroll-scan-hint = Apunte la cámara al código QR de la organización.
enroll-camera-refused = Sin la cámara no se puede escanear el código. Puede pegarlo en su lugar.
enroll-camera-denied = Heard no tiene permiso para usar la cámara. Permítalo en la app Ajustes o pegue el código en su lugar.

## Questionnaires and listening
questionnaires-title = Cuestionarios
audio-listen = Escuchar
submitted-sealed = Sus respuestas están selladas. Solo la organización puede leerlas.
submitted-done = Listo

## Home
home-outbox = { $count ->
    [0] Bandeja de salida
    [one] Bandeja de salida: una en espera
    [many] Bandeja de salida: { $count } en espera
   *[other] Bandeja de salida: { $count } en espera
}
notice-dismiss = Entendido
error-try-again = Eso no funcionó. No se perdió nada; inténtelo de nuevo.

## Outbox and sync
outbox-title = Bandeja de salida
outbox-sending = Enviando…
outbox-sent-today = { $count ->
    [0] Hoy todavía no se ha enviado nada.
    [one] Hoy se envió una respuesta.
    [many] Hoy se enviaron { $count } de respuestas.
   *[other] Hoy se enviaron { $count } respuestas.
}
outbox-never-synced = Todavía no se ha enviado nada a la organización.
outbox-last-sync = Último intento de envío: { $when }
outbox-last-success = Último envío correcto: { $when }
outbox-send-now = Enviar ahora
outbox-rejected-title = Rechazadas por el servidor
outbox-rejected-explain = Estas respuestas se quedan en este dispositivo, selladas. Diga a la organización el motivo que aparece.
outbox-rejected-reason = Motivo: { $reason }
sync-outcome-done = Se envió todo.
sync-outcome-retry-later = No se pudo conectar con el servidor. No se perdió nada; la aplicación lo volverá a intentar.
sync-outcome-revoked = La organización quitó este dispositivo. Pídale un nuevo código de inscripción.
sync-outcome-unauthorized = El servidor no reconoce este dispositivo. Pida a la organización un nuevo código de inscripción.
sync-outcome-not-a-heard-server = La dirección a la que envía este dispositivo no responde como el servidor de la organización. Avise a la organización.
sync-outcome-already-syncing = Ya se está enviando.
sync-not-enrolled = Este dispositivo todavía no está inscrito en ninguna organización, así que no hay adónde enviar.
time-just-now = ahora mismo
time-minutes-ago = { $count ->
    [one] hace un minuto
    [many] hace { $count } de minutos
   *[other] hace { $count } minutos
}
time-hours-ago = { $count ->
    [one] hace una hora
    [many] hace { $count } de horas
   *[other] hace { $count } horas
}
time-days-ago = { $count ->
    [one] hace un día
    [many] hace { $count } de días
   *[other] hace { $count } días
}

## App lock
lock-title = Escriba su PIN
lock-pin = PIN
lock-unlock = Desbloquear
lock-wrong = { $count ->
    [one] PIN incorrecto. Un PIN incorrecto más borrará todo lo que hay en este dispositivo.
    [many] PIN incorrecto. Le quedan { $count } de intentos antes de que se borre todo lo que hay en este dispositivo.
   *[other] PIN incorrecto. Le quedan { $count } intentos antes de que se borre todo lo que hay en este dispositivo.
}
lock-erased = Demasiados PIN incorrectos: se borró todo lo que había en este dispositivo.
lock-damaged = No se puede leer el bloqueo de la aplicación. La única forma de seguir es borrar todo lo que hay en este dispositivo.
lock-pin-invalid = El PIN debe tener al menos 6 cifras, y el PIN de coacción debe ser distinto del PIN.

## Quick delete
wipe-title = Borrado rápido
wipe-explain = Borra de una vez todo lo que hay en este dispositivo: las respuestas que esperan para enviarse, las que no están terminadas, las claves y los ajustes. No se puede deshacer.
wipe-slide = Deslice hasta el final para borrarlo todo
wipe-countdown = { $seconds ->
    [one] Todo se borrará en un segundo
    [many] Todo se borrará en { $seconds } de segundos
   *[other] Todo se borrará en { $seconds } segundos
}
wipe-cancel = Cancelar
wipe-failed = No se pudo borrar todo. Vuelva a intentar el borrado rápido.

## Kiosk
kiosk-leave = Salir del modo quiosco
kiosk-leave-pin = PIN para salir del modo quiosco
kiosk-guided-access-title = Mantener la tableta en Heard
kiosk-guided-access-explain = Antes de entregar la tableta, active Acceso guiado: Ajustes > Accesibilidad > Acceso guiado, y luego haga triple clic en el botón lateral (o en el botón de inicio) con Heard abierto. La aplicación no puede activarlo por sí sola.
kiosk-guided-access-on = Acceso guiado está activado.
kiosk-guided-access-off = Acceso guiado está desactivado: la persona que responde podría salir de Heard.

## Settings and safety
settings-title = Ajustes y seguridad
settings-lock-now = Bloquear
settings-pin-title = Bloqueo de la aplicación
settings-pin-explain = Con un PIN, la aplicación solo se abre con ese PIN. Después de 10 PIN incorrectos, se borra todo lo que hay en este dispositivo.
settings-pin-current = PIN actual
settings-pin-new = PIN nuevo (al menos 6 cifras)
settings-pin-repeat = Repita el PIN nuevo
settings-pin-mismatch = Los dos PIN nuevos no son iguales.
settings-pin-set = Crear el PIN
settings-pin-change = Cambiar el PIN
settings-pin-saved = Se guardó el PIN.
settings-needs-pin = Primero cree un PIN para bloquear la aplicación.
settings-duress-title = PIN de coacción
settings-duress-explain = Un segundo PIN para cuando alguien le obligue a abrir la aplicación: borra todo y abre una aplicación vacía que parece recién instalada.
settings-duress-pin = PIN de coacción
settings-duress-set = Crear el PIN de coacción
settings-duress-clear = Quitarlo
settings-duress-saved = Se guardó el PIN de coacción.
settings-duress-cleared = Se quitó el PIN de coacción.
settings-kiosk-title = Modo quiosco
settings-kiosk-explain = Para una tableta compartida: cada vez que una persona envía sus respuestas, empieza una encuesta nueva en el idioma elegido aquí, sin mostrar nada de las respuestas de la persona anterior. Para salir del modo quiosco hace falta el PIN.
settings-kiosk-none = Todavía no hay ninguna encuesta instalada.
settings-kiosk-questionnaire = Encuesta
settings-kiosk-language = Idioma de cada encuesta nueva
settings-kiosk-start = Iniciar el modo quiosco
settings-camouflage = Camuflar la aplicación
settings-camouflage-explain = La pantalla de inicio muestra un icono sencillo y un nombre neutro en lugar de Heard. Al cambiarlo, la aplicación puede cerrarse: vuelva a abrirla desde el nuevo icono.
settings-language-title = Idioma de la aplicación
settings-language-device = El idioma del dispositivo
settings-holdings-title = Lo que guarda este dispositivo
holdings-organization = Inscrito en: { $name }
holdings-not-enrolled = No está inscrito en ninguna organización.
holdings-questionnaires = { $count ->
    [one] Un cuestionario
    [many] { $count } de cuestionarios
   *[other] { $count } cuestionarios
}
holdings-drafts = { $count ->
    [0] Ninguna respuesta sin terminar
    [one] Una respuesta sin terminar (cifrada en este dispositivo)
    [many] { $count } de respuestas sin terminar (cifradas en este dispositivo)
   *[other] { $count } respuestas sin terminar (cifradas en este dispositivo)
}
holdings-queued = { $count ->
    [0] Ninguna respuesta sellada en espera
    [one] Una respuesta sellada esperando para enviarse (este dispositivo no puede leerla)
    [many] { $count } de respuestas selladas esperando para enviarse (este dispositivo no puede leerlas)
   *[other] { $count } respuestas selladas esperando para enviarse (este dispositivo no puede leerlas)
}
holdings-rejected = { $count ->
    [one] Una respuesta rechazada por el servidor
    [many] { $count } de respuestas rechazadas por el servidor
   *[other] { $count } respuestas rechazadas por el servidor
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = Salida rápida
web-loading = Cargando…
web-cannot-open = No se pudo abrir esta encuesta.
web-ask-again = Pida uno nuevo a la organización que compartió este enlace.
web-bad-link = Este enlace está incompleto.
web-cannot-keep = No se pudieron guardar sus respuestas en este dispositivo. No se envió nada.

# Public survey links: the poster, and the page's states.
poster-invite = Escanee con la cámara de su teléfono para responder «{ $title }». Es anónima: sin nombre, sin cuenta, sin número de teléfono.
web-closed = Esta encuesta está cerrada: ya no se pueden enviar respuestas por este enlace. Gracias.
web-closed-unsent = Esta encuesta se cerró antes de que se pudieran enviar sus respuestas. Se borraron de este teléfono.
web-not-authentic = No se pudo comprobar esta encuesta: puede que no venga de la organización del cartel. No la responda.
web-queued = Sus respuestas están selladas en este teléfono. Se enviarán cuando vuelva a tener conexión.
web-sent = Sus respuestas se enviaron. Gracias.
web-stays = En este teléfono solo quedan las respuestas selladas hasta que se envían; una encuesta sin terminar se guarda cifrada 3 días como máximo. «Salida rápida» la borra.
