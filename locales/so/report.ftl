# Heard report strings — Somali.
# Draft translation awaiting review by a native speaker.
# Unsure terms: fikradaha bulshada (community feedback), jawaab (submission, as in app.ftl), kulan dhageysi (listening session; counted form after a number), koox diiwaangelin (enrollment group), baqshad (envelope), la furay / lama furi karin (decrypted / failed to decrypt), xaqiijin (verify), saxiix (signature), fure (key), calaamad (label), saami (share), dabagal (follow-up).
# The apostrophe is a letter in Somali (su'aal, mas'uul): keep it ASCII ', never a smart quote.
# Plural categories (CLDR): one (n = 1), other.

report-title = Warbixinta fikradaha bulshada
report-generated = Waxaa la diyaariyay { $date }.
report-org = Waxaa diyaariyay { $org }.
report-privacy-title = Sida warbixintani u ilaaliso dadka
report-privacy = Tirooyinka warbixintan waxaa lagu beddelaa qaddar yar oo nasiib ah si loo ilaaliyo dadka, sidaas darteed wadarta si sax ah isuma dhammaan karto. Beddelka caadiga ahi waa qiyaastii { $typical } qof, kor ama hoos. Tiro kasta oo ka yar { $k } waxaa loo muujiyaa "ka yar { $k }". Xog isku mid ahi had iyo jeer waxay keentaa tirooyin isku mid ah.
report-budget = Miisaaniyadda qarsoodiga ee ay isticmaaleen warbixinnada xogtan: { $spent } ka mid ah { $budget }.
report-sensitive-excluded = Jawaabaha qoran ee lagu calaamadeeyay inay xasaasi yihiin kuma jiraan warbixintan.
report-sensitive-included = Warbixintan waxaa ku jira jawaabo qoran oo lagu calaamadeeyay inay xasaasi yihiin. Si taxaddar leh ula wadaag dadka kale.

