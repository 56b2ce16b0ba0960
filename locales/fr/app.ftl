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
tally-add-one = Ajouter une personne : { $bracket }
tally-remove-one = Retirer une personne : { $bracket }
tally-count = { $count }
list-new-entry = Nouvelle entrée
action-due-hint = Facultatif : année-mois-jour (AAAA-MM-JJ)

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
enroll-scan = Scanner le code QR
enroll-scan-hint = Dirigez l’appareil photo vers le code QR de l’organisation.
enroll-camera-refused = Sans l’appareil photo, le code ne peut pas être scanné. Vous pouvez le coller à la place.
enroll-camera-denied = Heard n’a pas le droit d’utiliser l’appareil photo. Autorisez-le dans l’app Réglages, ou collez le code à la place.

## Questionnaires and listening
questionnaires-title = Questionnaires
audio-listen = Écouter
submitted-sealed = Vos réponses sont scellées. Seule l’organisation peut les lire.
submitted-done = Terminé

## Home
home-outbox = { $count ->
    [0] Boîte d’envoi
    [one] Boîte d’envoi : une en attente
    [many] Boîte d’envoi : { $count } en attente
   *[other] Boîte d’envoi : { $count } en attente
}
notice-dismiss = OK
error-try-again = Cela n’a pas marché. Rien n’a été perdu ; veuillez réessayer.

## Outbox and sync
outbox-title = Boîte d’envoi
outbox-sending = Envoi en cours…
outbox-sent-today = { $count ->
    [0] Rien n’a encore été envoyé aujourd’hui.
    [one] Une réponse envoyée aujourd’hui.
    [many] { $count } de réponses envoyées aujourd’hui.
   *[other] { $count } réponses envoyées aujourd’hui.
}
outbox-never-synced = Rien n’a encore été envoyé à l’organisation.
outbox-last-sync = Dernière tentative d’envoi : { $when }
outbox-last-success = Dernier envoi réussi : { $when }
outbox-send-now = Envoyer maintenant
outbox-rejected-title = Refusées par le serveur
outbox-rejected-explain = Ces réponses restent sur cet appareil, scellées. Donnez à l’organisation la raison affichée.
outbox-rejected-reason = Raison : { $reason }
sync-outcome-done = Tout a été envoyé.
sync-outcome-retry-later = Impossible de joindre le serveur. Rien n’a été perdu ; l’application réessaiera.
sync-outcome-revoked = L’organisation a retiré cet appareil. Demandez-lui un nouveau code d’inscription.
sync-outcome-unauthorized = Le serveur ne connaît pas cet appareil. Demandez un nouveau code d’inscription à l’organisation.
sync-outcome-not-a-heard-server = L’adresse à laquelle cet appareil envoie ne répond pas comme le serveur de l’organisation. Prévenez l’organisation.
sync-outcome-already-syncing = Envoi déjà en cours.
sync-not-enrolled = Cet appareil n’est encore inscrit auprès d’aucune organisation : il n’y a donc nulle part où envoyer.
time-just-now = à l’instant
time-minutes-ago = { $count ->
    [one] il y a { $count } minute
    [many] il y a { $count } de minutes
   *[other] il y a { $count } minutes
}
time-hours-ago = { $count ->
    [one] il y a { $count } heure
    [many] il y a { $count } d’heures
   *[other] il y a { $count } heures
}
time-days-ago = { $count ->
    [one] il y a { $count } jour
    [many] il y a { $count } de jours
   *[other] il y a { $count } jours
}

## App lock
lock-title = Entrez votre code PIN
lock-pin = Code PIN
lock-unlock = Déverrouiller
lock-wrong = { $count ->
    [one] Code PIN incorrect. Il reste { $count } essai : au prochain code PIN incorrect, tout ce qui se trouve sur cet appareil sera effacé.
    [many] Code PIN incorrect. Il reste { $count } d’essais avant que tout ce qui se trouve sur cet appareil soit effacé.
   *[other] Code PIN incorrect. Il reste { $count } essais avant que tout ce qui se trouve sur cet appareil soit effacé.
}
lock-erased = Trop de codes PIN incorrects : tout ce qui se trouvait sur cet appareil a été effacé.
lock-damaged = Le verrouillage de l’application ne peut pas être lu. La seule façon de continuer est d’effacer tout ce qui se trouve sur cet appareil.
lock-pin-invalid = Un code PIN doit avoir au moins 6 chiffres, et le code PIN sous contrainte doit être différent du code PIN.

## Quick delete
wipe-title = Effacement rapide
wipe-explain = Efface d’un coup tout ce qui se trouve sur cet appareil : les réponses qui attendent d’être envoyées, celles qui ne sont pas terminées, les clés et les paramètres. Impossible de revenir en arrière.
wipe-slide = Faites glisser jusqu’au bout pour tout effacer
wipe-countdown = { $seconds ->
    [one] Effacement dans { $seconds } seconde
    [many] Effacement dans { $seconds } de secondes
   *[other] Effacement dans { $seconds } secondes
}
wipe-cancel = Annuler
wipe-failed = Tout n’a pas pu être effacé. Réessayez l’effacement rapide.

