# Listening session facilitator guide — Tigrinya (ti, ትግርኛ).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Somali and Tigrinya especially need this review: few reliable sources
# exist for police and survey vocabulary in these two languages.
# Eritrean usage and spelling preferred; polite plural (-ኩም) throughout.
# Needs an Ethiopic font (e.g. Noto Sans Ethiopic) on the device.

questionnaire-title = ናይ ምስማዕ ኣኼባ

page_session = ብዛዕባ እቲ ኣኼባ
session_date = ዕለት ኣኼባ
    .constraint = እቲ ዕለት ናይ መጻኢ ክኸውን ኣይክእልን።
district = ከባቢ ወይ ክፍሊ ከተማ
    .hint = ሓፈሻዊ ከባቢ ጥራይ፣ ኣድራሻ ፈጺሙ ኣይኮነን።
setting = ኣኼባ ኣበይ እዩ ተኻዪዱ?
choice-setting-community_centre = ማእከል ሕብረተሰብ
choice-setting-place_of_worship = ቦታ ኣምልኾ
choice-setting-school = ቤት ትምህርቲ
choice-setting-ngo_office = ቤት ጽሕፈት ናይ ሓደ ትካል
choice-setting-police_premises = ቤት ጽሕፈት ወይ መደበር ፖሊስ
choice-setting-online = ብኢንተርነት (ኦንላይን)
choice-setting-other = ካልእ ቦታ
session_languages = ኣየኖት ቋንቋታት ተዘሪቦም?
choice-session_language-ar = ዓረብኛ
choice-session_language-fa = ፋርስኛ (ፋርሲ)
choice-session_language-prs = ዳሪ
choice-session_language-ps = ፓሽቶ
choice-session_language-so = ሶማሊ
choice-session_language-ti = ትግርኛ
choice-session_language-uk = ዩክረይንኛ
choice-session_language-fr = ፈረንሳይኛ
choice-session_language-es = ስጳንኛ
choice-session_language-en = እንግሊዝኛ
choice-session_language-other = ካልእ ቋንቋ
interpretation = ኣብቲ ኣኼባ ትርጉም ነይሩ ድዩ?
facilitator_role = ነቲ ኣኼባ መን ኣመሓዲሩዎ?
choice-facilitator_role-liaison = ኣራኻቢ ሕብረተሰብ
choice-facilitator_role-volunteer = ወለንታዊ ኣባል ሕብረተሰብ
choice-facilitator_role-ngo_staff = ሰራሕተኛ ናይ ሓደ ትካል
choice-facilitator_role-police = ኣባል ፖሊስ

ground_rules = ቅድሚ ምጅማርኩም ብዓው ኣንብቡ፦ ኣብዚ ዝበሃል ኩሉ ኣብዚ ክፍሊ ይተርፍ። ኣስማት ኣይንጽሕፍን። ንዝኾነ ሕቶ ክትምልሱ ግዴታ የብልኩምን፣ ኣብ ዝኾነ እዋን ከኣ ክትወጹ ትኽእሉ ኢኹም። ዝተማሃርናዮ ከም ሓፈሻዊ ውጽኢት ጉጅለ ጥራይ ኢና ንካፈሎ።
    .hint = ኩሉ ሰብ፣ ብኹሉ ኣብኡ ዘሎ ቋንቋ፣ ከም ዝተረድኦ ኣረጋግጹ።

page_attendance = ተሳተፍቲ
    .hint = ሰባት ቁጸሩ፣ ኣስማት ኣይትጽሓፉ።
attendance_age = ተሳተፍቲ ብዕድመ
choice-age_bracket-under_18 = ትሕቲ 18
choice-age_bracket-18_24 = ካብ 18 ክሳብ 24
choice-age_bracket-25_34 = ካብ 25 ክሳብ 34
choice-age_bracket-35_49 = ካብ 35 ክሳብ 49
choice-age_bracket-50_64 = ካብ 50 ክሳብ 64
choice-age_bracket-65_plus = 65 ወይ ልዕሊኡ
choice-age_bracket-not_recorded = ኣይተመዝገበን
attendance_gender = ተሳተፍቲ ብጾታ
choice-gender-women = ደቂ ኣንስትዮ
choice-gender-men = ደቂ ተባዕትዮ
choice-gender-another = ካልእ ጾታ
choice-gender-not_recorded = ኣይተመዝገበን
police_present = ክንደይ ኣባላት ፖሊስ ተሳቲፎም?

