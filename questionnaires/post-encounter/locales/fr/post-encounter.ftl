# Questionnaire après un contact avec la police — français (fr).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Traduction provisoire assistée par machine : à faire relire par des locuteurs natifs (idéalement des interprètes communautaires) avant toute utilisation sur le terrain.
# Messages des items : le libellé est la valeur ; `.hint` s'affiche en dessous ;
# `.constraint` s'affiche quand la contrainte de l'item n'est pas respectée.

questionnaire-title = Après un contact avec la police

consent = Ce court questionnaire porte sur un contact récent que vous avez eu avec la police. Il est anonyme : nous ne demandons jamais votre nom, votre numéro de téléphone ni votre adresse, et vos réponses sont verrouillées sur cet appareil pour que seule { -org } puisse les lire. Vous pouvez passer n’importe quelle question ou arrêter à tout moment. Si vous n’êtes pas d’accord, rien n’est enregistré.
    .hint = Cela prend environ 5 minutes.

-org = l’organisation qui gère ce questionnaire

page_contact = À propos du contact
contact_kind = Quel type de contact avez-vous eu avec la police ?
choice-contact_kind-stopped_public = J’ai été contrôlé(e) dans la rue ou dans un autre lieu public
choice-contact_kind-stopped_vehicle = J’ai été contrôlé(e) dans une voiture ou un autre véhicule
choice-contact_kind-stopped_transport = J’ai été contrôlé(e) dans les transports en commun ou dans une gare
choice-contact_kind-id_check = La police a contrôlé mon identité ou mes papiers
choice-contact_kind-at_home = La police est venue chez moi
choice-contact_kind-reported_crime = J’ai contacté la police pour signaler un crime ou un délit, ou pour demander de l’aide
choice-contact_kind-victim_witness = J’ai été victime ou témoin d’un crime ou d’un délit
choice-contact_kind-other = Autre chose
contact_when = Quand est-ce que c’est arrivé ?
choice-contact_when-today = Aujourd’hui
choice-contact_when-this_week = Au cours des 7 derniers jours
choice-contact_when-this_month = Au cours du dernier mois
choice-contact_when-earlier = Il y a plus d’un mois
officers_count = Combien de policiers étaient là ?
    .hint = Un chiffre approximatif suffit.

page_reason = La raison du contact
reason_explained = Est-ce que le policier vous a dit pourquoi il vous a contrôlé(e) ou pourquoi il est venu vous voir ?
choice-explained-yes = Oui, clairement
choice-explained-partly = En partie
choice-explained-no = Non
choice-explained-dont_know = Je ne sais pas
reason_understood = Est-ce que vous avez bien compris la raison ?
choice-understood-1 = Pas du tout
choice-understood-2 = Un peu
choice-understood-3 = En grande partie
choice-understood-4 = Complètement

page_language = Langue
language_needed = Est-ce que vous aviez besoin d’aide avec la langue pour comprendre le policier ?
interpreter_offered = Est-ce qu’on vous a proposé un interprète ou de l’aide dans votre langue ?
choice-language_help-interpreter_in_person = Oui, avec un interprète sur place
choice-language_help-interpreter_phone = Oui, avec un interprète par téléphone ou par vidéo
choice-language_help-officer_spoke_my_language = Le policier parlait ma langue
choice-language_help-written_translation = Oui, une traduction écrite
choice-language_help-not_offered = Non, on ne m’a rien proposé
choice-language_help-dont_know = Je ne sais pas
understood_officer = Est-ce que vous avez bien compris ce que le policier vous a dit ?

page_search = Fouille
searched = Est-ce que la police vous a fouillé(e) (ou palpé(e) par-dessus vos vêtements), ou a fouillé votre sac ou votre véhicule ?
search_consent = Avant la fouille, qu’est-ce que le policier a dit ?
choice-search_consent-asked_permission = On m’a demandé mon accord
choice-search_consent-said_required = On m’a dit que je devais l’accepter
choice-search_consent-no_explanation = On ne m’a rien dit à ce sujet
choice-search_consent-dont_know = Je ne sais pas
search_reason_given = Est-ce que le policier vous a dit pourquoi on vous a fouillé(e) ?

page_treatment = Comment la police s’est comportée avec vous
    .hint = Pour chaque phrase, dites à quel point vous êtes d’accord.
