# Guía para facilitar sesiones de escucha — español (es).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Traducción provisional asistida por máquina: pendiente de revisión por hablantes nativos (idealmente intérpretes comunitarios) antes de usarla sobre el terreno.

questionnaire-title = Sesión de escucha

page_session = Sobre la sesión
session_date = Fecha de la sesión
    .constraint = La fecha no puede ser posterior a hoy.
district = Barrio o distrito
    .hint = Solo una zona general, nunca una dirección.
setting = ¿Dónde se hizo la sesión?
choice-setting-community_centre = Centro comunitario
choice-setting-place_of_worship = Lugar de culto
choice-setting-school = Escuela
choice-setting-ngo_office = Oficina de una organización
choice-setting-police_premises = Instalaciones de la policía
choice-setting-online = En línea
choice-setting-other = En otro lugar
session_languages = ¿Qué idiomas se hablaron?
choice-session_language-ar = Árabe
choice-session_language-fa = Persa (farsi)
choice-session_language-prs = Darí
choice-session_language-ps = Pastún
choice-session_language-so = Somalí
choice-session_language-ti = Tigriña
choice-session_language-uk = Ucraniano
choice-session_language-fr = Francés
choice-session_language-es = Español
choice-session_language-en = Inglés
choice-session_language-other = Otro idioma
interpretation = ¿Hubo interpretación durante la sesión?
facilitator_role = ¿Quién facilitó la sesión?
choice-facilitator_role-liaison = Persona de enlace con la comunidad
choice-facilitator_role-volunteer = Persona voluntaria de la comunidad
choice-facilitator_role-ngo_staff = Personal de una organización
choice-facilitator_role-police = Agente de policía

ground_rules = Lea en voz alta antes de empezar: Todo lo que se diga aquí se queda en esta sala. No anotamos nombres. No tienen que responder a ninguna pregunta y pueden irse en cualquier momento. Solo compartiremos lo que aprendamos como resultados del grupo.
    .hint = Compruebe que todas las personas lo han entendido, en cada idioma presente.

page_attendance = Asistencia
    .hint = Cuente a las personas, no escriba nombres.
attendance_age = Participantes por edad
choice-age_bracket-under_18 = Menos de 18 años
choice-age_bracket-18_24 = De 18 a 24 años
choice-age_bracket-25_34 = De 25 a 34 años
choice-age_bracket-35_49 = De 35 a 49 años
choice-age_bracket-50_64 = De 50 a 64 años
choice-age_bracket-65_plus = 65 años o más
choice-age_bracket-not_recorded = Sin registrar
attendance_gender = Participantes por género
choice-gender-women = Mujeres
choice-gender-men = Hombres
choice-gender-another = Otro género
choice-gender-not_recorded = Sin registrar
police_present = ¿Cuántos agentes de policía participaron?

prompt_experiences = ¿Cómo han sido sus experiencias con la policía en esta zona?
    .hint = Deje hablar a varias personas. Pida ejemplos, pero recuerde a todos que no nombren a nadie.
prompt_language = Cuando necesitaron hablar con la policía, ¿de qué manera el idioma lo hizo más fácil o más difícil?
    .hint = Pregunte si les ofrecieron intérpretes y cómo fue.
prompt_trust = ¿Qué les daría más seguridad para acudir a la policía?
    .hint = Anote las propuestas concretas; pueden convertirse en acciones de seguimiento.
prompt_rights = ¿Qué sabe la gente de su comunidad sobre sus derechos ante la policía, y qué le gustaría saber?
    .hint = No dé asesoramiento jurídico; anote las preguntas para darles seguimiento.

page_synthesis = Resumen
themes = ¿Qué temas salieron?
choice-theme-language_access = Idioma e intérpretes
choice-theme-respect = Respeto y dignidad
choice-theme-stops_searches = Controles policiales y registros
choice-theme-immigration_fear = Miedo relacionado con la situación migratoria
choice-theme-reporting_crime = Denunciar delitos
choice-theme-discrimination = Discriminación
choice-theme-rights_information = Información sobre derechos
choice-theme-response = Cómo responde la policía cuando se la llama
choice-theme-youth = Jóvenes
choice-theme-women_safety = Seguridad de las mujeres
choice-theme-housing_neighbourhood = Vivienda y barrio
choice-theme-other = Otro tema
themes_other = ¿Qué otro tema?
quotes = Citas
    .hint = Escriba lo que se dijo sin nombres ni detalles que permitan reconocer a la persona que habló.
actions = Acciones de seguimiento
    .hint = Qué se hará, quién es responsable (una función, no un nombre) y para cuándo.
facilitator_notes = Notas de la persona facilitadora
    .hint = Sus propias observaciones. No escriba nombres.

closing = Agradezca su participación a las personas presentes y explique cómo se compartirán los resultados. Al cerrar la sesión, el registro queda protegido para que solo su organización pueda leerlo.
