# Listening session facilitator guide — English (source language).

questionnaire-title = Listening session

page_session = About the session
session_date = Date of the session
    .constraint = The date cannot be in the future.
district = Neighbourhood or district
    .hint = A general area only, never an address.
setting = Where was the session held?
choice-setting-community_centre = Community centre
choice-setting-place_of_worship = Place of worship
choice-setting-school = School
choice-setting-ngo_office = Office of an organization
choice-setting-police_premises = Police premises
choice-setting-online = Online
choice-setting-other = Somewhere else
session_languages = Which languages were spoken?
choice-session_language-ar = Arabic
choice-session_language-fa = Persian (Farsi)
choice-session_language-prs = Dari
choice-session_language-ps = Pashto
choice-session_language-so = Somali
choice-session_language-ti = Tigrinya
choice-session_language-uk = Ukrainian
choice-session_language-fr = French
choice-session_language-es = Spanish
choice-session_language-en = English
choice-session_language-other = Another language
interpretation = Was there interpretation during the session?
facilitator_role = Who facilitated the session?
choice-facilitator_role-liaison = Community liaison
choice-facilitator_role-volunteer = Community volunteer
choice-facilitator_role-ngo_staff = Staff of an organization
choice-facilitator_role-police = Police officer

ground_rules = Read aloud before you start: Everything said here stays in this room. We do not write down names. You do not have to answer any question, and you can leave at any time. We will share what we learn only as group results.
    .hint = Check that everyone has understood, in every language present.

page_attendance = Attendance
    .hint = Count people, do not write names.
attendance_age = Participants by age
choice-age_bracket-under_18 = Under 18
choice-age_bracket-18_24 = 18 to 24
choice-age_bracket-25_34 = 25 to 34
choice-age_bracket-35_49 = 35 to 49
choice-age_bracket-50_64 = 50 to 64
choice-age_bracket-65_plus = 65 or older
choice-age_bracket-not_recorded = Not recorded
attendance_gender = Participants by gender
choice-gender-women = Women
choice-gender-men = Men
choice-gender-another = Another gender
choice-gender-not_recorded = Not recorded
police_present = How many police officers took part?

prompt_experiences = What have your experiences with the police in this area been like?
    .hint = Let several people speak. Ask for examples, but remind people not to name anyone.
prompt_language = When you needed to talk to the police, how did language make it easier or harder?
    .hint = Ask whether interpreters were offered, and how that went.
prompt_trust = What would make you feel safer contacting the police?
    .hint = Note concrete suggestions; they can become follow-up actions.
prompt_rights = What do people in your community know about their rights with the police, and what would they like to know?
    .hint = Do not give legal advice; write down questions to follow up on.

page_synthesis = Summary
themes = Which themes came up?
choice-theme-language_access = Language and interpreters
choice-theme-respect = Respect and dignity
choice-theme-stops_searches = Stops and searches
choice-theme-immigration_fear = Fear linked to residence status
choice-theme-reporting_crime = Reporting crime
choice-theme-discrimination = Discrimination
choice-theme-rights_information = Information about rights
choice-theme-response = How the police respond when called
choice-theme-youth = Young people
choice-theme-women_safety = Women's safety
choice-theme-housing_neighbourhood = Housing and neighbourhood
choice-theme-other = Another theme
themes_other = Which other theme?
quotes = Quotes
    .hint = Write what was said without names or details that identify the speaker.
actions = Follow-up actions
    .hint = What will be done, who is responsible (a role, not a name), and by when.
facilitator_notes = Facilitator's notes
    .hint = Your own observations. Do not write names.

closing = Thank the participants and explain how the results will be shared. When you close the session, the record is locked so that only your organization can read it.
