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
