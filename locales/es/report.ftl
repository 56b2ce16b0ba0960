# Heard report strings — Spanish.
# Draft translation awaiting review by a native speaker.
# Unsure terms: encuesta (submission, as in app.ftl), grupo de inscripción (enrollment group), sobres apartados (envelopes set aside), proporción (share).
# Plural categories (CLDR): one, many (large compact numbers), other, as in app.ftl.

report-title = Informe de opiniones de la comunidad
report-generated = Generado el { $date }.
report-org = Elaborado por { $org }.
report-privacy-title = Cómo protege este informe a las personas
report-privacy = Las cifras de este informe se ajustan con pequeñas cantidades al azar para proteger a las personas, así que los totales pueden no cuadrar exactamente. Un ajuste típico es de { $typical ->
    [one] { $typical } persona
   *[other] { $typical } personas
} más o menos. Toda cifra menor que { $k } se muestra como «menos de { $k }». Los mismos datos siempre dan las mismas cifras.
report-budget = Presupuesto de privacidad usado por los informes de estos datos: { $spent } de { $budget }.
report-sensitive-excluded = No se incluyen las respuestas escritas marcadas como sensibles.
report-sensitive-included = Este informe incluye respuestas escritas marcadas como sensibles. Compártalo con cuidado.

## Sections
report-overview = Resumen
report-respondents = Personas que respondieron
report-by-language = Por idioma de la encuesta
report-by-period = Por { $period ->
    [week] semana
   *[month] mes
}
report-comparison = Antes y después del { $date }
report-before = Antes
report-after = Desde el { $date }
report-all = Todos
report-other-languages = Otros idiomas
report-other-groups = Otros grupos
report-by-group-breakdown = Por grupo de inscripción (equipo o distrito)
report-fewer-than = menos de { $k }
report-table-hidden = { $hidden ->
    [one] { $hidden } de las { $total } cifras de esta tabla se muestra como «menos de { $k }».
   *[other] { $hidden } de las { $total } cifras de esta tabla se muestran como «menos de { $k }».
}
report-option = Respuesta
report-no-answer = Sin respuesta o «Prefiero no responder»
report-share = Proporción
report-questions = Preguntas
report-free-text = Respuestas escritas
report-free-text-none = No hay respuestas escritas.
report-listening-sessions = Sesiones de escucha
report-sessions-count = { $count ->
    [one] Una sesión de escucha
    [many] { $count } de sesiones de escucha
   *[other] { $count } sesiones de escucha
}
report-themes = Temas planteados (número de sesiones)
report-attendance = Asistencia (personas, todas las sesiones)
report-actions = Acciones de seguimiento
report-action-what = Acción
report-action-who = Quién
report-action-due = Para cuándo
report-quotes = Citas
report-data-quality = Calidad de los datos
report-by-group = Encuestas recibidas por grupo de inscripción
report-group = Grupo
report-submissions = Encuestas recibidas
report-by-link = Encuestas recibidas por enlaces públicos
report-by-link-note = Cualquier persona que vea un cartel puede responder por su enlace, por eso estas encuestas se cuentan aparte de los dispositivos inscritos de arriba: pueden venir de personas ajenas a los grupos que atienden, o de la misma persona más de una vez.
report-link = Enlace
report-other-links = Otros enlaces
report-reason = Motivo
report-envelopes = Sobres
report-set-aside = Sobres apartados (no incluidos en este informe)
report-set-aside-none = No se apartó ningún sobre: todos se descifraron y llevaban una firma válida de un grupo de inscripción.
report-undated = Encuestas sin fecha legible (no incluidas en las tablas)
report-failed-decrypt = No se pudo descifrar
report-failed-verify = No se pudo verificar
report-reason-damaged = Dañado
report-reason-not-for-this-key = Sellado para otra clave
report-reason-not-a-submission = No es una encuesta de Heard
report-reason-mismatch = El contenido no coincide con su etiqueta
report-reason-unsigned = Sin firma de inscripción
report-reason-unknown-group = Grupo de inscripción desconocido
report-reason-bad-signature = Firma no válida
report-reason-revoked-group = Grupo de inscripción revocado
report-reason-duplicate = Duplicado (ya recibido)
report-trend = Cómo cambiaron las respuestas con el tiempo
report-chart-alt = Gráfico de barras de las respuestas a «{ $question }»
report-chart-hidden = Se muestra como «menos de { $k }»

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = Lo que nos dijo la gente
easy-intro = Esta es una versión corta y sencilla de nuestro informe.
easy-made-by = { $org } hizo este informe el { $date }.
easy-made = Hicimos este informe el { $date }.
easy-people = { $count ->
    [one] Una persona respondió esta encuesta.
   *[other] { $count } personas respondieron esta encuesta.
}
easy-people-few = Menos de { $k } personas respondieron esta encuesta.
easy-most-said = La mayoría de la gente dijo: { $answer }
easy-top-answer = La respuesta más frecuente: { $answer }
easy-share = De cada 100 personas, { $percent } dieron esta respuesta.
easy-no-finding = Muy pocas personas respondieron esta pregunta. Por eso no mostramos aquí las respuestas.
easy-sessions = { $count ->
    [one] Hicimos una sesión de escucha.
   *[other] Hicimos { $count } sesiones de escucha.
}
easy-top-theme = La gente habló sobre todo de: { $theme }
easy-safe-title = Cómo protegemos a las personas
easy-safe-changed = Cambiamos un poco los números para proteger a las personas.
easy-safe-add-up = Por eso algunos números no suman exactamente.
easy-safe-few = A veces muy pocas personas dieron una respuesta. Entonces escribimos «menos de { $k }».
easy-full-report = El informe completo tiene todos los números y todas las tablas.
report-withheld = oculto

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = Se les hizo la pregunta
report-not-asked = No se les preguntó (no les correspondía)
report-asked-note = Esta pregunta solo se hizo a algunas personas, según una respuesta anterior. Los porcentajes son de las personas a las que se les hizo: { $asked }; no se les preguntó: { $notasked }.
report-table-hidden-withheld = Cifras ocultas en esta tabla: { $hidden } de { $total } («menos de { $k }»: { $few }; «oculto»: { $withheld }).
report-withheld-explained = «oculto» indica una cifra que no se muestra aunque no es pequeña, para que una cifra mostrada como «menos de { $k }» no pueda deducirse de los totales. Puede ser cualquier número.
report-chart-hidden-withheld = Oculto para proteger otra cifra
report-chart-hidden-either = «Menos de { $k }» u oculto
report-tally-mismatch-title = Los recuentos de asistencia no coinciden.
report-tally-mismatch = { $sessions ->
    [one] En una sesión, los recuentos no cuentan el mismo número de personas, así que las tablas de asistencia no describen a las mismas personas.
   *[other] En { $sessions } sesiones, los recuentos no cuentan el mismo número de personas, así que las tablas de asistencia no describen a las mismas personas.
} Revise los registros de las sesiones. Totales publicados: { $totals }.
report-tally-difference = Los totales publicados difieren en { $difference }.
easy-asked = { $count ->
    [one] Se hizo esta pregunta a una persona.
   *[other] Se hizo esta pregunta a { $count } personas.
}
easy-asked-few = Se hizo esta pregunta a menos de { $k } personas.
easy-not-asked = { $count ->
    [one] A una persona no se le hizo esta pregunta. No era para ella.
   *[other] A { $count } personas no se les hizo esta pregunta. No era para ellas.
}
easy-not-asked-few = A menos de { $k } personas no se les hizo esta pregunta. No era para ellas.
easy-share-asked = De cada 100 personas a las que se hizo la pregunta, { $percent } dieron esta respuesta.

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = Ensayo: estas cifras provienen de respuestas de ejemplo creadas por heard rehearse, no de respuestas de personas reales. No publique este informe.
