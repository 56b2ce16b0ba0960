# Post-encounter survey — Tigrinya (ti, ትግርኛ).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Somali and Tigrinya especially need this review: few reliable sources
# exist for police and survey vocabulary in these two languages.
# Eritrean usage and spelling preferred. The reader is addressed with the
# polite plural (-ኩም), which also avoids choosing a grammatical gender.
# Needs an Ethiopic font (e.g. Noto Sans Ethiopic) on the device.
# Item messages: the label is the value; `.hint` is shown under it;
# `.constraint` is shown when the item's constraint fails.

questionnaire-title = ድሕሪ ምስ ፖሊስ ዝነበረ ርክብ

consent = እዚ ሓጺር መጠይቕ ብዛዕባ ቀረባ እዋን ምስ ፖሊስ ዝነበረኩም ርክብ ይሓትት። ስምኩም ኣይፍለጥን እዩ፦ ስምኩም፣ ቁጽሪ ተሌፎንኩም ወይ ኣድራሻኹም ፈጺምና ኣይንሓትትን። መልስታትኩም ኣብዚ መሳርሒ ብምስጢር ይዕጸዉ፣ ስለዚ { -org } ጥራይ እዩ ከንብቦም ዝኽእል። ዝኾነ ሕቶ ክትሓልፍዎ፣ ወይ ኣብ ዝኾነ እዋን ከተቋርጹ ትኽእሉ ኢኹም። እንተ ዘይተሰማሚዕኩም፣ ዋላ ሓንቲ ኣይቕመጥን።
    .hint = ኣስታት 5 ደቓይቕ ይወስድ።

-org = እቲ ነዚ መጠይቕ ዘካይድ ትካል

page_contact = ብዛዕባ እቲ ርክብ
contact_kind = ምስ ፖሊስ ዝነበረኩም ርክብ እንታይ ዓይነት እዩ ነይሩ?
choice-contact_kind-stopped_public = ኣብ ጎደና ወይ ኣብ ካልእ ህዝባዊ ቦታ ፖሊስ ደው ኣቢሎምኒ
choice-contact_kind-stopped_vehicle = ኣብ መኪና ወይ ኣብ ካልእ መጓዓዝያ ከለኹ ፖሊስ ደው ኣቢሎምኒ
choice-contact_kind-stopped_transport = ኣብ ህዝባዊ መጓዓዝያ፣ ወይ ኣብ መዕረፊ ኣውቶቡስ ወይ ባቡር ከለኹ ፖሊስ ደው ኣቢሎምኒ
choice-contact_kind-id_check = መንነተይ ወይ ሰነዳተይ ተመርሚሩ
choice-contact_kind-at_home = ፖሊስ ናብ ገዛይ መጺኦም
choice-contact_kind-reported_crime = ገበን ንምሕባር ወይ ሓገዝ ንምሕታት ንፖሊስ ተወኪሰ
choice-contact_kind-victim_witness = ግዳይ ገበን ወይ ምስክር ገበን ነይረ
choice-contact_kind-other = ካልእ ነገር
contact_when = መዓስ እዩ ኣጋጢሙ?
choice-contact_when-today = ሎሚ
choice-contact_when-this_week = ኣብ ዝሓለፉ 7 መዓልታት
choice-contact_when-this_month = ኣብ ዝሓለፈ ወርሒ
choice-contact_when-earlier = ቅድሚ ልዕሊ ሓደ ወርሒ
officers_count = ክንደይ ኣባላት ፖሊስ ነይሮም?
    .hint = ግምትኹም ይኣክል።

page_reason = ምኽንያት እቲ ርክብ
reason_explained = ፖሊስ ስለምንታይ ደው ከም ዘበሉኹም ወይ ናባኹም ከም ዝመጹ ነጊሮምኹም ድዮም?
choice-explained-yes = እወ፣ ብንጹር
choice-explained-partly = ብኸፊል
choice-explained-no = ኣይፋል
choice-explained-dont_know = ኣይፈልጥን
reason_understood = እቲ ምኽንያት ክሳብ ክንደይ ተረዲኡኩም?
choice-understood-1 = ፈጺሙ ኣይተረደኣንን
choice-understood-2 = ቁሩብ
choice-understood-3 = መብዛሕትኡ
choice-understood-4 = ምሉእ ብምሉእ

