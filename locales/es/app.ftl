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

## Questionnaires and listening
questionnaires-title = Cuestionarios
audio-listen = Escuchar
submitted-sealed = Sus respuestas están selladas. Solo la organización puede leerlas.
