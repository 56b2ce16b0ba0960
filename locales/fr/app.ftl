# Textes de l'application Heard — français (fr).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Traduction provisoire assistée par machine : à faire relire par des locuteurs natifs (idéalement des interprètes communautaires) avant toute utilisation sur le terrain.
# Affichés par les applications Android et iOS et par l'outil en ligne de commande `heard`.
# Un questionnaire peut remplacer n'importe lequel de ces messages en définissant le même identifiant.

app-name = Heard

## Navigation
nav-next = Suivant
nav-back = Retour
nav-review = Relire les réponses
nav-submit = Envoyer
nav-start = Commencer
language-picker = Langue
progress = Question { $n } sur { $total }
answered-count = { $count ->
    [one] Vous avez répondu à { $count } question
    [many] Vous avez répondu à { $count } de questions
   *[other] Vous avez répondu à { $count } questions
}

## Réponses prévues par l'application
answer-decline = Je préfère ne pas répondre
answer-yes = Oui
answer-no = Non
consent-accept = Je suis d’accord
consent-decline = Je ne suis pas d’accord
consent-declined = Vous n’avez pas donné votre accord, donc rien n’a été enregistré. Merci pour votre temps.

## Ce que chaque champ attend
input-choose-one = Choisissez une réponse.
input-choose-many = Choisissez toutes les réponses qui correspondent.
input-scale = Choisissez un point sur l’échelle.
input-whole-number = Écrivez un nombre entier.
input-whole-number-range = Écrivez un nombre entier de { $min } à { $max }.
input-number = Écrivez un nombre.
input-number-range = Écrivez un nombre de { $min } à { $max }.
input-text = Écrivez votre réponse.
input-date = Choisissez une date.
input-tally = Indiquez le nombre de personnes pour chaque groupe.
input-text-list = Ajoutez les éléments un par un.
input-action-list = Ajoutez chaque action : quoi, qui (un rôle, pas un nom) et pour quand.
input-notes = Écrivez vos notes.
sensitive-warning = N’écrivez pas de noms, de numéros de téléphone, d’adresses ni rien qui pourrait permettre de reconnaître quelqu’un.

## Vérification des réponses
error-required = Il faut répondre à cette question.
error-required-or-decline = Il faut répondre à cette question. Vous pouvez aussi choisir « Je préfère ne pas répondre ».
error-not-a-number = Merci d’écrire un nombre.
error-not-whole-number = Merci d’écrire un nombre entier.
error-below-min = Le nombre doit être { $min } ou plus.
error-above-max = Le nombre doit être { $max } ou moins.
error-too-long = { $max ->
    [one] La réponse peut contenir au maximum { $max } caractère.
    [many] La réponse peut contenir au maximum { $max } de caractères.
   *[other] La réponse peut contenir au maximum { $max } caractères.
}
error-invalid-date = Merci d’écrire une vraie date (année-mois-jour).
error-unknown-choice = Cette réponse ne fait pas partie des choix proposés.
error-wrong-answer-kind = Ce type de réponse ne convient pas à cette question.
error-negative-count = Un nombre de personnes ne peut pas être inférieur à zéro.
error-empty-entry = Un élément ne peut pas être vide.
error-constraint = Cette réponse n’est pas acceptée ici.

## Relecture
review-title = Relisez vos réponses
review-not-answered = Pas de réponse
review-edit = Modifier
fallback-notice = Pas encore traduit dans votre langue.

## Séances d'écoute
tally-total = Total : { $count }
list-add = Ajouter
list-remove = Retirer
action-what = Ce qui sera fait
action-who = Qui s’en charge (un rôle)
action-due = Pour quand
session-close = Clôturer la séance

## Après l'envoi
submitted = Merci. Vos réponses sont verrouillées et seront envoyées dès qu’il y aura une connexion.
kiosk-next = Commencer un nouveau questionnaire pour la personne suivante
outbox-waiting = { $count ->
    [one] { $count } questionnaire rempli attend d’être envoyé.
    [many] { $count } de questionnaires remplis attendent d’être envoyés.
   *[other] { $count } questionnaires remplis attendent d’être envoyés.
}

## Enrollment
enroll-title = Rejoindre une organisation
enroll-paste = Collez le code d’inscription
enroll-read = Continuer
enroll-invalid = Ce code n’a pas pu être lu. Demandez-en un nouveau à l’organisation.
enroll-check-words = Vérifiez que ces six mots sont les mêmes que ceux que l’organisation vous montre.
enroll-accept = Accepter
enroll-refuse = Refuser

## Questionnaires and listening
questionnaires-title = Questionnaires
audio-listen = Écouter
submitted-sealed = Vos réponses sont scellées. Seule l’organisation peut les lire.