page_language = ቋንቋ
language_needed = ነቲ ፖሊስ ንምርዳእ ናይ ቋንቋ ሓገዝ የድልየኩም ነይሩ ድዩ?
interpreter_offered = ተርጓሚ ወይ ብቋንቋኹም ሓገዝ ቀሪቡልኩም ድዩ?
choice-language_help-interpreter_in_person = እወ፣ ተርጓሚ መጺኡ
choice-language_help-interpreter_phone = እወ፣ ብተሌፎን ወይ ብቪድዮ ተርጓሚ
choice-language_help-officer_spoke_my_language = እቲ ፖሊስ ብቋንቋይ ተዛሪቡ
choice-language_help-written_translation = እወ፣ ብጽሑፍ ዝተተርጎመ
choice-language_help-not_offered = ኣይፋል፣ ዋላ ሓንቲ ኣይቀረበን
choice-language_help-dont_know = ኣይፈልጥን
understood_officer = እቲ ፖሊስ ዝበለኩም ክሳብ ክንደይ ክትርድእዎ ክኢልኩም?

page_search = ምፍታሽ
searched = ፖሊስ ንዓኹም፣ ንሳንጣኹም ወይ ንመኪናኹም ፈቲሾም ድዮም?
search_consent = ቅድሚ እቲ ምፍታሽ፣ ፖሊስ እንታይ ኢሎም?
choice-search_consent-asked_permission = ፍቓደይ ሓቲቶም
choice-search_consent-said_required = ክቕበሎ ከም ዘለኒ ነጊሮምኒ
choice-search_consent-no_explanation = ብዛዕባኡ ዋላ ሓንቲ ኣይበሉን
choice-search_consent-dont_know = ኣይፈልጥን
search_reason_given = እቲ ፖሊስ ስለምንታይ ከም ዝተፈተሽኩም ነጊሩኩም ድዩ?

page_treatment = ከመይ ከም ዝተተሓዝኩም
    .hint = ምስ ነፍሲ ወከፍ ሓሳብ ክሳብ ክንደይ ትሰማምዑ?
pj_voice = እቲ ፖሊስ ናተይ ወገን ክገልጽ ዕድል ሂቡኒ።
pj_neutrality = እቲ ፖሊስ ብመሰረት ሓቅታት እዩ ወሲኑ፣ ብመሰረት መን ምዃነይ ኣይኮነን።
pj_respect = እቲ ፖሊስ ብኽብሪ ተተሓሒዙኒ።
pj_motives = እቲ ፖሊስ ቅኑዕ ነገር ክገብር ይፍትን ነይሩ።
choice-agree5-1 = ብፍጹም ኣይሰማማዕን
choice-agree5-2 = ኣይሰማማዕን
choice-agree5-3 = ኣብ ማእከል እየ (ኣይድግፍን ኣይቃወምን)
choice-agree5-4 = ይሰማማዕ እየ
choice-agree5-5 = ብጣዕሚ ይሰማማዕ እየ
pj_index = ነጥቢ ፍትሓዊ ኣሰራርሓ (ማእከላይ ናይቶም ኣርባዕተ ሓሳባት)

page_outcome = ኣብ መወዳእታ እንታይ ኣጋጢሙ
outcome = ውጽኢቱ እንታይ ነይሩ? ዝምልከት ኩሉ ምረጹ።
    .constraint = "ዋላ ሓንቲ ኣይኮነን" ምስ ካልእ ውጽኢት ብሓባር ክምረጽ ኣይከኣልን።
choice-outcome-no_action = ዋላ ሓንቲ ኣይኮነን፣ ክኸይድ ከኣልኩ
choice-outcome-warning = መጠንቀቕታ ተዋሂቡኒ
choice-outcome-documents_checked = ሰነዳተይ ተመርሚሮም
choice-outcome-fine = መቕጻዕቲ ገንዘብ ወይ ትኬት ተዋሂቡኒ
choice-outcome-taken_to_station = ናብ መደበር ፖሊስ ተወሲደ
choice-outcome-arrested = ተኣሲረ
choice-outcome-property_taken = ገለ ንብረተይ ተወሲዱ
choice-outcome-other = ካልእ ነገር
choice-outcome-dont_know = ኣይፈልጥን
force_used = እቲ ፖሊስ ሓይሊ ተጠቒሙ፣ ወይ ሓይሊ ክጥቀም ኣፈራሪሑ ድዩ?
felt_discriminated = ብሰንኪ መበቆልኩም፣ ሃይማኖትኩም፣ ቋንቋኹም ወይ ኣካላዊ ትርኢትኩም ከምኡ ከም ዝተተሓዝኩም ይመስለኩም ድዩ?
choice-yes_no_unsure-yes = እወ
choice-yes_no_unsure-no = ኣይፋል
choice-yes_no_unsure-unsure = ርግጸኛ ኣይኮንኩን

