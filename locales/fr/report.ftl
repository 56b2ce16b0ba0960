# Heard report strings — French.
# Draft translation awaiting review by a native speaker.
# Unsure terms: questionnaire rempli (submission, as in app.ftl), groupe d’inscription (enrollment group), enveloppes mises de côté (envelopes set aside), part (share).
# Plural categories (CLDR): one (0 and 1), many (large compact numbers), other, as in app.ftl.
# A narrow no-break space (U+202F) goes before : ; ? ! and inside « ».

report-title = Rapport sur les avis de la communauté
report-generated = Établi le { $date }.
report-org = Préparé par { $org }.
report-privacy-title = Comment ce rapport protège les personnes
report-privacy = Les chiffres de ce rapport sont modifiés de petites quantités tirées au hasard pour protéger les personnes : les totaux peuvent donc ne pas tomber juste. Une modification typique est de { $typical ->
    [one] { $typical } personne
   *[other] { $typical } personnes
} en plus ou en moins. Tout chiffre inférieur à { $k } est affiché « moins de { $k } ». Les mêmes données donnent toujours les mêmes chiffres.
report-budget = Budget de confidentialité utilisé par les rapports sur ces données : { $spent } sur { $budget }.
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
report-table-hidden = { $hidden ->
    [one] { $hidden } chiffre sur { $total } de ce tableau est affiché « moins de { $k } ».
   *[other] { $hidden } chiffres sur { $total } de ce tableau sont affichés « moins de { $k } ».
}
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
report-action-what = Action
report-action-who = Qui
report-action-due = Pour quand
report-quotes = Citations
report-data-quality = Qualité des données
report-by-group = Questionnaires reçus par groupe d’inscription
report-group = Groupe
report-submissions = Questionnaires reçus
report-by-link = Questionnaires reçus par les liens publics
report-by-link-note = Toute personne qui voit une affiche peut répondre par son lien : ces questionnaires sont donc comptés à part des appareils inscrits ci-dessus. Ils peuvent venir de personnes extérieures aux groupes que vous servez, ou d’une même personne plusieurs fois.
report-link = Lien
report-other-links = Autres liens
report-reason = Motif
report-envelopes = Enveloppes
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
report-chart-hidden = Affiché « moins de { $k } »

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = Ce que les gens nous ont dit
easy-intro = Voici une version courte et simple de notre rapport.
easy-made-by = { $org } a fait ce rapport le { $date }.
easy-made = Nous avons fait ce rapport le { $date }.
easy-people = { $count ->
    [one] { $count } personne a répondu à cette enquête.
   *[other] { $count } personnes ont répondu à cette enquête.
}
easy-people-few = Moins de { $k } personnes ont répondu à cette enquête.
easy-most-said = La plupart des gens ont dit : { $answer }
easy-top-answer = La réponse la plus fréquente : { $answer }
easy-share = { $percent ->
    [one] Sur 100 personnes, { $percent } a donné cette réponse.
   *[other] Sur 100 personnes, { $percent } ont donné cette réponse.
}
easy-no-finding = Trop peu de personnes ont répondu à cette question. Nous ne montrons donc pas les réponses ici.
easy-sessions = { $count ->
    [one] Nous avons tenu { $count } séance d’écoute.
   *[other] Nous avons tenu { $count } séances d’écoute.
}
easy-top-theme = Les gens ont surtout parlé de : { $theme }
easy-safe-title = Comment nous protégeons les gens
easy-safe-changed = Nous avons un peu changé les chiffres pour protéger les gens.
easy-safe-add-up = Certains totaux ne tombent donc pas juste.
easy-safe-few = Parfois, très peu de personnes ont donné une réponse. Alors nous écrivons « moins de { $k } ».
easy-full-report = Le rapport complet contient tous les chiffres et tous les tableaux.
report-withheld = masqué

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = Question posée
report-not-asked = Question non posée (elle ne les concernait pas)
report-asked-note = Cette question n’a été posée qu’à certaines personnes, selon une réponse précédente. Les parts portent sur les personnes à qui elle a été posée : { $asked } ; non posée : { $notasked }.
report-table-hidden-withheld = Chiffres masqués dans ce tableau : { $hidden } sur { $total } (« moins de { $k } » : { $few } ; « masqué » : { $withheld }).
report-withheld-explained = « masqué » désigne un chiffre qui n’est pas affiché bien qu’il ne soit pas petit lui-même, pour qu’un chiffre affiché « moins de { $k } » ne puisse pas être retrouvé à partir des totaux. Il peut valoir n’importe quel nombre.
report-chart-hidden-withheld = Masqué pour protéger un autre chiffre
report-chart-hidden-either = « Moins de { $k } » ou masqué
report-tally-mismatch-title = Les décomptes de participation ne concordent pas.
report-tally-mismatch = { $sessions ->
    [one] Dans { $sessions } séance, les décomptes ne donnent pas le même nombre de personnes : les tableaux de participation ne décrivent donc pas les mêmes personnes.
   *[other] Dans { $sessions } séances, les décomptes ne donnent pas le même nombre de personnes : les tableaux de participation ne décrivent donc pas les mêmes personnes.
} Vérifiez les fiches des séances. Totaux publiés : { $totals }.
report-tally-difference = Les totaux publiés diffèrent de { $difference }.
easy-asked = { $count ->
    [one] On a posé cette question à { $count } personne.
   *[other] On a posé cette question à { $count } personnes.
}
easy-asked-few = On a posé cette question à moins de { $k } personnes.
easy-not-asked = { $count ->
    [one] { $count } personne n’a pas eu cette question. Elle n’était pas pour elle.
   *[other] { $count } personnes n’ont pas eu cette question. Elle n’était pas pour elles.
}
easy-not-asked-few = Moins de { $k } personnes n’ont pas eu cette question. Elle n’était pas pour elles.
easy-share-asked = { $percent ->
    [one] Sur 100 personnes à qui on a posé la question, { $percent } a donné cette réponse.
   *[other] Sur 100 personnes à qui on a posé la question, { $percent } ont donné cette réponse.
}

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = Répétition : ces chiffres viennent de réponses d’exemple créées par heard rehearse, pas de réponses de vraies personnes. Ne publiez pas ce rapport.