## Kiosk
kiosk-leave = Quitter le mode kiosque
kiosk-leave-pin = Code PIN pour quitter le mode kiosque
kiosk-guided-access-title = Garder la tablette dans Heard
kiosk-guided-access-explain = Avant de confier la tablette, activez l’Accès guidé : Réglages > Accessibilité > Accès guidé, puis appuyez trois fois sur le bouton latéral (ou le bouton principal) pendant que Heard est ouvert. L’application ne peut pas l’activer elle-même.
kiosk-guided-access-on = L’Accès guidé est activé.
kiosk-guided-access-off = L’Accès guidé est désactivé : la personne qui répond pourrait quitter Heard.

## Settings and safety
settings-title = Paramètres et sécurité
settings-lock-now = Verrouiller
settings-pin-title = Verrouillage de l’application
settings-pin-explain = Avec un code PIN, l’application ne s’ouvre qu’avec ce code. Après 10 codes PIN incorrects, tout ce qui se trouve sur cet appareil est effacé.
settings-pin-current = Code PIN actuel
settings-pin-new = Nouveau code PIN (au moins 6 chiffres)
settings-pin-repeat = Nouveau code PIN, encore une fois
settings-pin-mismatch = Les deux nouveaux codes PIN ne sont pas identiques.
settings-pin-set = Créer le code PIN
settings-pin-change = Changer le code PIN
settings-pin-saved = Le code PIN est enregistré.
settings-needs-pin = Créez d’abord un code PIN pour verrouiller l’application.
settings-duress-title = Code PIN sous contrainte
settings-duress-explain = Un deuxième code PIN pour le cas où quelqu’un vous force à ouvrir l’application : il efface tout et ouvre une application vide qui semble tout juste installée.
settings-duress-pin = Code PIN sous contrainte
settings-duress-set = Créer le code PIN sous contrainte
settings-duress-clear = Le supprimer
settings-duress-saved = Le code PIN sous contrainte est enregistré.
settings-duress-cleared = Le code PIN sous contrainte est supprimé.
settings-kiosk-title = Mode kiosque
settings-kiosk-explain = Pour une tablette partagée : chaque fois qu’une personne a envoyé ses réponses, un nouveau questionnaire commence dans la langue choisie ici, sans rien montrer des réponses de la personne précédente. Il faut le code PIN pour quitter le mode kiosque.
settings-kiosk-none = Aucun questionnaire n’est encore installé.
settings-kiosk-questionnaire = Questionnaire
settings-kiosk-language = Langue de chaque nouveau questionnaire
settings-kiosk-start = Lancer le mode kiosque
settings-camouflage = Camoufler l’application
settings-camouflage-explain = L’écran d’accueil affiche une icône simple et un nom neutre à la place de Heard. Au moment du changement, l’application peut se fermer : rouvrez-la depuis la nouvelle icône.
settings-language-title = Langue de l’application
settings-language-device = La langue de l’appareil
settings-holdings-title = Ce que contient cet appareil
holdings-organization = Inscrit auprès de : { $name }
holdings-not-enrolled = Inscrit auprès d’aucune organisation.
holdings-questionnaires = { $count ->
    [one] { $count } questionnaire
    [many] { $count } de questionnaires
   *[other] { $count } questionnaires
}
holdings-drafts = { $count ->
    [0] Aucune réponse inachevée
    [one] Une réponse inachevée (chiffrée sur cet appareil)
    [many] { $count } de réponses inachevées (chiffrées sur cet appareil)
   *[other] { $count } réponses inachevées (chiffrées sur cet appareil)
}
holdings-queued = { $count ->
    [0] Aucune réponse scellée en attente
    [one] Une réponse scellée attend d’être envoyée (cet appareil ne peut pas la lire)
    [many] { $count } de réponses scellées attendent d’être envoyées (cet appareil ne peut pas les lire)
   *[other] { $count } réponses scellées attendent d’être envoyées (cet appareil ne peut pas les lire)
}
holdings-rejected = { $count ->
    [one] { $count } réponse refusée par le serveur
    [many] { $count } de réponses refusées par le serveur
   *[other] { $count } réponses refusées par le serveur
}

## Screen readers
# A question as a screen reader announces it: its number on the screen, then its text.
question-numbered = { $number }. { $label }

## Web survey (a page opened from a poster)
web-leave = Sortie rapide
web-loading = Chargement…
web-cannot-open = Ce questionnaire n’a pas pu être ouvert.
web-ask-again = Demandez-en un nouveau à l’organisation qui a partagé ce lien.
web-bad-link = Ce lien est incomplet.
web-cannot-keep = Vos réponses n’ont pas pu être conservées sur cet appareil. Rien n’a été envoyé.

# Public survey links: the poster, and the page's states.
poster-invite = Scannez avec l’appareil photo de votre téléphone pour répondre à « { $title } ». C’est anonyme : ni nom, ni compte, ni numéro de téléphone.
web-closed = Ce questionnaire est clos : on ne peut plus envoyer de réponses par ce lien. Merci.
web-closed-unsent = Ce questionnaire a été clos avant l’envoi de vos réponses. Elles ont été effacées de ce téléphone.
web-not-authentic = Ce questionnaire n’a pas pu être vérifié : il ne vient peut-être pas de l’organisation de l’affiche. N’y répondez pas.
web-queued = Vos réponses sont scellées sur ce téléphone. Elles seront envoyées dès que vous serez de nouveau en ligne.
web-sent = Vos réponses ont été envoyées. Merci.
web-stays = Seules les réponses scellées restent sur ce téléphone jusqu’à leur envoi ; un questionnaire inachevé est gardé chiffré 3 jours au plus. « Sortie rapide » l’efface.
