# Heard report strings — Tigrinya.
# Draft translation awaiting review by a native speaker.
# Unsure terms: ርእይቶ ማሕበረሰብ (community feedback), መልሲ (submission, as in app.ftl), ኣኼባ ምስማዕ (listening session), ጉጅለ ምዝገባ (enrollment group), ፖስታ (envelope), ክኽፈት (decrypt, "be opened"), መፍትሕ (key), ፌርማ (signature), ምልክት (label), ምጣነ (share), ምድባት (breakdowns), ቻርት ዓንዲ (bar chart).
# Eritrean usage and spelling preferred; polite plural (-ኩም) in sentences, as in app.ftl.
# Plural categories (CLDR): one (n = 0..1), other. "one" also covers 0, so
# the "one" variants show the number instead of the word "one".

report-title = ጸብጻብ ርእይቶ ማሕበረሰብ
report-generated = ኣብ { $date } ተዳልዩ።
report-org = ዘዳለዎ፦ { $org }።
report-privacy-title = እዚ ጸብጻብ ንሰባት ብኸመይ ይሕሉ
report-privacy = ኣብዚ ጸብጻብ ዘለዉ ቁጽርታት ንሰባት ንምሕላው ብኣጋጣሚ ብዝተመርጹ ንኣሽቱ መጠናት ይቕየሩ፣ ስለዚ ድምርታት ብልክዕ ዘይሰማምዑ ክኾኑ ይኽእሉ። ልሙድ ለውጢ ብግምት { $typical } ሰባት ብዝሒ ወይ ብውሕዲ እዩ። ካብ { $k } ዝወሓደ ዝኾነ ቁጽሪ ከም «ካብ { $k } ዝውሕድ» ይርአ። ሓደ ዓይነት ሓበሬታ ኩሉ ግዜ ሓደ ዓይነት ቁጽርታት ይህብ።
report-budget = ጸብጻባት ናይዚ ሓበሬታ ዝተጠቐምሉ በጀት ብሕትውና፦ { $spent } ካብ { $budget }።
report-sensitive-excluded = ከም ተኣፋፊ ምልክት ዝተገብረሎም ጽሑፋት መልስታት ኣብዚ ጸብጻብ ኣይተኻተቱን።
report-sensitive-included = እዚ ጸብጻብ ከም ተኣፋፊ ምልክት ዝተገብረሎም ጽሑፋት መልስታት ሒዙ ኣሎ። ብጥንቃቐ ኣካፍልዎ።

