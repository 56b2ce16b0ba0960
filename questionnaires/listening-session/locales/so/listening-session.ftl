# Listening session facilitator guide — Somali (so, Soomaali).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Somali and Tigrinya especially need this review: few reliable sources
# exist for police and survey vocabulary in these two languages.
# The apostrophe is a letter in Somali (su'aal, hay'ad): keep it ASCII ', never a smart quote.
# The facilitator is addressed in the singular; the prompts address the group (plural).

questionnaire-title = Kulan dhageysi

page_session = Ku saabsan kulanka
session_date = Taariikhda kulanka
    .constraint = Taariikhdu ma noqon karto maalin mustaqbalka ah.
district = Xaafadda ama degmada
    .hint = Aag guud oo keliya, weligaa ha qorin cinwaan.
setting = Xaggee lagu qabtay kulanka?
choice-setting-community_centre = Xarunta bulshada
choice-setting-place_of_worship = Goob cibaado
choice-setting-school = Dugsi
choice-setting-ngo_office = Xafiis hay'ad
choice-setting-police_premises = Xarun boolis
choice-setting-online = Internet-ka (online)
choice-setting-other = Meel kale
session_languages = Luqadee ayaa lagu hadlay?
choice-session_language-ar = Carabi
choice-session_language-fa = Faarisi
choice-session_language-prs = Dari
choice-session_language-ps = Bashtuu
choice-session_language-so = Soomaali
choice-session_language-ti = Tigrinya
choice-session_language-uk = Yukreeniyaan
choice-session_language-fr = Faransiis
choice-session_language-es = Isbaanish
choice-session_language-en = Ingiriisi
choice-session_language-other = Luqad kale
interpretation = Ma jirtay turjumaad inta kulanku socday?
facilitator_role = Yaa maamulay kulanka?
choice-facilitator_role-liaison = Xiriiriyaha bulshada
choice-facilitator_role-volunteer = Mutadawac bulshada ka mid ah
choice-facilitator_role-ngo_staff = Shaqaale hay'ad
choice-facilitator_role-police = Sarkaal boolis

ground_rules = Kor u akhri ka hor intaadan bilaabin: Wax kasta oo halkan lagu sheego qolkan ayuu ku harayaa. Magacyo ma qorno. Khasab ma aha inaad ka jawaabto su'aalaha, waqti kastana waad bixi kartaa. Waxa aan halkan ka barano, dadka kale waxaan u sheegi doonnaa oo keliya natiijo guud oo kooxeed ah.
    .hint = Hubi in qof kasta uu fahmay, luqad kasta oo kulanka lagu hadlayo.

page_attendance = Dadka ka soo qayb galay
    .hint = Tiri dadka, ha qorin magacyo.
attendance_age = Tirada dadka, da' ahaan
choice-age_bracket-under_18 = Ka yar 18
choice-age_bracket-18_24 = 18 ilaa 24
choice-age_bracket-25_34 = 25 ilaa 34
choice-age_bracket-35_49 = 35 ilaa 49
choice-age_bracket-50_64 = 50 ilaa 64
choice-age_bracket-65_plus = 65 ama ka weyn
choice-age_bracket-not_recorded = Lama qorin
attendance_gender = Tirada dadka, jinsi ahaan
choice-gender-women = Haween
choice-gender-men = Rag
choice-gender-another = Jinsi kale
choice-gender-not_recorded = Lama qorin
police_present = Immisa boolis ah ayaa ka qayb galay?

prompt_experiences = Sidee bay ahayd waxa idinka soo maray booliska deegaankan?
    .hint = U oggolow dhowr qof inay hadlaan. Weydii tusaalooyin, laakiin xusuusi dadka inaysan cidna magacaabin.
prompt_language = Markii aad u baahateen inaad la hadashaan booliska, sidee bay luqaddu arrinta idiinku fududaysay ama idiinku adkaysay?
    .hint = Weydii haddii turjubaan la siiyay, iyo sidii ay wax u dhaceen.
prompt_trust = Maxaa idinka dhigi lahaa inaad dareentaan ammaan badan marka aad la xiriirtaan booliska?
    .hint = Qor talooyinka la taaban karo; waxay noqon karaan tallaabooyin dabagal ah.
prompt_rights = Maxay dadka bulshadiinnu ka ogyihiin xuquuqdooda marka ay la kulmaan booliska, maxayse jeclaan lahaayeen inay ogaadaan?
    .hint = Ha bixin talo sharci; qor su'aalaha si dib looga soo jawaabo.

page_synthesis = Soo koobid
themes = Mawduucee ayaa la soo qaaday?
choice-theme-language_access = Luqadda iyo turjubaannada
choice-theme-respect = Ixtiraam iyo sharaf
choice-theme-stops_searches = Istaajinta iyo baaritaanka booliska
choice-theme-immigration_fear = Cabsi la xiriirta sharciga degenaanshaha
choice-theme-reporting_crime = Soo sheegidda dambiyada
choice-theme-discrimination = Takoor
choice-theme-rights_information = Macluumaad ku saabsan xuquuqda
choice-theme-response = Sida boolisku uga jawaabo marka loo yeero
choice-theme-youth = Dhallinyarada
choice-theme-women_safety = Badbaadada haweenka
choice-theme-housing_neighbourhood = Guryaha iyo xaafadda
choice-theme-other = Mawduuc kale
themes_other = Waa maxay mawduuca kale?
quotes = Hadallada la yiri
    .hint = Qor waxa la yiri adigoon qorin magacyo ama faahfaahin lagu garan karo qofka hadlay.
actions = Tallaabooyinka dabagalka
    .hint = Maxaa la qaban doonaa, yaa mas'uul ka ah (door, ma aha magac), iyo ilaa goorma.
facilitator_notes = Qoraallada maamulaha kulanka
    .hint = Waxa adigu aad aragtay. Ha qorin magacyo.

closing = U mahadnaq ka qayb galayaasha, una sharax sida natiijooyinka loola wadaagi doono. Marka aad xirto kulanka, diiwaanka sir ayaa laga dhigaa si aysan cid aan ahayn hay'addaada u akhriyi karin.
