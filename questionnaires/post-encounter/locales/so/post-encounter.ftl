# Post-encounter survey — Somali (so, Soomaali).
# Machine-assisted draft translation: awaiting review by native speakers (ideally community interpreters) before use in the field.
# Somali and Tigrinya especially need this review: few reliable sources
# exist for police and survey vocabulary in these two languages.
# The apostrophe is a letter in Somali (su'aal, hay'ad): keep it ASCII ', never a smart quote.
# Item messages: the label is the value; `.hint` is shown under it;
# `.constraint` is shown when the item's constraint fails.
# The reader is addressed with singular "adiga" forms; "boolis/booliska"
# follows the project glossary (also spelled "booliis/booliiska").

questionnaire-title = Kadib markii aad la kulantay booliska

consent = Sahankan gaaban wuxuu ku weydiinayaa kulan dhowaan aad la yeelatay booliska. Magacaaga looma baahna: weligeen kuma weydiinno magacaaga, lambarka taleefankaaga ama cinwaankaaga. Jawaabahaaga waxaa qalabkan loogu kaydiyaa si sir ah, si aysan cid aan ahayn { -org } u akhriyi karin. Su'aal kasta waad ka boodi kartaa, waqti kastana waad joojin kartaa. Haddii aadan ogolayn, waxba lama kaydinayo.
    .hint = Waxay qaadanaysaa qiyaastii 5 daqiiqo.

-org = hay'adda sahankan samaysa

page_contact = Ku saabsan kulanka
contact_kind = Kulanka aad la yeelatay booliska, muxuu ahaa?
choice-contact_kind-stopped_public = Boolisku wuxuu i istaajiyay waddada ama meel kale oo dadweyne
choice-contact_kind-stopped_vehicle = Boolisku wuxuu i istaajiyay anigoo saaran baabuur ama gaadiid kale
choice-contact_kind-stopped_transport = Boolisku wuxuu i istaajiyay anigoo saaran gaadiidka dadweynaha ama joogo istaanka bas ama tareen
choice-contact_kind-id_check = Aqoonsigayga ama waraaqahayga waa la hubiyay
choice-contact_kind-at_home = Boolisku wuxuu yimid gurigayga
choice-contact_kind-reported_crime = Waxaan la xiriiray booliska si aan u soo sheego dambi ama u codsado caawimaad
choice-contact_kind-victim_witness = Dambi ayaa la ii geystay, ama waxaan markhaati ka ahaa dambi
choice-contact_kind-other = Wax kale
contact_when = Goorma ayay dhacday?
choice-contact_when-today = Maanta
choice-contact_when-this_week = 7-dii maalmood ee la soo dhaafay
choice-contact_when-this_month = Bishii la soo dhaafay
choice-contact_when-earlier = In ka badan bil ka hor
officers_count = Immisa boolis ah ayaa joogay?
    .hint = Qiyaas ayaa ku filan.

page_reason = Sababta kulanka
reason_explained = Sarkaalka booliska ma kuu sheegay sababta uu kuu istaajiyay ama kuugu yimid?
choice-explained-yes = Haa, si cad
choice-explained-partly = Qayb ahaan
choice-explained-no = Maya
choice-explained-dont_know = Ma aqaan
reason_understood = Intee in le'eg ayaad u fahantay sababta?
choice-understood-1 = Waxba kama fahmin
choice-understood-2 = Wax yar
choice-understood-3 = Inta badan
choice-understood-4 = Si buuxda

page_language = Luqadda
language_needed = Ma u baahnayd caawimaad xagga luqadda ah si aad u fahanto sarkaalka booliska?
interpreter_offered = Ma lagu siiyay turjubaan ama caawimaad luqaddaada ah?
choice-language_help-interpreter_in_person = Haa, turjubaan ayaa yimid
choice-language_help-interpreter_phone = Haa, turjubaan taleefan ama fiidiyow ku hadlay
choice-language_help-officer_spoke_my_language = Sarkaalka booliska ayaa ku hadlay luqaddayda
choice-language_help-written_translation = Haa, tarjumaad qoraal ah
choice-language_help-not_offered = Maya, waxba lama i siin
choice-language_help-dont_know = Ma aqaan
understood_officer = Intee in le'eg ayaad u fahantay waxa sarkaalka booliska kuu sheegay?

page_search = Baaritaan
searched = Boolisku ma ku baaray adiga, boorsadaada ama gaarigaaga?
search_consent = Ka hor baaritaanka, maxuu sarkaalka booliska kuu sheegay?
choice-search_consent-asked_permission = Waxay i weydiiyeen ogolaanshahayga
choice-search_consent-said_required = Waxay yiraahdeen waa inaan aqbalo
choice-search_consent-no_explanation = Waxba kama ay sheegin arrintaas
choice-search_consent-dont_know = Ma aqaan
search_reason_given = Sarkaalka booliska ma kuu sheegay sababta lagu baaray?

page_treatment = Sida laguula dhaqmay
    .hint = Jumlad kasta, intee in le'eg ayaad ku raacsan tahay?