## Sections
report-overview = Guud ahaan
report-respondents = Dadka ka jawaabay
report-by-language = Marka loo eego luqadda sahanka
report-by-period = Marka loo eego { $period ->
    [week] toddobaadka
   *[month] bisha
}
report-comparison = Ka hor iyo ka dib { $date }
report-before = Ka hor
report-after = Laga bilaabo { $date }
report-all = Dhammaan
report-other-languages = Luqadaha kale
report-other-groups = Kooxo kale
report-by-group-breakdown = Koox diiwaangelin ahaan (koox ama degmo)
report-fewer-than = ka yar { $k }
report-table-hidden = { $hidden } ka mid ah { $total } tiro ee jadwalkan waxaa loo muujiyay "ka yar { $k }".
report-option = Jawaab
report-no-answer = Jawaab la'aan ama "Ma rabo inaan sheego"
report-share = Saamiga
report-questions = Su'aalaha
report-free-text = Jawaabaha qoran
report-free-text-none = Ma jiraan jawaabo qoran.
report-listening-sessions = Kulamada dhageysiga
report-sessions-count = { $count ->
    [one] Hal kulan dhageysi
   *[other] { $count } kulan dhageysi
}
report-themes = Mawduucyada la soo qaaday (tirada kulamada)
report-attendance = Ka-qaybgalka (tirada dadka, dhammaan kulamada)
report-actions = Tallaabooyinka dabagalka
report-action-what = Tallaabo
report-action-who = Yaa mas'uul ah
report-action-due = Ilaa goorma
report-quotes = Hadallo la soo xigtay
report-data-quality = Tayada xogta
report-by-group = Jawaabaha la helay, koox diiwaangelin kasta
report-group = Koox
report-submissions = Jawaabaha la helay
report-by-link = Jawaabaha lagu soo diray xiriirrada sahanka ee dadweynaha
report-by-link-note = Qof kasta oo arka boodhka wuxuu ku jawaabi karaa xiriirkiisa, sidaas darteed jawaabahan waxaa loo tiriyaa si ka duwan qalabka diiwaangashan ee kore: waxay ka iman karaan dad ka baxsan kooxaha aad u adeegtaan, ama isla qof hal mar in ka badan.
report-link = Xiriir
report-other-links = Xiriirro kale
report-reason = Sababta
report-envelopes = Baqshadaha
report-set-aside = Baqshadaha la dhinac dhigay (kuma jiraan warbixintan)
report-set-aside-none = Baqshad la dhinac dhigay ma jirto: dhammaan waa la furay, mid kastana wuxuu sitay saxiix sax ah oo koox diiwaangelin.
report-undated = Jawaabo aan taariikh la akhrin karo lahayn (kuma jiraan jadwallada)
report-failed-decrypt = Lama furi karin
report-failed-verify = Lama xaqiijin karin
report-reason-damaged = Waa dhaawacan yahay
report-reason-not-for-this-key = Waxaa loo xiray fure kale
report-reason-not-a-submission = Ma aha jawaab Heard
report-reason-mismatch = Waxa ku jira ma waafaqsana calaamaddiisa
report-reason-unsigned = Ma laha saxiixa diiwaangelinta
report-reason-unknown-group = Koox diiwaangelin oo aan la aqoon
report-reason-bad-signature = Saxiix aan sax ahayn
report-reason-revoked-group = Koox diiwaangelin oo la joojiyay
report-reason-duplicate = Horay loo helay (soo noqnoqday)
report-trend = Sida jawaabuhu isu beddeleen waqti ka dib
report-chart-alt = Jaantus tiirar ah oo muujinaya jawaabaha "{ $question }"
report-chart-hidden = Waxaa loo muujiyay "ka yar { $k }"

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = Waxa dadku noo sheegeen
easy-intro = Tani waa nooc gaaban oo fudud oo warbixintayada ah.
easy-made-by = { $org } ayaa warbixintan sameeyay { $date }.
easy-made = Waxaan warbixintan samaynay { $date }.
easy-people = { $count ->
    [one] Hal qof ayaa ka jawaabay sahankan.
   *[other] { $count } qof ayaa ka jawaabay sahankan.
}
easy-people-few = Wax ka yar { $k } qof ayaa ka jawaabay sahankan.
easy-most-said = Dadka intooda badan waxay yiraahdeen: { $answer }
easy-top-answer = Jawaabta ugu badan ee la bixiyay: { $answer }
easy-share = 100-kii qofba, { $percent } ayaa bixiyay jawaabtan.
easy-no-finding = Dad aad u yar ayaa su'aashan ka jawaabay. Sidaas darteed halkan kuma muujinno jawaabaha.
easy-sessions = { $count ->
    [one] Waxaan qabannay hal kulan dhageysi.
   *[other] Waxaan qabannay { $count } kulan dhageysi.
}
easy-top-theme = Dadku waxay inta badan ka hadleen: { $theme }
easy-safe-title = Sida aan dadka u ilaalino
easy-safe-changed = Tirooyinka waxoogaa ayaan beddelnay si dadku u badbaadaan.
easy-safe-add-up = Sidaas darteed tirooyinka qaarkood si sax ah isuma dhammaadaan.
easy-safe-few = Mararka qaarkood dad aad u yar ayaa bixiya jawaab. Markaas waxaan qornaa "ka yar { $k }".
easy-full-report = Warbixinta buuxda waxay leedahay dhammaan tirooyinka iyo jadwallada.
report-withheld = la qariyey

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = Waa la weydiiyay su'aashan
report-not-asked = Lama weydiin (kuma khuseyn)
report-asked-note = Su'aashan waxaa la weydiiyay dadka qaar oo keliya, iyadoo ku xiran jawaab hore. Saamiyadu waa kuwa la weydiiyay: { $asked }; lama weydiin: { $notasked }.
report-table-hidden-withheld = Tirooyinka la qariyey ee jadwalkan: { $hidden } ka mid ah { $total } ({ $few } waxaa loo muujiyay "ka yar { $k }", { $withheld } waxaa loo muujiyay "la qariyey").
report-withheld-explained = "la qariyey" waa tiro aan la muujin inkasta oo aanay yarayn, si aan tiro loo muujiyay "ka yar { $k }" looga soo saarin wadarta. Waxay noqon kartaa tiro kasta.
report-chart-hidden-withheld = Waa la qariyey si loo ilaaliyo tiro kale
report-chart-hidden-either = "Ka yar { $k }" ama la qariyey
report-tally-mismatch-title = Tirinta ka-qaybgalayaashu isma waafaqsana.
report-tally-mismatch = Tirada kulamada ay tirintu ku muujiso tiro kala duwan oo dad ah: { $sessions }. Sidaa darteed jadwallada ka-qaybgalku kama wada hadlaan isla dadkii. Hubi diiwaannada kulamada. Wadarta sida loo daabacay: { $totals }.
report-tally-difference = Farqiga u dhexeeya wadarta la daabacay: { $difference }.
easy-asked = { $count ->
    [one] Hal qof ayaa la weydiiyay su'aashan.
   *[other] { $count } qof ayaa la weydiiyay su'aashan.
}
easy-asked-few = Wax ka yar { $k } qof ayaa la weydiiyay su'aashan.
easy-not-asked = { $count ->
    [one] Hal qof lama weydiin. Su'aashu uma ahayn isaga.
   *[other] { $count } qof lama weydiin. Su'aashu uma ahayn iyaga.
}
easy-not-asked-few = Wax ka yar { $k } qof lama weydiin. Su'aashu uma ahayn iyaga.
easy-share-asked = 100-kii qof ee la weydiiyayba, { $percent } ayaa bixiyay jawaabtan.

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = Tijaabo: tirooyinkan waxay ka yimaadeen jawaabo tusaale ah oo uu sameeyay heard rehearse, ma aha jawaabaha dad dhab ah. Ha daabicin warbixintan.
