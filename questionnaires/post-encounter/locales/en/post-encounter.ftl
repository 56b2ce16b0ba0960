# Post-encounter survey — English (source language).
# Item messages: the label is the value; `.hint` is shown under it;
# `.constraint` is shown when the item's constraint fails.

questionnaire-title = After a contact with the police

consent = This short survey asks about a recent contact you had with the police. It is anonymous: we never ask for your name, phone number or address, and your answers are locked on this device so that only { -org } can read them. You can skip any question or stop at any time. If you do not agree, nothing is saved.
    .hint = It takes about 5 minutes.

-org = the organization that runs this survey

page_contact = About the contact
contact_kind = What kind of contact with the police was it?
choice-contact_kind-stopped_public = I was stopped on the street or in another public place
choice-contact_kind-stopped_vehicle = I was stopped while in a car or other vehicle
choice-contact_kind-stopped_transport = I was stopped on public transport or at a station
choice-contact_kind-id_check = My identity or documents were checked
choice-contact_kind-at_home = The police came to my home
choice-contact_kind-reported_crime = I contacted the police to report a crime or ask for help
choice-contact_kind-victim_witness = I was a victim of or a witness to a crime
choice-contact_kind-other = Something else
contact_when = When did it happen?
choice-contact_when-today = Today
choice-contact_when-this_week = In the last 7 days
choice-contact_when-this_month = In the last month
choice-contact_when-earlier = More than a month ago
officers_count = How many police officers were there?
    .hint = Your best guess is fine.

page_reason = The reason for the contact
reason_explained = Did the officer tell you why they stopped you or came to you?
choice-explained-yes = Yes, clearly
choice-explained-partly = Partly
choice-explained-no = No
choice-explained-dont_know = I don't know
reason_understood = How well did you understand the reason?
choice-understood-1 = Not at all
choice-understood-2 = A little
choice-understood-3 = Mostly
choice-understood-4 = Completely

page_language = Language
language_needed = Did you need help with language to understand the officer?
interpreter_offered = Were you offered an interpreter or help in your language?
choice-language_help-interpreter_in_person = Yes, an interpreter came
choice-language_help-interpreter_phone = Yes, an interpreter by phone or video
choice-language_help-officer_spoke_my_language = The officer spoke my language
choice-language_help-written_translation = Yes, a written translation
choice-language_help-not_offered = No, nothing was offered
choice-language_help-dont_know = I don't know
understood_officer = How well could you understand what the officer said to you?

page_search = Search
searched = Did the police search you, your bag or your vehicle?
search_consent = Before the search, what did the officer say?
choice-search_consent-asked_permission = They asked for my permission
choice-search_consent-said_required = They said I had to accept it
choice-search_consent-no_explanation = They did not say anything about it
choice-search_consent-dont_know = I don't know
search_reason_given = Did the officer tell you why you were searched?

page_treatment = How you were treated
    .hint = How much do you agree with each sentence?
pj_voice = The officer gave me a chance to explain my side.
pj_neutrality = The officer made decisions based on the facts, not on who I am.
pj_respect = The officer treated me with respect.
pj_motives = The officer was trying to do the right thing.
choice-agree5-1 = Strongly disagree
choice-agree5-2 = Disagree
choice-agree5-3 = Neither agree nor disagree
choice-agree5-4 = Agree
choice-agree5-5 = Strongly agree
pj_index = Procedural-justice score (average of the four statements)

page_outcome = What happened in the end
outcome = What was the outcome? Choose all that apply.
    .constraint = "Nothing happened" cannot be chosen together with another outcome.
choice-outcome-no_action = Nothing happened, I could go
choice-outcome-warning = I got a warning
choice-outcome-documents_checked = My documents were checked
choice-outcome-fine = I got a fine or a ticket
choice-outcome-taken_to_station = I was taken to a police station
choice-outcome-arrested = I was arrested
choice-outcome-property_taken = Something of mine was taken
choice-outcome-other = Something else
choice-outcome-dont_know = I don't know
force_used = Did the officer use force or threaten to use force?
felt_discriminated = Do you think you were treated this way because of your origin, religion, language or appearance?
choice-yes_no_unsure-yes = Yes
choice-yes_no_unsure-no = No
choice-yes_no_unsure-unsure = I am not sure

page_trust = The police in your area
    .hint = Think about the police in general, not only this contact.
trust_respect = How often do the police here treat people like you with respect?
trust_fair = How often do the police here make fair decisions that do not favour anyone?
trust_explain = How often do the police here explain their decisions when people ask?
choice-how_often4-1 = Never or almost never
choice-how_often4-2 = Sometimes
choice-how_often4-3 = Often
choice-how_often4-4 = Always or almost always
contact_again = If you needed help or were a victim of a crime, would you contact the police?
choice-contact_again-definitely = Yes, certainly
choice-contact_again-probably = Probably
choice-contact_again-probably_not = Probably not
choice-contact_again-definitely_not = Certainly not
choice-contact_again-dont_know = I don't know
knows_complaint = Do you know how to make a complaint about the police?

page_prepost = Community meetings
attended_meeting = In the last 12 months, have you been to a community meeting where the police took part?
attended_kyr = Have you ever been to a session about your rights with the police?
kyr_when = When was the last one?
choice-kyr_when-within_month = In the last month
choice-kyr_when-one_to_six_months = One to six months ago
choice-kyr_when-over_six_months = More than six months ago

page_about = About you
    .hint = These answers are only used for group statistics.
age_group = How old are you?
choice-age_group-18_24 = 18 to 24
choice-age_group-25_34 = 25 to 34
choice-age_group-35_49 = 35 to 49
choice-age_group-50_64 = 50 to 64
choice-age_group-65_plus = 65 or older
time_in_country = How long have you lived in this country?
choice-time_in_country-under_1 = Less than 1 year
choice-time_in_country-1_3 = 1 to 3 years
choice-time_in_country-3_10 = 3 to 10 years
choice-time_in_country-over_10 = More than 10 years

anything_else = Is there anything else you want to tell us about this contact?
    .hint = Please do not write names, phone numbers, addresses or anything else that could identify you or someone else.

thanks = Thank you. When you press Submit, your answers are locked so that only { -org } can read them, and they are sent when there is a connection.