## Sections
report-overview = ሓፈሻዊ ትሕዝቶ
report-respondents = ዝመለሱ ሰባት
report-by-language = ብቋንቋ መጠይቕ
report-by-period = { $period ->
    [week] ብሰሙን
   *[month] ብወርሒ
}
report-comparison = ቅድምን ድሕርን { $date }
report-before = ቅድሚኡ
report-after = ካብ { $date } ጀሚሩ
report-all = ኩሉ
report-other-languages = ካልኦት ቋንቋታት
report-other-groups = ካልኦት ጉጅለታት
report-by-group-breakdown = ብጉጅለ ምዝገባ (ጉጅለ ወይ ከባቢ)
report-fewer-than = ካብ { $k } ዝውሕድ
report-table-hidden = ኣብዚ ሰንጠረዥ ካብ { $total } ቁጽርታት { $hidden } ከም «ካብ { $k } ዝውሕድ» ተራእዮም ኣለዉ።
report-option = መልሲ
report-no-answer = መልሲ የለን ወይ «ክገልጽ ኣይደልን»
report-share = ምጣነ
report-questions = ሕቶታት
report-free-text = ጽሑፋት መልስታት
report-free-text-none = ጽሑፍ መልሲ የለን።
report-listening-sessions = ኣኼባታት ምስማዕ
report-sessions-count = { $count ->
    [one] { $count } ኣኼባ ምስማዕ
   *[other] { $count } ኣኼባታት ምስማዕ
}
report-themes = ዝተላዕሉ ኣርእስታት (ቁጽሪ ኣኼባታት)
report-attendance = ተሳተፍቲ (ቁጽሪ ሰባት፣ ኩሎም ኣኼባታት)
report-actions = ቀጻሊ ስጉምትታት
report-action-what = ስጉምቲ
report-action-who = መን
report-action-due = ክሳብ መዓስ
report-quotes = ጥቕስታት
report-data-quality = ጽሬት ሓበሬታ
report-by-group = ዝበጽሑ መልስታት ብጉጅለ ምዝገባ
report-group = ጉጅለ
report-submissions = ዝበጽሑ መልስታት
report-by-link = ብህዝባዊ መላግቦታት መጽናዕቲ ዝበጽሑ መልስታት
report-by-link-note = ፖስተር ዝረኣየ ዝኾነ ሰብ ብመላግቦኡ ክምልስ ይኽእል እዩ፣ ስለዚ እዞም መልስታት ካብቶም ላዕሊ ዘለዉ ዝተመዝገቡ መሳርሒታት ተፈልዮም ይቑጸሩ፡ ካብ ደገ እቶም እተገልግሉዎም ጉጅለታት ዘለዉ ሰባት፣ ወይ ካብ ሓደ ሰብ ልዕሊ ሓደ ግዜ ክመጹ ይኽእሉ።
report-link = መላግቦ
report-other-links = ካልኦት መላግቦታት
report-reason = ምኽንያት
report-envelopes = ፖስታታት
report-set-aside = ንጎኒ ዝተገደፉ ፖስታታት (ኣብዚ ጸብጻብ የለዉን)
report-set-aside-none = ንጎኒ ዝተገደፈ ፖስታ የለን፦ ኩሎም ተኸፊቶም፣ ነፍሲ ወከፎም ድማ ናይ ጉጅለ ምዝገባ ቅኑዕ ፌርማ ነይርዎ።
report-undated = ዘንበብ ዕለት ዘይብሎም መልስታት (ኣብ ሰሌዳታት ዘይኣተዉ)
report-failed-decrypt = ክኽፈት ኣይከኣለን
report-failed-verify = ከረጋገጽ ኣይከኣለን
report-reason-damaged = ተበላሽዩ
report-reason-not-for-this-key = ንኻልእ መፍትሕ ዝተዓጽወ
report-reason-not-a-submission = መልሲ Heard ኣይኮነን
report-reason-mismatch = ትሕዝቶኡ ምስ ምልክቱ ኣይሰማማዕን
report-reason-unsigned = ፌርማ ጉጅለ ምዝገባ የብሉን
report-reason-unknown-group = ዘይፍለጥ ጉጅለ ምዝገባ
report-reason-bad-signature = ዘይቅኑዕ ፌርማ
report-reason-revoked-group = ዝተሰረዘ ጉጅለ ምዝገባ
report-reason-duplicate = ተደጋጋሚ (ቅድሚ ሕጂ ዝተቐበልናዮ)
report-trend = መልስታት ምስ ግዜ ከመይ ከምዝተቐየሩ
report-chart-alt = መልስታት «{ $question }» ዘርኢ ቻርት ዓንዲ
report-chart-hidden = ከም «ካብ { $k } ዝውሕድ» ዝተራእየ

## Easy-read summary (a short page in plain words: short sentences, one idea per line)
easy-title = ሰባት እንታይ ነጊሮምና
easy-intro = እዚ ሓጺርን ቀሊልን ቅዲ ናይ ጸብጻብና እዩ።
easy-made-by = { $org } ነዚ ጸብጻብ ብዕለት { $date } ኣዳልዩዎ።
easy-made = ነዚ ጸብጻብ ብዕለት { $date } ኣዳሊናዮ።
easy-people = { $count ->
    [one] { $count } ሰብ ነዚ መጠይቕ መሊሱ።
   *[other] { $count } ሰባት ነዚ መጠይቕ መሊሶም።
}
easy-people-few = ካብ { $k } ዝወሓዱ ሰባት ነዚ መጠይቕ መሊሶም።
easy-most-said = መብዛሕትኦም ሰባት ዝበልዎ፦ { $answer }
easy-top-answer = ብብዝሒ ዝተዋህበ መልሲ፦ { $answer }
easy-share = ካብ ነፍሲ ወከፍ 100 ሰባት፣ { $percent } እዚ መልሲ ሂቦም።
easy-no-finding = ነዚ ሕቶ ዝመለሱ ሰባት ኣዝዮም ውሑዳት እዮም። ስለዚ መልስታት ኣብዚ ኣየርኣናን።
easy-sessions = { $count ->
    [one] { $count } ኣኼባ ምስማዕ ኣካይድና።
   *[other] { $count } ኣኼባታት ምስማዕ ኣካይድና።
}
easy-top-theme = ሰባት ብዝያዳ ዝተዛረብሉ፦ { $theme }
easy-safe-title = ንሰባት ከመይ ጌርና ንሕልዎም
easy-safe-changed = ንሰባት ንምሕላው ቁጽርታት ቁሩብ ቀይርናዮም።
easy-safe-add-up = ስለዚ ገሊኦም ድምርታት ብልክዕ ኣይሰማምዑን።
easy-safe-few = ሓደ ሓደ ግዜ ሓደ መልሲ ዝሃቡ ሰባት ኣዝዮም ውሑዳት እዮም። ሽዑ «ካብ { $k } ዝውሕድ» ንጽሕፍ።
easy-full-report = እቲ ምሉእ ጸብጻብ ኩሎም ቁጽርታትን ሰንጠረዣትን ኣለውዎ።
report-withheld = ዝተሓብአ

