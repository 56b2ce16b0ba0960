# Heard report strings — French.
# Draft translation awaiting review by a native speaker.
# Unsure terms: questionnaire rempli (submission, as in app.ftl), groupe d’inscription (enrollment group), enveloppes mises de côté (envelopes set aside), part (share).
# Plural categories (CLDR): one (0 and 1), many (large compact numbers), other, as in app.ftl.
# A narrow no-break space (U+202F) goes before : ; ? ! and inside « ».

report-title = Rapport sur les avis de la communauté
report-generated = Établi le { $date }.
report-org = Préparé par { $org }.
report-privacy-title = Comment ce rapport protège les personnes
report-privacy = Tout chiffre qui repose sur moins de { $k } personnes ayant répondu est masqué et remplacé par « { report-hidden-mark } ». D’autres chiffres sont aussi masqués, en nombre suffisant pour qu’aucun chiffre masqué ne puisse être retrouvé à partir des totaux ou en comparant les tableaux. Les répartitions et les périodes sont fixes : les mêmes données donnent donc toujours les mêmes tableaux.
report-hidden-mark = ·
report-hidden = masqué pour protéger un petit groupe
report-sensitive-excluded = Les réponses écrites marquées comme sensibles ne sont pas incluses.
report-sensitive-included = Ce rapport contient des réponses écrites marquées comme sensibles. Partagez-le avec précaution.

## Sections
report-overview = Vue d’ensemble
report-respondents = Personnes ayant répondu
report-by-language = Par langue du questionnaire
report-by-period = Par { $period ->
    [week] semaine
   *[month] mois
}
report-comparison = Avant et après le { $date }
report-before = Avant
report-after = À partir du { $date }
report-all = Tous
report-other-languages = Autres langues
report-other-groups = Autres groupes
report-by-group-breakdown = Par groupe d'inscription (équipe ou quartier)
report-fewer-than = moins de { $k }
report-option = Réponse
report-no-answer = Pas de réponse ou « Je préfère ne pas répondre »
report-share = Part
report-questions = Questions
report-free-text = Réponses écrites
report-free-text-none = Aucune réponse écrite.
report-listening-sessions = Séances d’écoute
report-sessions-count = { $count ->
    [one] { $count } séance d’écoute
    [many] { $count } de séances d’écoute
   *[other] { $count } séances d’écoute
}
report-themes = Thèmes abordés (nombre de séances)
report-attendance = Participation (personnes, toutes séances confondues)
report-actions = Actions de suivi
report-action-who = Qui
report-action-due = Pour quand
report-quotes = Citations
report-data-quality = Qualité des données
report-by-group = Questionnaires reçus par groupe d’inscription
report-group = Groupe
report-submissions = Questionnaires reçus
report-set-aside = Enveloppes mises de côté (absentes de ce rapport)
report-set-aside-none = Aucune enveloppe n’a été mise de côté : toutes ont été déchiffrées et portaient une signature valide d’un groupe d’inscription.
report-undated = Questionnaires remplis sans date lisible (absents des tableaux)
report-failed-decrypt = Échec du déchiffrement
report-failed-verify = Échec de la vérification
report-reason-damaged = Endommagée
report-reason-not-for-this-key = Scellée pour une autre clé
report-reason-not-a-submission = Pas un questionnaire Heard
report-reason-mismatch = Le contenu ne correspond pas à son étiquette
report-reason-unsigned = Pas de signature d’inscription
report-reason-unknown-group = Groupe d’inscription inconnu
report-reason-bad-signature = Signature non valide
report-reason-revoked-group = Groupe d’inscription révoqué
report-reason-duplicate = Doublon (déjà reçu)
report-trend = Évolution des réponses dans le temps
report-chart-alt = Diagramme en barres des réponses à « { $question } »