pj_voice = Le policier m’a laissé expliquer ma version des faits.
pj_neutrality = Le policier a pris ses décisions en fonction des faits, pas en fonction de qui je suis.
pj_respect = Le policier a été respectueux avec moi.
pj_motives = Le policier essayait de faire ce qui était juste.
choice-agree5-1 = Pas du tout d’accord
choice-agree5-2 = Pas d’accord
choice-agree5-3 = Ni d’accord ni pas d’accord
choice-agree5-4 = D’accord
choice-agree5-5 = Tout à fait d’accord
pj_index = Score de justice procédurale (moyenne des quatre phrases)

page_outcome = Comment cela s’est terminé
outcome = Comment cela s’est-il terminé ? Choisissez toutes les réponses qui correspondent.
    .constraint = « Il ne s’est rien passé » ne peut pas être choisi avec une autre réponse.
choice-outcome-no_action = Il ne s’est rien passé, j’ai pu partir
choice-outcome-warning = J’ai reçu un avertissement
choice-outcome-documents_checked = On a contrôlé mes papiers
choice-outcome-fine = J’ai reçu une amende ou une contravention
choice-outcome-taken_to_station = On m’a emmené(e) au poste de police
choice-outcome-arrested = J’ai été arrêté(e)
choice-outcome-property_taken = On m’a pris quelque chose qui m’appartient
choice-outcome-other = Autre chose
choice-outcome-dont_know = Je ne sais pas
force_used = Est-ce que le policier a utilisé la force, ou a menacé de l’utiliser ?
felt_discriminated = Pensez-vous qu’on vous a traité(e) ainsi à cause de votre origine, de votre religion, de votre langue ou de votre apparence ?
choice-yes_no_unsure-yes = Oui
choice-yes_no_unsure-no = Non
choice-yes_no_unsure-unsure = Je ne suis pas sûr(e)

page_trust = La police là où vous vivez
    .hint = Pensez à la police en général, pas seulement à ce contact.
trust_respect = À quelle fréquence la police d’ici traite-t-elle les personnes comme vous avec respect ?
trust_fair = À quelle fréquence la police d’ici prend-elle des décisions justes, qui ne favorisent personne ?
trust_explain = À quelle fréquence la police d’ici explique-t-elle ses décisions quand les gens le demandent ?
choice-how_often4-1 = Jamais ou presque jamais
choice-how_often4-2 = Parfois
choice-how_often4-3 = Souvent
choice-how_often4-4 = Toujours ou presque toujours
contact_again = Si vous aviez besoin d’aide ou si vous étiez victime d’un crime ou d’un délit, est-ce que vous contacteriez la police ?
choice-contact_again-definitely = Oui, certainement
choice-contact_again-probably = Probablement
choice-contact_again-probably_not = Probablement pas
choice-contact_again-definitely_not = Certainement pas
choice-contact_again-dont_know = Je ne sais pas
knows_complaint = Savez-vous comment porter plainte ou faire une réclamation contre la police ?

page_prepost = Réunions de quartier
attended_meeting = Au cours des 12 derniers mois, avez-vous assisté à une réunion de quartier à laquelle la police a participé ?
attended_kyr = Avez-vous déjà participé à une séance d’information sur vos droits face à la police ?
kyr_when = Quand a eu lieu la dernière séance ?
choice-kyr_when-within_month = Au cours du dernier mois
choice-kyr_when-one_to_six_months = Il y a un à six mois
choice-kyr_when-over_six_months = Il y a plus de six mois

page_about = À propos de vous
    .hint = Ces réponses servent seulement à faire des statistiques sur l’ensemble du groupe.
age_group = Quel âge avez-vous ?
choice-age_group-18_24 = De 18 à 24 ans
choice-age_group-25_34 = De 25 à 34 ans
choice-age_group-35_49 = De 35 à 49 ans
choice-age_group-50_64 = De 50 à 64 ans
choice-age_group-65_plus = 65 ans ou plus
time_in_country = Depuis combien de temps vivez-vous dans ce pays ?
choice-time_in_country-under_1 = Moins d’un an
choice-time_in_country-1_3 = De 1 à 3 ans
choice-time_in_country-3_10 = De 3 à 10 ans
choice-time_in_country-over_10 = Plus de 10 ans

anything_else = Y a-t-il autre chose que vous voulez nous dire sur ce contact ?
    .hint = Merci de ne pas écrire de noms, de numéros de téléphone, d’adresses ni rien d’autre qui pourrait vous identifier ou identifier une autre personne.

thanks = Merci. Quand vous appuyez sur « Envoyer », vos réponses sont verrouillées pour que seule { -org } puisse les lire, et elles sont envoyées dès qu’il y a une connexion.
