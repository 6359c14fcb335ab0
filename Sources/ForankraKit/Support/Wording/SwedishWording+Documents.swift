/// Messages and hints of the readers of Word, OpenDocument, ZIP and PDF files.
extension SwedishWording {
    static let documents: [(String, String)] = [
        // ZIP archives (.docx and .odt are ZIP archives).
        ("the file is not a complete ZIP archive (its table of contents is missing)",
         "filen är inte ett fullständigt ZIP-arkiv (innehållsförteckningen saknas)"),
        ("the archive is in the ZIP64 form, which forankra does not read", "arkivet är i ZIP64-format, som forankra inte kan läsa"),
        ("the ZIP archive's table of contents points outside the file", "ZIP-arkivets innehållsförteckning pekar utanför filen"),
        ("the ZIP archive's table of contents is damaged", "ZIP-arkivets innehållsförteckning är skadad"),
        ("the archive holds an entry whose name leads outside it ('{}')", "arkivet innehåller en del vars namn pekar ut ur arkivet ('{}')"),
        ("the archive unpacks to more than {} MB, far more than a document", "arkivet packas upp till mer än {} MB, långt mer än ett dokument"),
        ("the entry '{}' claims to unpack to {} times its size", "delen '{}' uppger att den packas upp till {} gånger sin storlek"),
        ("the document is protected with a password", "dokumentet är skyddat med lösenord"),
        ("the archive's entry '{}' is damaged (its checksum does not match)", "arkivets del '{}' är skadad (kontrollsumman stämmer inte)"),
        ("the archive's entry '{}' is damaged", "arkivets del '{}' är skadad"),
        ("the file ends inside the archive's entry '{}'", "filen tar slut mitt i arkivets del '{}'"),
        ("the archive's entry '{}' cannot be unpacked: {}", "arkivets del '{}' kan inte packas upp: {*}"),
        ("the archive's entry '{}' is packed with method {}, which forankra does not read",
         "arkivets del '{}' är packad med metod {}, som forankra inte kan läsa"),
        ("the compressed data ends too early", "de packade uppgifterna tar slut för tidigt"),
        ("the compressed data is damaged", "de packade uppgifterna är skadade"),
        ("the compressed data refers back before its start", "de packade uppgifterna hänvisar bakåt till före sin början"),
        ("it unpacks to more than {} MB", "den packas upp till mer än {} MB"),

        // Word and OpenDocument files.
        ("the file is a ZIP archive but not a Word or OpenDocument text", "filen är ett ZIP-arkiv men inte ett Word-dokument eller en OpenDocument-text"),
        ("the document's {} is damaged at line {}", "dokumentets del {} är skadad på rad {}"),
        ("the file is a Word file protected with a password, or a Word file in the old .doc form",
         "filen är ett lösenordsskyddat Word-dokument eller ett Word-dokument i det gamla .doc-formatet"),

        // Hints.
        ("Save the document again from the word processor; the copy here is cut short or damaged.",
         "Spara dokumentet på nytt från ordbehandlaren; den här kopian är avkortad eller skadad."),
        ("Save the document again from the word processor; the copy here is damaged.",
         "Spara dokumentet på nytt från ordbehandlaren; den här kopian är skadad."),
        ("Save the document again from the word processor.", "Spara dokumentet på nytt från ordbehandlaren."),
        ("This is not a document a word processor wrote; do not open it elsewhere either.",
         "Det här är inte ett dokument som en ordbehandlare har sparat; öppna det inte heller i andra program."),
        ("This is not an ordinary document; save the programme again from the word processor.",
         "Det här är inte ett vanligt dokument; spara programmet på nytt från ordbehandlaren."),
        ("Save a copy without a password from the word processor and give forankra that copy.",
         "Spara en kopia utan lösenord från ordbehandlaren och ge forankra den kopian."),
        ("The copy is cut short; save or download the document again.", "Kopian är avkortad; spara eller ladda ner dokumentet på nytt."),
        ("Save or download the document again.", "Spara eller ladda ner dokumentet på nytt."),
        ("Give the programme as .docx, .odt, .pdf, .md or .txt.", "Ge programmet som .docx, .odt, .pdf, .md eller .txt."),
        ("Open the document in the word processor and save it again.", "Öppna dokumentet i ordbehandlaren och spara det på nytt."),
        ("Open it in Word and save it as a .docx without a password, then give forankra that copy.",
         "Öppna det i Word och spara det som .docx utan lösenord, och ge sedan forankra den kopian."),
    ]
}

/// Messages and hints of the programme's promises and HR's follow-up table.
extension SwedishWording {
    static let actions: [(String, String)] = [
        ("the workspace has no {} yet", "arbetsytan har ingen {} än"),
        ("Make it from the programme with 'forankra actions init'.", "Gör den ur programmet med 'forankra actions init'."),
        ("{} already exists; forankra never replaces it", "{} finns redan; forankra ersätter den aldrig"),
        ("Add rows with 'forankra actions add', or change one with 'forankra actions set'.",
         "Lägg till rader med 'forankra actions add', eller ändra en med 'forankra actions set'."),
        ("the file has no table under '## {}'", "filen har ingen tabell under '## {}'"),
        ("Write it again with 'forankra actions init' in another folder and copy the table in.",
         "Skriv den på nytt med 'forankra actions init' i en annan mapp och kopiera in tabellen."),
        ("the table has no column '{}'", "tabellen saknar kolumnen '{}'"),
        ("the row has no id", "raden saknar id"),
        ("the row has nothing in 'Åtgärd eller mål'", "raden har inget i 'Åtgärd eller mål'"),
        ("'{}' in 'Klart senast' is not a date", "'{}' i 'Klart senast' är inget datum"),
        ("the status '{}' is not one of ej påbörjad, pågår, klar, inte aktuell", "statusen '{}' är inte någon av ej påbörjad, pågår, klar, inte aktuell"),
        ("the id {} with the date '{}' is also on line {}", "id:t {} med datumet '{}' står även på rad {}"),
        ("A recurring promise has one row per period, each with its own date.", "En återkommande punkt har en rad per period, var och en med sitt datum."),
        ("the evidence '{}' is not a file in the workspace", "underlaget '{}' är ingen fil i arbetsytan"),
        ("Put the file in the workspace and give its path from there.", "Lägg filen i arbetsytan och ange sökvägen därifrån."),
        ("no promise '{}' in {}", "punkten '{}' finns inte i {}"),
        ("The ids are in the table's first column ('forankra actions find' lists the promises).",
         "Id:na står i tabellens första kolumn ('forankra actions find' listar punkterna)."),
        ("{} has no row with that date", "{} har ingen rad med det datumet"),
        ("{} recurs; give the period with --due", "{} återkommer; ange perioden med --due"),
        ("Its dates: {}.", "Dess datum: {}."),
        ("give at least one of --status, --comment and --evidence", "ange minst ett av --status, --comment och --evidence"),
    ]
}
