# Guide d'animation des séances d'écoute — français (fr).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Traduction provisoire assistée par machine : à faire relire par des locuteurs natifs (idéalement des interprètes communautaires) avant toute utilisation sur le terrain.

questionnaire-title = Séance d’écoute

page_session = À propos de la séance
session_date = Date de la séance
    .constraint = La date ne peut pas être dans le futur.
district = Quartier ou secteur
    .hint = Seulement une zone générale, jamais une adresse.
setting = Où la séance a-t-elle eu lieu ?
choice-setting-community_centre = Centre social ou communautaire
choice-setting-place_of_worship = Lieu de culte
choice-setting-school = École
choice-setting-ngo_office = Locaux d’une organisation
choice-setting-police_premises = Locaux de la police
choice-setting-online = En ligne
choice-setting-other = Ailleurs
session_languages = Quelles langues ont été parlées ?
choice-session_language-ar = Arabe
choice-session_language-fa = Persan (farsi)
choice-session_language-prs = Dari
choice-session_language-ps = Pachto
choice-session_language-so = Somali
choice-session_language-ti = Tigrigna
choice-session_language-uk = Ukrainien
choice-session_language-fr = Français
choice-session_language-es = Espagnol
choice-session_language-en = Anglais
choice-session_language-other = Une autre langue
interpretation = Y a-t-il eu de l’interprétation pendant la séance ?
facilitator_role = Qui a animé la séance ?
choice-facilitator_role-liaison = Relais communautaire
choice-facilitator_role-volunteer = Bénévole de la communauté
choice-facilitator_role-ngo_staff = Membre du personnel d’une organisation
choice-facilitator_role-police = Policier ou policière

ground_rules = À lire à voix haute avant de commencer : Tout ce qui est dit ici reste dans cette pièce. Nous n’écrivons pas les noms. Vous pouvez refuser de répondre à n’importe quelle question, et vous pouvez partir à tout moment. Nous partagerons ce que nous apprenons seulement sous forme de résultats pour l’ensemble du groupe.
    .hint = Vérifiez que tout le monde a bien compris, dans chaque langue présente.

page_attendance = Participation
    .hint = Comptez les personnes, n’écrivez pas de noms.
attendance_age = Personnes présentes, par âge
choice-age_bracket-under_18 = Moins de 18 ans
choice-age_bracket-18_24 = De 18 à 24 ans
choice-age_bracket-25_34 = De 25 à 34 ans
choice-age_bracket-35_49 = De 35 à 49 ans
choice-age_bracket-50_64 = De 50 à 64 ans
choice-age_bracket-65_plus = 65 ans ou plus
choice-age_bracket-not_recorded = Non renseigné
attendance_gender = Personnes présentes, par genre
choice-gender-women = Femmes
choice-gender-men = Hommes
choice-gender-another = Autre genre
choice-gender-not_recorded = Non renseigné
police_present = Combien de policiers ou policières ont participé ?

prompt_experiences = Quelles expériences avez-vous vécues avec la police dans ce quartier ?
    .hint = Laissez parler plusieurs personnes. Demandez des exemples, mais rappelez à chacun de ne nommer personne.
prompt_language = Quand vous avez eu besoin de parler à la police, en quoi la langue a-t-elle rendu les choses plus faciles ou plus difficiles ?
    .hint = Demandez si on leur a proposé des interprètes, et comment cela s’est passé.
prompt_trust = Qu’est-ce qui vous aiderait à vous sentir plus en sécurité pour contacter la police ?
    .hint = Notez les propositions concrètes ; elles peuvent devenir des actions de suivi.
prompt_rights = Que savent les personnes de votre communauté sur leurs droits face à la police, et qu’aimeraient-elles savoir ?
    .hint = Ne donnez pas de conseils juridiques ; notez les questions pour y donner suite plus tard.

page_synthesis = Résumé
themes = Quels thèmes ont été abordés ?
choice-theme-language_access = Langue et interprètes
choice-theme-respect = Respect et dignité
choice-theme-stops_searches = Contrôles et fouilles
choice-theme-immigration_fear = Peur liée au statut de séjour (papiers)
choice-theme-reporting_crime = Signaler un crime ou un délit
choice-theme-discrimination = Discrimination
choice-theme-rights_information = Information sur les droits
choice-theme-response = Comment la police réagit quand on l’appelle
choice-theme-youth = Jeunes
choice-theme-women_safety = Sécurité des femmes
choice-theme-housing_neighbourhood = Logement et quartier
choice-theme-other = Un autre thème
themes_other = Quel autre thème ?
quotes = Citations
    .hint = Écrivez ce qui a été dit, sans noms ni détails qui permettraient de reconnaître la personne qui a parlé.
actions = Actions de suivi
    .hint = Ce qui sera fait, qui s’en charge (un rôle, pas un nom), et pour quand.
facilitator_notes = Notes de l’animateur ou de l’animatrice
    .hint = Vos propres observations. N’écrivez pas de noms.

closing = Remerciez les personnes présentes et expliquez comment les résultats seront partagés. Quand vous clôturez la séance, le compte rendu est verrouillé pour que seule votre organisation puisse le lire.