## Reading the figures: questions not asked of everyone, hidden figures, attendance tallies
# Draft translation of these messages, awaiting review by a native speaker.
report-asked = እዚ ሕቶ ዝተሓተቱ
report-not-asked = ዘይተሓተቱ (ኣይምልከቶምን)
report-asked-note = እዚ ሕቶ ንገሊኦም ሰባት ጥራይ እዩ ተሓቲቱ፣ ብመሰረት ቅድሚኡ ዝሃብዎ መልሲ። እቶም ምጣነታት ካብቶም ዝተሓተቱ እዮም፦ { $asked }፤ ዘይተሓተቱ፦ { $notasked }።
report-table-hidden-withheld = ኣብዚ ሰንጠረዥ ዝተሓብኡ ቁጽርታት፦ ካብ { $total } { $hidden } ({ $few } ከም «ካብ { $k } ዝውሕድ»፣ { $withheld } ከም «ዝተሓብአ»)።
report-withheld-explained = «ዝተሓብአ» ማለት ባዕሉ ንእሽቶ ከይኮነ ዘይተራእየ ቁጽሪ እዩ፣ ከም «ካብ { $k } ዝውሕድ» ዝተራእየ ቁጽሪ ካብ ድምርታት ምእንቲ ከይፍለጥ። ዝኾነ ቁጽሪ ክኸውን ይኽእል።
report-chart-hidden-withheld = ካልእ ቁጽሪ ንምሕላው ዝተሓብአ
report-chart-hidden-either = «ካብ { $k } ዝውሕድ» ወይ ዝተሓብአ
report-tally-mismatch-title = ቁጽሪ ተሳተፍቲ ኣይሰማማዕን።
report-tally-mismatch = ቆጸራታት ተሳተፍቲ ዝተፈላለየ ቁጽሪ ሰባት ዘርእዩሉ ኣኼባታት፦ { $sessions }። ስለዚ ሰንጠረዣት ተሳተፍቲ ብዛዕባ ሓደ ዓይነት ሰባት ኣይኮኑን። መዝገባት ኣኼባታት ፈትሹ። ድምርታት ከም ዝተሓትመ፦ { $totals }።
report-tally-difference = ፍልልይ ዝተሓትመ ድምርታት፦ { $difference }።
easy-asked = { $count ->
    [one] { $count } ሰብ እዚ ሕቶ ተሓቲቱ።
   *[other] { $count } ሰባት እዚ ሕቶ ተሓቲቶም።
}
easy-asked-few = ካብ { $k } ዝወሓዱ ሰባት እዚ ሕቶ ተሓቲቶም።
easy-not-asked = { $count ->
    [one] { $count } ሰብ ኣይተሓተተን። እቲ ሕቶ ንዕኡ ኣይነበረን።
   *[other] { $count } ሰባት ኣይተሓተቱን። እቲ ሕቶ ንዓታቶም ኣይነበረን።
}
easy-not-asked-few = ካብ { $k } ዝወሓዱ ሰባት ኣይተሓተቱን። እቲ ሕቶ ንዓታቶም ኣይነበረን።
easy-share-asked = ካብ ነፍሲ ወከፍ 100 ዝተሓተቱ ሰባት፣ { $percent } እዚ መልሲ ሂቦም።

# Shown at the top of a report of heard rehearse's samples.
report-rehearsal = ልምምድ: እዞም ኣሃዛት ካብ ብ heard rehearse ዝተሰርሑ ናይ ኣብነት መልስታት እዮም፣ ካብ መልስታት ሓቀኛታት ሰባት ኣይኮኑን። ነዚ ጸብጻብ ኣይተዘርግሑዎ።