pj_voice = Sarkaalka booliska wuxuu i siiyay fursad aan ku sharaxo dhinacayga.
pj_neutrality = Sarkaalka booliska wuxuu go'aannadiisa ku saleeyay xaqiiqada, kumana saleyn qofka aan ahay.
pj_respect = Sarkaalka booliska wuxuu ila dhaqmay si ixtiraam leh.
pj_motives = Sarkaalka booliska wuxuu isku dayayay inuu sameeyo waxa saxda ah.
choice-agree5-1 = Gebi ahaanba kuma raacsani
choice-agree5-2 = Kuma raacsani
choice-agree5-3 = Dhexdhexaad ayaan ahay
choice-agree5-4 = Waan ku raacsanahay
choice-agree5-5 = Aad baan ugu raacsanahay
pj_index = Dhibcaha caddaaladda habka (celceliska afarta jumladood)

page_outcome = Maxaa ugu dambeyn dhacay
outcome = Maxay ahayd natiijadu? Dooro dhammaan kuwa ku habboon.
    .constraint = "Waxba ma dhicin" lama dooran karo marka natiijo kale la doorto.
choice-outcome-no_action = Waxba ma dhicin, waan iska tagi karay
choice-outcome-warning = Waxaa la i siiyay digniin
choice-outcome-documents_checked = Waraaqahayga waa la hubiyay
choice-outcome-fine = Waxaa la i siiyay ganaax ama tigidh
choice-outcome-taken_to_station = Waxaa la i geeyay saldhigga booliska
choice-outcome-arrested = Waa la i xiray
choice-outcome-property_taken = Waxaa la iga qaaday wax aan leeyahay
choice-outcome-other = Wax kale
choice-outcome-dont_know = Ma aqaan
force_used = Sarkaalka booliska ma adeegsaday xoog, ama ma ku hanjabay inuu xoog adeegsado?
felt_discriminated = Ma u malaynaysaa in sidaas laguula dhaqmay sababtoo ah asalkaaga, diintaada, luqaddaada ama muuqaalkaaga?
choice-yes_no_unsure-yes = Haa
choice-yes_no_unsure-no = Maya
choice-yes_no_unsure-unsure = Ma hubo

page_trust = Booliska deegaankaaga
    .hint = Ka fikir booliska guud ahaan, ma aha kulankan oo keliya.
trust_respect = Halkan, boolisku intee jeer ayuu si ixtiraam leh ula dhaqmaa dadka adiga oo kale ah?
trust_fair = Halkan, boolisku intee jeer ayuu gaaraa go'aanno caddaalad ah oo aan cidna u eexan?
trust_explain = Halkan, boolisku intee jeer ayuu sharxaa go'aannadiisa marka dadku weydiiyaan?
choice-how_often4-1 = Marna, ama ku dhawaad marna
choice-how_often4-2 = Mararka qaarkood
choice-how_often4-3 = Marar badan
choice-how_often4-4 = Had iyo jeer, ama ku dhawaad had iyo jeer
contact_again = Haddii aad u baahato caawimaad ama dambi laguu geysto, ma la xiriiri lahayd booliska?
choice-contact_again-definitely = Haa, hubaal
choice-contact_again-probably = Waxay u badan tahay haa
choice-contact_again-probably_not = Waxay u badan tahay maya
choice-contact_again-definitely_not = Maya, hubaal
choice-contact_again-dont_know = Ma aqaan
knows_complaint = Ma taqaan sida loo gudbiyo cabasho ku saabsan booliska?

page_prepost = Kulamada bulshada
attended_meeting = 12-kii bilood ee la soo dhaafay, ma ka qayb gashay kulan bulsheed oo boolisku ka qayb qaatay?
attended_kyr = Weligaa ma ka qayb gashay kulan lagaga hadlayay xuquuqdaada marka aad la macaamilayso booliska?
kyr_when = Goorma ayuu ahaa kii ugu dambeeyay?
choice-kyr_when-within_month = Bishii la soo dhaafay
choice-kyr_when-one_to_six_months = Hal ilaa lix bilood ka hor
choice-kyr_when-over_six_months = In ka badan lix bilood ka hor

page_about = Wax adiga kugu saabsan
    .hint = Jawaabahan waxaa loo isticmaalaa oo keliya tirooyin guud oo kooxeed, ma aha adiga keligaa.
age_group = Immisa jir baad tahay?
choice-age_group-18_24 = 18 ilaa 24
choice-age_group-25_34 = 25 ilaa 34
choice-age_group-35_49 = 35 ilaa 49
choice-age_group-50_64 = 50 ilaa 64
choice-age_group-65_plus = 65 ama ka weyn
time_in_country = Muddo intee le'eg ayaad ku noolayd dalkan?
choice-time_in_country-under_1 = Wax ka yar 1 sano
choice-time_in_country-1_3 = 1 ilaa 3 sano
choice-time_in_country-3_10 = 3 ilaa 10 sano
choice-time_in_country-over_10 = In ka badan 10 sano

anything_else = Ma jiraan wax kale oo aad rabto inaad nooga sheegto kulankan?
    .hint = Fadlan ha qorin magacyo, lambarro taleefan, cinwaanno ama wax kale oo lagu garan karo adiga ama qof kale.

thanks = Mahadsanid. Marka aad riixdo "Dir", jawaabahaaga sir ayaa laga dhigaa si aysan cid aan ahayn { -org } u akhriyi karin, waxaana la diraa marka internet la helo.
