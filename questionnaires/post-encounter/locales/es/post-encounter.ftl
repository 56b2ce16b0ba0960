# Encuesta después de un contacto con la policía — español (es).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Traducción provisional asistida por máquina: pendiente de revisión por hablantes nativos (idealmente intérpretes comunitarios) antes de usarla sobre el terreno.
# Español neutro, registro de "usted". Mensajes de los ítems: la etiqueta es el valor;
# `.hint` se muestra debajo; `.constraint` se muestra cuando no se cumple la restricción.

questionnaire-title = Después de un contacto con la policía

consent = Esta breve encuesta trata sobre un contacto reciente que usted tuvo con la policía. Es anónima: nunca le pedimos su nombre, su número de teléfono ni su dirección, y sus respuestas quedan protegidas en este dispositivo para que solo { -org } pueda leerlas. Puede saltarse cualquier pregunta o parar en cualquier momento. Si no está de acuerdo, no se guarda nada.
    .hint = Se tarda unos 5 minutos.

-org = la organización que realiza esta encuesta

page_contact = Sobre el contacto
contact_kind = ¿Qué tipo de contacto tuvo con la policía?
choice-contact_kind-stopped_public = La policía me paró en la calle o en otro lugar público
choice-contact_kind-stopped_vehicle = La policía me paró cuando iba en un automóvil u otro vehículo
choice-contact_kind-stopped_transport = La policía me paró en el transporte público o en una estación
choice-contact_kind-id_check = La policía verificó mi identidad o revisó mis documentos
choice-contact_kind-at_home = La policía vino a mi casa
choice-contact_kind-reported_crime = Me puse en contacto con la policía para denunciar un delito o pedir ayuda
choice-contact_kind-victim_witness = Fui víctima o testigo de un delito
choice-contact_kind-other = Otra cosa
contact_when = ¿Cuándo pasó?
choice-contact_when-today = Hoy
choice-contact_when-this_week = En los últimos 7 días
choice-contact_when-this_month = En el último mes
choice-contact_when-earlier = Hace más de un mes
officers_count = ¿Cuántos agentes de policía había?
    .hint = Puede dar un número aproximado.

page_reason = El motivo del contacto
reason_explained = ¿El agente le dijo el motivo del control o de la visita?
choice-explained-yes = Sí, claramente
choice-explained-partly = En parte
choice-explained-no = No
choice-explained-dont_know = No sé
reason_understood = ¿Hasta qué punto entendió el motivo?
choice-understood-1 = Nada
choice-understood-2 = Un poco
choice-understood-3 = Casi todo
choice-understood-4 = Todo

page_language = Idioma
language_needed = ¿Necesitó ayuda con el idioma para entender al agente?
interpreter_offered = ¿Le ofrecieron un intérprete o ayuda en su idioma?
choice-language_help-interpreter_in_person = Sí, con intérprete en persona
choice-language_help-interpreter_phone = Sí, con intérprete por teléfono o videollamada
choice-language_help-officer_spoke_my_language = El agente hablaba mi idioma
choice-language_help-written_translation = Sí, una traducción escrita
choice-language_help-not_offered = No, no me ofrecieron nada
choice-language_help-dont_know = No sé
understood_officer = ¿Hasta qué punto entendió lo que el agente le dijo?

page_search = Registro o cacheo
searched = ¿La policía le registró o cacheó a usted, o registró su bolso, su mochila o su vehículo?
search_consent = Antes del registro, ¿qué le dijo el agente?
choice-search_consent-asked_permission = Me pidieron permiso
choice-search_consent-said_required = Me dijeron que tenía que aceptarlo
choice-search_consent-no_explanation = No me dijeron nada sobre eso
choice-search_consent-dont_know = No sé
search_reason_given = ¿El agente le explicó el motivo del registro?

page_treatment = El trato que recibió
    .hint = ¿Hasta qué punto está de acuerdo con cada frase?
