# Heard report strings — Somali.
# Draft translation awaiting review by a native speaker.
# Unsure terms: fikradaha bulshada (community feedback), jawaab (submission, as in app.ftl), kulan dhageysi (listening session; counted form after a number), koox diiwaangelin (enrollment group), baqshad (envelope), la furay / lama furi karin (decrypted / failed to decrypt), xaqiijin (verify), saxiix (signature), fure (key), calaamad (label), saami (share), dabagal (follow-up).
# The apostrophe is a letter in Somali (su'aal, mas'uul): keep it ASCII ', never a smart quote.
# Plural categories (CLDR): one (n = 1), other.

report-title = Warbixinta fikradaha bulshada
report-generated = Waxaa la diyaariyay { $date }.
report-org = Waxaa diyaariyay { $org }.
report-privacy-title = Sida warbixintani u ilaaliso dadka
report-privacy = Tiro kasta oo ku salaysan jawaabaha wax ka yar { $k } qof waa la qariyaa, meesheedana waxaa lagu muujiyaa "{ report-hidden-mark }". Tirooyin kale oo ku filan ayaa sidoo kale la qariyaa, si aan tiro la qariyay looga ogaan karin wadarta ama isbarbardhigga jadwallada. Qaybaha iyo muddooyinka waa go'an yihiin, sidaas darteed xog isku mid ahi had iyo jeer waxay keentaa jadwallo isku mid ah.
report-hidden-mark = ·
report-hidden = waa la qariyay si loo ilaaliyo koox yar
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
report-action-who = Yaa mas'uul ah
report-action-due = Ilaa goorma
report-quotes = Hadallo la soo xigtay
report-data-quality = Tayada xogta
report-by-group = Jawaabaha la helay, koox diiwaangelin kasta
report-group = Koox
report-submissions = Jawaabaha la helay
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
