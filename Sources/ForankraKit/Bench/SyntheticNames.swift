/// The words a synthetic municipality is made of: Swedish-looking names, departments, units,
/// venues and the things people write in feedback and APT reports. Small lists on purpose:
/// the generator combines them.
enum SyntheticNames {
    static let organisation = "Sjöhamra kommun"
    static let mailDomain = "sjohamra.se"

    static let firstNames = [
        "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin", "Ingrid", "Malin",
        "Linnéa", "Elin", "Johanna", "Åsa", "Märta", "Sofia", "Ida", "Helena", "Birgitta", "Fatima",
        "Amira", "Leyla", "Noor", "Hanna", "Frida", "Erik", "Lars", "Karl", "Anders", "Johan",
        "Per", "Mikael", "Peter", "Jonas", "Björn", "Göran", "Örjan", "Stefan", "Mats", "Ulf",
        "Oskar", "Viktor", "Ali", "Mohammed", "Ahmed", "Hassan", "Daniel", "Magnus", "Fredrik", "Håkan",
    ]

    static let lastNames = [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Lindström", "Berg",
        "Bergström", "Ekström", "Holm", "Sjöberg", "Wallin", "Engström", "Lundgren", "Åberg",
        "Nyström", "Söderberg", "Hägglund", "Öberg", "Falk", "Forsberg", "Sandberg", "Hedlund",
        "Björk", "Strand", "Lund", "Axelsson", "Mattsson", "Hussein", "Al-Hassan", "Yilmaz",
        "Nguyen", "Korhonen", "Ahmadi", "Mohammadi", "Sundqvist", "Blom", "Dahl", "Östlund",
    ]

    /// A department and the kinds of unit it runs; `{p}` is a place name.
    static let departments: [(name: String, units: [String])] = [
        ("Barn- och utbildningsförvaltningen", ["{p}s förskola", "{p}skolan", "Fritidshemmet {p}"]),
        ("Vård- och omsorgsförvaltningen", ["Hemtjänsten {p}", "{p}s vård- och omsorgsboende", "Nattpatrullen {p}"]),
        ("Socialförvaltningen", ["Individ- och familjeomsorgen {p}", "Barn och unga {p}", "Boendestöd {p}"]),
        ("Kultur- och fritidsförvaltningen", ["{p}s bibliotek", "Fritidsgården {p}", "{p}badet"]),
        ("Samhällsbyggnadsförvaltningen", ["Bygglov {p}", "Planenheten {p}", "Trafik och gata {p}"]),
        ("Kommunstyrelseförvaltningen", ["Ekonomi {p}", "HR-service {p}", "Kommunikation {p}"]),
        ("Gymnasie- och vuxenutbildningsförvaltningen", ["{p}gymnasiet", "Komvux {p}", "Yrkescollege {p}"]),
        ("Miljöförvaltningen", ["Miljötillsyn {p}", "Livsmedelskontroll {p}"]),
        ("Tekniska förvaltningen", ["VA-drift {p}", "Park och natur {p}", "Renhållning {p}"]),
        ("Arbetsmarknadsförvaltningen", ["Jobbcenter {p}", "Daglig verksamhet {p}"]),
        ("Serviceförvaltningen", ["Måltidsservice {p}", "Lokalvård {p}", "Fordon {p}"]),
        ("Funktionsstödsförvaltningen", ["Gruppbostad {p}", "Personlig assistans {p}", "Korttidsboende {p}"]),
    ]

    static let places = [
        "Solbacken", "Ekdalen", "Björkhagen", "Sjövik", "Lindhem", "Granlunda", "Hagaberg", "Ängsholmen",
        "Tallbacka", "Norrmalm", "Söderby", "Västerås", "Österby", "Kvarnbacken", "Strandängen", "Lövsta",
        "Rönninge", "Bergsjö", "Klippan", "Hammarby", "Fyrudden", "Ljusnan", "Älvkarleby", "Mossen",
        "Ekbacken", "Furulund", "Vallby", "Åsen", "Hästhagen", "Skogsby", "Kyrkbacken", "Rosendal",
    ]

    static let venues = [
        "Stadshuset, sal Ljusnan", "Folkets hus", "Kulturhuset, Blå salen", "Sjöhamra konferens",
        "Stadsbiblioteket, hörsalen", "Medborgarhuset", "Gymnasiets aula", "Rådhuset, sal 3",
    ]

    static let slots: [(start: String, end: String)] = [("13:00", "16:00"), ("08:30", "12:00"), ("09:00", "15:30")]

    static let facilitators = ["Karin Holm, HR", "Jonas Ek, HR", "Leyla Demir, HR", "Per Åström, HR"]

    static let feedbackTags = ["tidsbrist", "bra samtal", "relevant", "för långt", "lokalen", "fler exempel", "gruppindelning"]

    static let feedbackTexts = [
        "Bra samtal, för lite tid.",
        "Nyttigt att höra hur andra förvaltningar gör.",
        "Citaten gjorde det lätt att komma igång.",
        "Vill ha fler konkreta exempel från vardagen.",
        "Lokalen var trång och varm.",
        "Tydligt upplägg. Jag tar med underlaget till min APT.",
        "Mer tid för frågor till HR nästa gång.",
        "Grupperna blandades bra.",
    ]

    static let conclusions = [
        "Vi behöver bättre raster.",
        "Vi vill ta upp arbetsbelastningen som en stående punkt.",
        "Introduktionen av nya kollegor kan bli tydligare.",
        "Vi är överens om hur vi ger varandra återkoppling.",
        "Samverkan med andra enheter fungerar bra men kan bli bättre.",
        "Vi saknar tid för kompetensutveckling.",
        "Alla ska känna till hur man anmäler tillbud.",
        "Medarbetarsamtalen behöver planeras tidigare.",
        "",
    ]

    static let commitments = [
        "Se över rastschemat", "Boka tid för medarbetarsamtal", "Gå igenom tillbudsrutinen",
        "Ta fram en introduktionsplan", "Bjuda in företagshälsovården", "Följa upp arbetsbelastningen",
        "Planera en studiedag", "Uppdatera enhetens värdegrundsaffisch",
    ]

    static let questions = [
        "Hur söker man friskvårdsbidraget?", "När kommer nästa lönerevision?",
        "Finns det stöd för chefer med många medarbetare?", "Hur anmäler vi hot och våld?",
        "Kan vi få en egen workshop för vår enhet?", "Var finns programmet på intranätet?",
    ]
}