prompt_experiences = ኣብዚ ከባቢ ምስ ፖሊስ ዘጋጠመኩም ተመክሮ ከመይ ነይሩ?
    .hint = ብዙሓት ሰባት ክዛረቡ ኣፍቅዱ። ኣብነታት ሕተቱ፣ ግን ንዝኾነ ሰብ ብስሙ ከይጠቕሱ ኣዘኻኽሩ።
prompt_language = ምስ ፖሊስ ክትዛረቡ ምስ ኣድለየኩም፣ ቋንቋ ከመይ ገይሩ ኣቃሊሉልኩም ወይ ኣሸጊሩኩም?
    .hint = ተርጓሚ ቀሪቡሎም እንተ ነይሩ፣ ከመይ ከም ዝኸደ ሕተቱ።
prompt_trust = ንፖሊስ ክትውከሱ ከለኹም ዝያዳ ውሑስ ንኽስምዓኩም እንታይ ምሓገዘኩም?
    .hint = ንጹርን ተግባራውን ሓሳባት መዝግቡ፤ ስዒቦም ዝውሰዱ ስጉምትታት ክኾኑ ይኽእሉ።
prompt_rights = ኣብ ሕብረተሰብኩም ዘለዉ ሰባት ብዛዕባ ምስ ፖሊስ ዘለዎም መሰላት እንታይ ይፈልጡ፣ እንታይከ ክፈልጡ ይደልዩ?
    .hint = ሕጋዊ ምኽሪ ኣይትሃቡ፤ ደሓር መልሲ ክወሃቦም ዘለዎም ሕቶታት ጽሓፉ።

page_synthesis = ጽማቕ
themes = ኣየኖት ኣርእስትታት ተላዒሎም?
choice-theme-language_access = ቋንቋን ተርጓሚን
choice-theme-respect = ኣኽብሮትን ሰብኣዊ ክብርን
choice-theme-stops_searches = ደው ምባልን ምፍታሽን
choice-theme-immigration_fear = ምስ ኩነታት መንበሪ ፍቓድ ዝተኣሳሰረ ፍርሒ
choice-theme-reporting_crime = ገበን ምሕባር
choice-theme-discrimination = ኣድልዎ
choice-theme-rights_information = ሓበሬታ ብዛዕባ መሰላት
choice-theme-response = ፖሊስ ምስ ተጸውዑ ከመይ ይምልሱ
choice-theme-youth = መንእሰያት
choice-theme-women_safety = ድሕንነት ደቂ ኣንስትዮ
choice-theme-housing_neighbourhood = መንበሪ ገዛን ከባብን
choice-theme-other = ካልእ ኣርእስቲ
themes_other = ካልእ ኣየናይ ኣርእስቲ?
quotes = ጥቕስታት (ዝተባህለ)
    .hint = ዝተባህለ ብዘይ ኣስማት፣ ወይ ብዘይ ነቲ ተዛራባይ ዘለልዩ ዝርዝራት ጽሓፉ።
actions = ስዒቡ ዝውሰድ ስጉምትታት
    .hint = እንታይ ክግበር እዩ፣ መን እዩ ሓላፊ (ተራ እምበር ስም ኣይኮነን)፣ ክሳብ መዓስ።
facilitator_notes = መዘኻኸሪ ናይ ኣመሓዳሪ ኣኼባ
    .hint = ናይ ባዕልኹም ዕዘባ። ኣስማት ኣይትጽሓፉ።

closing = ንተሳተፍቲ ኣመስግኑ፣ ውጽኢት ከመይ ከም ዝካፈል ድማ ኣረድኡ። ኣኼባ ምስ ዓጸኹም፣ እቲ መዝገብ ብምስጢር ይዕጾ፣ ስለዚ ትካልኩም ጥራይ እዩ ከንብቦ ዝኽእል።