pj_voice = El agente me dio la oportunidad de explicar mi versión.
pj_neutrality = El agente tomó decisiones basadas en los hechos, no en quién soy yo.
pj_respect = El agente me trató con respeto.
pj_motives = El agente intentaba hacer lo correcto.
choice-agree5-1 = Muy en desacuerdo
choice-agree5-2 = En desacuerdo
choice-agree5-3 = Ni de acuerdo ni en desacuerdo
choice-agree5-4 = De acuerdo
choice-agree5-5 = Muy de acuerdo
pj_index = Puntuación de justicia procedimental (promedio de las cuatro frases)

page_outcome = Lo que pasó al final
outcome = ¿Cómo terminó? Elija todas las opciones que correspondan.
    .constraint = «No pasó nada» no se puede elegir junto con otra opción.
choice-outcome-no_action = No pasó nada, pude irme
choice-outcome-warning = Me dieron una advertencia
choice-outcome-documents_checked = Revisaron mis documentos
choice-outcome-fine = Me pusieron una multa o una sanción
choice-outcome-taken_to_station = Me llevaron a una comisaría o estación de policía
choice-outcome-arrested = Me arrestaron
choice-outcome-property_taken = Me quitaron algo mío
choice-outcome-other = Otra cosa
choice-outcome-dont_know = No sé
force_used = ¿El agente usó la fuerza o amenazó con usarla?
felt_discriminated = ¿Cree que le trataron así por su origen, su religión, su idioma o su aspecto?
choice-yes_no_unsure-yes = Sí
choice-yes_no_unsure-no = No
choice-yes_no_unsure-unsure = Tengo dudas

page_trust = La policía de su zona
    .hint = Piense en la policía en general, no solo en este contacto.
trust_respect = ¿Con qué frecuencia la policía de aquí trata con respeto a las personas como usted?
trust_fair = ¿Con qué frecuencia la policía de aquí toma decisiones justas, sin favorecer a nadie?
trust_explain = ¿Con qué frecuencia la policía de aquí explica sus decisiones cuando la gente se lo pide?
choice-how_often4-1 = Nunca o casi nunca
choice-how_often4-2 = A veces
choice-how_often4-3 = Con frecuencia
choice-how_often4-4 = Siempre o casi siempre
contact_again = Si necesitara ayuda o fuera víctima de un delito, ¿se pondría en contacto con la policía?
choice-contact_again-definitely = Sí, seguro
choice-contact_again-probably = Probablemente sí
choice-contact_again-probably_not = Probablemente no
choice-contact_again-definitely_not = Seguro que no
choice-contact_again-dont_know = No sé
knows_complaint = ¿Sabe cómo presentar una queja o una denuncia contra la policía?

page_prepost = Reuniones comunitarias
attended_meeting = En los últimos 12 meses, ¿ha asistido a alguna reunión comunitaria o de vecinos en la que participara la policía?
attended_kyr = ¿Alguna vez ha asistido a una charla sobre sus derechos ante la policía?
kyr_when = ¿Cuándo fue la última?
choice-kyr_when-within_month = En el último mes
choice-kyr_when-one_to_six_months = Hace entre uno y seis meses
choice-kyr_when-over_six_months = Hace más de seis meses

page_about = Sobre usted
    .hint = Estas respuestas solo se usan para hacer estadísticas de grupo.
age_group = ¿Cuántos años tiene?
choice-age_group-18_24 = De 18 a 24 años
choice-age_group-25_34 = De 25 a 34 años
choice-age_group-35_49 = De 35 a 49 años
choice-age_group-50_64 = De 50 a 64 años
choice-age_group-65_plus = 65 años o más
time_in_country = ¿Cuánto tiempo lleva viviendo en este país?
choice-time_in_country-under_1 = Menos de 1 año
choice-time_in_country-1_3 = De 1 a 3 años
choice-time_in_country-3_10 = De 3 a 10 años
choice-time_in_country-over_10 = Más de 10 años

anything_else = ¿Hay algo más que quiera contarnos sobre este contacto?
    .hint = Por favor, no escriba nombres, números de teléfono, direcciones ni nada más que pueda identificarle a usted o a otra persona.

thanks = Gracias. Cuando toque «Enviar», sus respuestas quedarán protegidas para que solo { -org } pueda leerlas, y se enviarán cuando haya conexión.