page_trust = ፖሊስ ኣብ ከባቢኹም
    .hint = ብዛዕባ እዚ ርክብ ጥራይ ዘይኮነስ፣ ብሓፈሻ ብዛዕባ ፖሊስ ሕሰቡ።
trust_respect = ኣብዚ ዘለዉ ፖሊስ ንከማኹም ዝኣመሰሉ ሰባት ክንደይ ግዜ ብኽብሪ ይሕዝዎም?
trust_fair = ኣብዚ ዘለዉ ፖሊስ ንሓደ ወገን ከየድልዉ ክንደይ ግዜ ፍትሓዊ ውሳኔ ይህቡ?
trust_explain = ኣብዚ ዘለዉ ፖሊስ ሰባት ምስ ዝሓትዎም ክንደይ ግዜ ንውሳኔታቶም የረድኡ?
choice-how_often4-1 = ፈጺሙ ወይ ዳርጋ ፈጺሙ
choice-how_often4-2 = ሓደ ሓደ ግዜ
choice-how_often4-3 = ብዙሕ ግዜ
choice-how_often4-4 = ኩሉ ግዜ ወይ ዳርጋ ኩሉ ግዜ
contact_again = ሓገዝ እንተ ኣድልዩኩም ወይ ግዳይ ገበን እንተ ኴንኩም፣ ንፖሊስ ምተወከስኩም ዶ?
choice-contact_again-definitely = እወ፣ ብርግጽ
choice-contact_again-probably = ምናልባት እወ
choice-contact_again-probably_not = ምናልባት ኣይፋል
choice-contact_again-definitely_not = ብርግጽ ኣይፋል
choice-contact_again-dont_know = ኣይፈልጥን
knows_complaint = ብዛዕባ ፖሊስ ከመይ ጌርኩም ጥርዓን ከም እተቕርቡ ትፈልጡ ዶ?

page_prepost = ኣኼባታት ሕብረተሰብ
attended_meeting = ኣብ ዝሓለፉ 12 ኣዋርሕ፣ ፖሊስ ዝተሳተፍዎ ኣኼባ ሕብረተሰብ ተሳቲፍኩም ዶ?
attended_kyr = ብዛዕባ ምስ ፖሊስ ዘለኩም መሰላት ዝገልጽ ኣኼባ ተሳቲፍኩም ትፈልጡ ዶ?
kyr_when = እቲ ናይ መወዳእታ መዓስ ነይሩ?
choice-kyr_when-within_month = ኣብ ዝሓለፈ ወርሒ
choice-kyr_when-one_to_six_months = ቅድሚ ሓደ ክሳብ ሽዱሽተ ኣዋርሕ
choice-kyr_when-over_six_months = ቅድሚ ልዕሊ ሽዱሽተ ኣዋርሕ

page_about = ብዛዕባኹም
    .hint = እዞም መልስታት ንሓፈሻዊ ጸብጻብ ናይ ጉጅለ ጥራይ እዮም ዝውዕሉ፣ ንውልቅኹም ኣይኮነን።
age_group = ዕድሜኹም ክንደይ እዩ?
choice-age_group-18_24 = ካብ 18 ክሳብ 24
choice-age_group-25_34 = ካብ 25 ክሳብ 34
choice-age_group-35_49 = ካብ 35 ክሳብ 49
choice-age_group-50_64 = ካብ 50 ክሳብ 64
choice-age_group-65_plus = 65 ወይ ልዕሊኡ
time_in_country = ኣብዛ ሃገር ክንደይ ግዜ ነቢርኩም?
choice-time_in_country-under_1 = ትሕቲ 1 ዓመት
choice-time_in_country-1_3 = ካብ 1 ክሳብ 3 ዓመት
choice-time_in_country-3_10 = ካብ 3 ክሳብ 10 ዓመት
choice-time_in_country-over_10 = ልዕሊ 10 ዓመት

anything_else = ብዛዕባ እዚ ርክብ ክትነግሩና እትደልዩ ካልእ ነገር ኣሎ ዶ?
    .hint = በጃኹም ኣስማት፣ ቁጽሪ ተሌፎን፣ ኣድራሻ፣ ወይ ንዓኹም ወይ ንኻልእ ሰብ ከለሊ ዝኽእል ካልእ ነገር ኣይትጽሓፉ።

thanks = የቐንየልና። "ኣረክብ" ምስ ጠወቕኩም፣ መልስታትኩም ብምስጢር ይዕጸዉ፣ ስለዚ { -org } ጥራይ እዩ ከንብቦም ዝኽእል። ኢንተርነት ምስ ዝህሉ ድማ ይለኣኹ።
