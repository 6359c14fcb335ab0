/// The texts of `--help` in Swedish: command summaries, option help and details, each English
/// text of a `CommandSpec` once with its Swedish (see `SwedishWording` for the `{}` holes).
enum SwedishHelpWording {
    static let catalog: [(String, String)] = summaries + options + details

    static let summaries: [(String, String)] = [
        ("Take a revised programme into the workspace, keeping the previous version",
         "Ta in en reviderad version av programmet i arbetsytan; den förra versionen sparas"),
        ("Compare two versions of a programme section by section: changed, new, removed, moved",
         "Jämför två versioner av ett program avsnitt för avsnitt: ändrade, nya, borttagna och flyttade"),
        ("Show how the programme text was understood: sections, key statements, themes", "Visa hur programtexten har tolkats: avsnitt, nyckelformuleringar och teman"),
        ("Write uppfoljning.md: the programme's promises as a table HR keeps, one row per promise and period",
         "Skriv uppfoljning.md: programmets åtgärder och mål som en tabell som HR för, en rad per punkt och period"),
        ("Add a promise to uppfoljning.md: one row, or one per period with --every",
         "Lägg till en punkt i uppfoljning.md: en rad, eller en per period med --every"),
        ("Set the status, comment or evidence of a promise in uppfoljning.md",
         "Ange status, kommentar eller underlag för en punkt i uppfoljning.md"),
        ("Add the rows of an action table (CSV with Swedish headings) to uppfoljning.md",
         "Lägg till raderna i en åtgärdstabell (CSV med svenska rubriker) i uppfoljning.md"),
        ("List the programme's measurable promises: numbered points and sentences with a time or a measure, with due dates",
         "Lista programmets mätbara åtgärder och mål: numrerade punkter och meningar med en tid eller ett mått, med datum då de ska vara klara"),
        ("Make APT discussion sheets (markdown and print-ready HTML), one per section", "Ta fram samtalsunderlag för APT (markdown och utskriftsklar HTML), ett per avsnitt"),
        ("Make a workshop pack: agenda, facilitator guide, sign-in sheet, evaluation, APT sheets", "Ta fram ett workshoppaket: dagordning, handledning, närvarolista, utvärdering och APT-underlag"),
        ("Create a workspace: settings, folders, the programme copied in", "Skapa en arbetsyta: inställningar, mappar och en kopia av programmet"),
        ("Import managers from a CSV export (HR system or Excel); re-import updates them", "Importera chefer från en CSV-export (HR-system eller Excel); en ny import uppdaterar dem"),
        ("List the managers on the roster", "Lista cheferna i chefslistan"),
        ("Replace a manager's name, e-mail and id with a pseudonym in every file; figures stay", "Byt ut en chefs namn, e-postadress och id mot en pseudonym i alla filer; siffrorna blir kvar"),
        ("Plan a manager workshop (writes workshops/DATE-PLACE.md)", "Planera en chefsworkshop (skriver workshops/DATUM-PLATS.md)"),
        ("List workshops with invited, attended and capacity", "Lista workshoppar med inbjudna, närvarande och antal platser"),
        ("Invite managers to a workshop (or --auto: everyone not yet reached and not yet invited, across all planned workshops)", "Bjud in chefer till en workshop (eller --auto: alla som ännu inte är nådda eller inbjudna, fördelade på alla planerade workshoppar)"),
        ("Make the pack for a planned workshop, with the invited managers on the sign-in sheet", "Ta fram paketet för en planerad workshop, med de inbjudna cheferna på närvarolistan"),
        ("Record attendance: present, excused (apologies sent) or absent", "Registrera närvaro: närvarande, förhinder (anmält) eller frånvarande"),
        ("Record feedback on a workshop; anonymous unless --by is given", "Registrera återkoppling på en workshop; anonym om inte --by anges"),
        ("Move a planned workshop to another day, time or place; the calendar invitation is updated", "Flytta en planerad workshop till en annan dag, tid eller plats; kalenderinbjudan uppdateras"),
        ("Cancel a planned workshop; the invitation becomes a cancellation", "Ställ in en planerad workshop; inbjudan blir en avbokning"),
        ("Record an APT that a manager has held", "Registrera en APT som en chef har hållit"),
        ("Record APTs from returned sheets (.md) or a forms export (.csv)", "Registrera APT:er från återlämnade underlag (.md) eller en formulärexport (.csv)"),
        ("Check every record of the workspace and list all problems", "Kontrollera alla poster i arbetsytan och lista alla fel"),
        ("Progress at a glance: managers reached, APTs, staff reached, departments, plan", "Läget i korthet: nådda chefer, APT:er, nådda medarbetare, förvaltningar och plan"),
        ("Leadership report: reach, APTs, departments, sections, over time, workshops, feedback, cost", "Rapport till ledningen: räckvidd, APT:er, förvaltningar, avsnitt, utveckling över tid, workshoppar, återkoppling och kostnad"),
        ("HR's named follow-up list: managers not reached, missing APTs, unanswered questions, overdue commitments", "HR:s namngivna uppföljningslista: chefer som inte är nådda, APT:er som saknas, obesvarade frågor och försenade åtaganden"),
        ("List the files that hold personal data, what and why, and what is past retention", "Lista filerna med personuppgifter, vad de innehåller och varför, och vad som har passerat gallringsfristen"),
        ("Run the whole flow on the bundled example programme (fictional Sjöhamra kommun)", "Kör hela flödet med det medföljande exempelprogrammet (den påhittade Sjöhamra kommun)"),
    ]

    static let options: [(String, String)] = [
        ("The promise, as it should be read", "Punkten, så som den ska läsas"),
        ("The programme section it belongs to", "Avsnittet i programmet som den hör till"),
        ("Who is responsible", "Vem som är ansvarig"),
        ("The date it is to be done by (with --every: the first date)", "Datum då den ska vara klar (med --every: det första datumet)"),
        ("A recurring promise: one row per period up to the end of the programme's period",
         "En återkommande punkt: en rad per period fram till programperiodens slut"),
        ("Which period of a recurring promise (its date in the table)", "Vilken period av en återkommande punkt (dess datum i tabellen)"),
        ("'ej påbörjad', 'pågår', 'klar' or 'inte aktuell'", "'ej påbörjad', 'pågår', 'klar' eller 'inte aktuell'"),
        ("What HR knows about it", "Det HR vet om den"),
        ("A file in the workspace that shows it (a report, minutes)", "En fil i arbetsytan som visar det (en rapport, ett protokoll)"),
        ("Show this help", "Visa den här hjälpen"),
        ("Language of the output (default sv)", "Språk för utdata (standard sv)"),
        ("Length of the APT meeting in minutes, 10 to 120 (default 30)", "APT-mötets längd i minuter, 10 till 120 (standard 30)"),
        ("Organisation shown in each heading, e.g. 'Sjöhamra kommun'", "Organisation som visas i varje rubrik, t.ex. ”Sjöhamra kommun”"),
        ("Templates folder that overrides the bundled templates file by file", "Mall-mapp som ersätter de medföljande mallarna fil för fil"),
        ("Replace files at the output place that forankra did not write (never records)", "Ersätt filer på utdataplatsen som forankra inte har skrivit (aldrig poster)"),
        ("Folder to write to (default {})", "Mapp att skriva till (standard {})"),
        ("The workspace (default: found from this folder upwards)", "Arbetsytan (standard: söks från den här mappen och uppåt)"),
        ("A commitment; who and date may be left out", "Ett åtagande; vem och datum kan utelämnas"),
        ("A question to HR", "En fråga till HR"),
        ("A sheet for every section and subsection (default: the top-level sections)", "Ett underlag för varje avsnitt och underavsnitt (standard: huvudavsnitten)"),
        ("Blank rows on the sign-in sheet, 1 to 200 (default 20)", "Tomma rader på närvarolistan, 1 till 200 (standard 20)"),
        ("Count workshops and APTs from this day", "Räkna workshoppar och APT:er från den här dagen"),
        ("Day of the workshop", "Dag för workshoppen"),
        ("End time", "Sluttid"),
        ("End time; the agenda is fitted to the slot", "Sluttid; dagordningen anpassas till tiden"),
        ("Every active manager of a department (part of the name is enough)", "Alla aktiva chefer i en förvaltning (det räcker med en del av namnet)"),
        ("Forget a manager who has not left (no end date on the roster)", "Glöm en chef som inte har slutat (inget slutdatum i chefslistan)"),
        ("How many took part", "Hur många som deltog"),
        ("Include managers who have left", "Ta med chefer som har slutat"),
        ("Managers by roster id", "Chefer med id från chefslistan"),
        ("Managers who came (added if they were not invited)", "Chefer som kom (läggs till om de inte var inbjudna)"),
        ("Managers who did not come", "Chefer som inte kom"),
        ("Managers who sent apologies", "Chefer som anmälde förhinder"),
        ("New file to write the programme to", "Ny fil att skriva programmet till"),
        ("New or empty folder to write the workspace into", "Ny eller tom mapp att skapa arbetsytan i"),
        ("Number of seats, 1 to 500", "Antal platser, 1 till 500"),
        ("Only one department (exact name as on the roster)", "Bara en förvaltning (exakt namn som i chefslistan)"),
        ("Only this department (förvaltning); part of the name is enough", "Bara den här förvaltningen; det räcker med en del av namnet"),
        ("Output format (default html); csv writes one file per table into a folder", "Utdataformat (standard html); csv skriver en fil per tabell i en mapp"),
        ("Overall rating, 1 (poor) to 5 (very good)", "Helhetsbetyg, 1 (dåligt) till 5 (mycket bra)"),
        ("Place every active manager not yet reached into planned workshops, mixing departments; who sent apologies or did not come is invited again", "Fördela alla aktiva chefer som ännu inte är nådda på planerade workshoppar, med förvaltningarna blandade; den som anmälde förhinder eller uteblev bjuds in igen"),
        ("In a workspace after 'programme update': sheets for the changed chapters only, with what is new",
         "I en arbetsyta efter 'programme update': underlag bara för de kapitel som har ändrats, med det som är nytt"),
        ("The day the new version applies from (default: today)", "Dagen då den nya versionen börjar gälla (standard: i dag)"),
        ("Print one JSON object (schema in the README)", "Skriv ut ett JSON-objekt (schemat står i README)"),
        ("Print the problems as JSON", "Skriv ut felen som JSON"),
        ("Programme section taken up; repeat for several", "Avsnitt i programmet som togs upp; upprepa för flera"),
        ("Programme sections to work on", "Avsnitt i programmet att arbeta med"),
        ("Programme text to copy in (default materials/programme/personalpolitiskt-program.md)", "Programtext att kopiera in (standard materials/programme/personalpolitiskt-program.md)"),
        ("Programme whose sentences and titles are used (default materials/programme/personalpolitiskt-program.md)", "Program vars meningar och rubriker används (standard materials/programme/personalpolitiskt-program.md)"),
        ("Record an APT already recorded for the same manager, day and section as a further group that day", "Registrera en APT som redan finns för samma chef, dag och avsnitt som ytterligare en grupp den dagen"),
        ("Say which column holds a field: name, firstname, lastname, email, department, unit, staff, from, to", "Ange vilken kolumn som innehåller ett fält: `name`, `firstname`, `lastname`, `email`, `department`, `unit`, `staff`, `from` eller `to`"),
        ("Sections to work on (default: every top-level section)", "Avsnitt att arbeta med (standard: alla huvudavsnitt)"),
        ("Seed for the generator, a whole number (default 1)", "Startvärde för generatorn, ett heltal (standard 1)"),
        ("Short themes for the report, e.g. tidsbrist,bra-samtal", "Korta teman för rapporten, t.ex. tidsbrist,bra-samtal"),
        ("Show what would change without writing", "Visa vad som skulle ändras, utan att skriva något"),
        ("Show what would be added without writing", "Visa vad som skulle läggas till, utan att skriva något"),
        ("Size to reach, in kilobytes of UTF-8 (default 1000)", "Storlek att nå, i kilobyte UTF-8 (standard 1000)"),
        ("Start time (13:00 or 13.00)", "Starttid (13:00 eller 13.00)"),
        ("Start time", "Starttid"),
        ("Store no name (the default)", "Spara inget namn (standard)"),
        ("The HR mailbox that sends workshop invitations, so they arrive as meeting requests", "HR-brevlådan som skickar inbjudningarna till workshoppar, så att de kommer fram som mötesförfrågningar"),
        ("The adopted programme (.docx, .odt, .pdf, .md or .txt), copied into programme/", "Det antagna programmet (.docx, .odt, .pdf, .md eller .txt), som kopieras till programme/"),
        ("The day of the meeting", "Dagen för mötet"),
        ("The manager who gave it, by roster id", "Chefen som lämnade den, med id från chefslistan"),
        ("The manager, by roster id", "Chefen, med id från chefslistan"),
        ("The most important thing they concluded", "Det viktigaste de kom fram till"),
        ("The new day", "Den nya dagen"),
        ("The new end time", "Den nya sluttiden"),
        ("The new place", "Den nya platsen"),
        ("The new start time", "Den nya starttiden"),
        ("The organisation, e.g. 'Sjöhamra kommun' (default: from the programme's title)", "Organisationen, t.ex. ”Sjöhamra kommun” (standard: från programmets titel)"),
        ("The report's day (default today)", "Rapportens dag (standard i dag)"),
        ("The same manager, day and section is already recorded: record this as a further group that day", "Samma chef, dag och avsnitt finns redan registrerat: registrera detta som ytterligare en grupp den dagen"),
        ("The unit (default: the manager's unit on the roster)", "Enheten (standard: chefens enhet i chefslistan)"),
        ("What was said, in the participant's words", "Vad som sades, med deltagarens ord"),
        ("Where it is held", "Var den hålls"),
        ("Where the workshop is held", "Var workshoppen hålls"),
        ("Who leads it; repeat for several", "Vem som leder den; upprepa för flera"),
        ("Who leads the workshop; repeat for several", "Vem som leder workshoppen; upprepa för flera"),
        ("Write the list as markdown to FILE instead of the terminal", "Skriv listan som markdown till FIL i stället för i terminalen"),
        ("small (40 managers), medium (500) or large (2 500, the largest municipality)", "small (40 chefer), medium (500) eller large (2 500, den största kommunen)"),
    ]

    static let details: [(String, String)] = [
        ("The new file is copied into programme/ beside the old one, and forankra.md names both (previous_programme, programme_since). APTs held before DATE name the old version's sections and count towards the new version's; a workplace that took up a chapter that has since changed is listed in 'forankra followup'.",
         "Den nya filen kopieras till programme/ bredvid den gamla, och forankra.md anger båda (previous_programme, programme_since). APT:er som hölls före DATUM anger den förra versionens avsnitt och räknas till den nya versionens; en arbetsplats som har tagit upp ett kapitel som sedan har ändrats står i 'forankra followup'."),
        ("Sections are matched by their titles, then by their words, so a new chapter that moves every later number is one new section, not a change to all that follow. The files may be in different formats (.docx, .odt, .pdf, .md, .txt, .html).",
         "Avsnitten paras ihop efter rubrik och sedan efter ord, så ett nytt kapitel som flyttar fram numren på alla efter det blir ett nytt avsnitt, inte en ändring i alla som följer. Filerna kan ha olika format (.docx, .odt, .pdf, .md, .txt, .html)."),
        ("""
        Reads the columns Åtgärd (required), Förbättringsområde, Avsnitt, Start, Klart, Ansvarig,
        Status and Kommentar, in any order. Klart may be a date or a time such as 'senast 2027',
        'hösten 2027' or 'årligen'. A row already in the table (same words, same date) is skipped.
        """, """
        Läser kolumnerna Åtgärd (krävs), Förbättringsområde, Avsnitt, Start, Klart, Ansvarig,
        Status och Kommentar, i valfri ordning. Klart kan vara ett datum eller en tid som 'senast
        2027', 'hösten 2027' eller 'årligen'. En rad som redan finns i tabellen (samma ord, samma
        datum) hoppas över.
        """),
        ("Never replaces an existing uppfoljning.md; add rows with 'forankra actions add'.",
         "Ersätter aldrig en befintlig uppfoljning.md; lägg till rader med 'forankra actions add'."),
        ("Late is not a status: a promise whose date has passed and that is not done counts as late in status, report and followup.",
         "Försenad är ingen status: en punkt vars datum har passerat och som inte är klar räknas som försenad i status, report och followup."),
        ("Without FILE, the workspace's programme. The programme's period comes from its cover (Giltighetstid) or title; a recurring promise (årligen, vartannat år) is due once per period. What has no time in the text is listed as undated, never given a guessed date.",
         "Utan FIL används arbetsytans program. Programperioden hämtas från försättsbladet (Giltighetstid) eller titeln; en återkommande punkt (årligen, vartannat år) ska vara klar en gång per period. Det som saknar tid i texten listas utan datum; inget datum gissas."),
        ("Anonymous feedback is stored without name, date or number, in its own section sorted by content, so nobody can tell from the file who gave it or in what order. Reports show free text only from anonymous feedback.",
         "Anonym återkoppling sparas utan namn, datum och nummer, i ett eget avsnitt sorterat efter innehåll, så att ingen kan se i filen vem som lämnade den eller i vilken ordning. Rapporterna visar fritext bara från anonym återkoppling."),
        ("Dates are fixed (rollout 2024-11-04 to 2026-10-30), never read from the clock.", "Datumen är fasta (införande 2024-11-04 till 2026-10-30) och läses aldrig från klockan."),
        ("Each section gets at least 15 minutes; a slot of 2.5 hours or more gets a 20-minute break, a full day also lunch.", "Varje avsnitt får minst 15 minuter; ett pass på 2,5 timmar eller mer får en paus på 20 minuter, en hel dag även lunch."),
        ("Editing the Närvaro column of the workshop file by hand works the same.", "Det fungerar lika bra att ändra kolumnen Närvaro i workshopfilen för hand."),
        ("Exit 0 when all is well, 1 when there are problems. Each problem is `path:line: error: [CODE] message`, as compilers print them; the codes are listed in the README.",
         "Avslutar med 0 när allt är i ordning och 1 när det finns fel. Varje fel skrivs som `sökväg:rad: error: [KOD] meddelande`, som kompilatorer skriver dem; koderna står i README."),
        ("FILE is the programme as the file HR has it: a Word file (.docx), an OpenDocument text (.odt), a PDF (.pdf), a saved web page (.html), markdown (.md) or text copied out of one of them (.txt).", "FIL är programmet i den form HR har det: en Word-fil (.docx), en OpenDocument-text (.odt), en pdf (.pdf), en sparad webbsida (.html), markdown (.md) eller text som kopierats ur någon av dem (.txt)."),
        ("For timing 'forankra outline' and 'forankra sheets' on a programme far longer than any real one.", "För att mäta tiden för 'forankra outline' och 'forankra sheets' på ett program som är mycket längre än något verkligt."),
        ("Refuses to touch a folder that already holds a workspace (forankra.md).", "Rör aldrig en mapp som redan innehåller en arbetsyta (forankra.md)."),
        ("The APT is checked by the same rules as 'forankra check' before it is written.", "APT:n kontrolleras med samma regler som i 'forankra check' innan den skrivs."),
        ("The figures are defined in the README; `forankra report` gives them in full. A workspace with problems still shows its figures, with the problems counted first and the records they affect left out.",
         "Siffrorna definieras i README; `forankra report` visar dem i sin helhet. En arbetsyta med fel visar ändå sina siffror, med antalet fel först och utan de poster som felen gäller."),
        ("The list holds personal data. It is for HR's follow-up, not for leadership reports. Each part is grouped by department, and a question asked at several workplaces is listed once with where it was asked. A workspace with problems still gets its list, with the problems counted first and the records they affect left out.",
         "Listan innehåller personuppgifter. Den är till för HR:s uppföljning, inte för rapporter till ledningen. Varje del är grupperad per förvaltning, och en fråga som har ställts på flera arbetsplatser står en gång, med var den ställdes. En arbetsyta med fel får ändå sin lista, med antalet fel först och utan de poster som felen gäller."),
        ("The report holds no names. A workspace with problems still reports; the problems are listed first.", "Rapporten innehåller inga namn. En arbetsyta med fel får ändå en rapport; felen står först."),
        ("The workshop is checked by the same rules as 'forankra check' before it is written.", "Workshoppen kontrolleras med samma regler som i 'forankra check' innan den skrivs."),
        ("Writes an .ics invitation per workshop to packs/ID/inbjudan.ics, for Outlook or Google Calendar.", "Skriver en .ics-inbjudan per workshop till packs/ID/inbjudan.ics, för Outlook eller Google Kalender."),
        ("Writes everything under DIR (default forankra-demo): the example programme in both shapes, the outline, APT sheets and a workshop pack.",
         "Skriver allt under MAPP (standard forankra-demo): exempelprogrammet i båda formerna, översikten, APT-underlag och ett workshoppaket."),
        ("""
        A returned sheet is the APT sheet with its last part, "Återrapport till HR", filled in.
        A forms export has one row per APT with columns such as Datum, Chef, Enhet, Avsnitt and
        Antal deltagare. Nothing is recorded unless every file and row can be read, and every
        APT passes the same rules as 'forankra check'.
        """, """
        Ett återlämnat underlag är APT-underlaget med den sista delen, ”Återrapport till HR”,
        ifylld. En formulärexport har en rad per APT med kolumner som Datum, Chef, Enhet, Avsnitt
        och Antal deltagare. Inget registreras om inte varje fil och rad kan läsas och varje APT
        klarar samma regler som i 'forankra check'.
        """),
        ("""
        SECTION is a section id as 'forankra outline FILE' shows it (1, 2.1, 2.1.2). A sheet covers
        its section with all subsections. The output folder gets one .md and one .html file per
        sheet and an index.html that prints every sheet in order.
        """, """
        AVSNITT är ett avsnitts-id som 'forankra outline FIL' visar det (1, 2.1, 2.1.2). Ett underlag
        omfattar sitt avsnitt med alla underavsnitt. Utdatamappen får en .md- och en .html-fil per
        underlag och en index.html som skriver ut alla underlag i ordning.
        """),
        ("""
        The register the GDPR asks for (article 30) as far as the workspace goes: the roster,
        workshops, APT records, and every other file that names a manager on the roster. With
        `retention_months` in forankra.md it lists the records older than that and the managers
        who left before it. Exits 1 when something is past retention; nothing is ever deleted.
        """, """
        Registret som dataskyddsförordningen kräver (artikel 30), så långt arbetsytan räcker:
        chefslistan, workshoppar, APT-poster och alla andra filer som nämner en chef i
        chefslistan. Med `retention_months` i forankra.md listas de poster som är äldre än så och
        de chefer som slutade före dess. Avslutar med 1 när något har passerat gallringsfristen;
        ingenting raderas någonsin.
        """),
        ("""
        The id, the name and the e-mail address are replaced wherever they stand: the roster,
        workshops, APT records (renamed), printouts and lists. The pseudonym (pseudonym-1, ...)
        stays one person, so every figure is as before. A name shared with another manager is
        changed only in rows that carry the id; files where it may still stand are listed. The
        log logg/personuppgifter.md records what was done without naming the person.
        """, """
        Id, namn och e-postadress byts ut överallt där de står: chefslistan, workshoppar,
        APT-poster (som får nya namn), utskrifter och listor. Pseudonymen (pseudonym-1, ...)
        förblir en och samma person, så alla siffror blir som förut. Ett namn som en annan chef
        också har ändras bara på rader som har id:t; filer där det fortfarande kan stå listas.
        Loggen logg/personuppgifter.md beskriver vad som gjordes utan att nämna personen.
        """),
        ("""
        Reads ; , or tab separated files in UTF-8 (with or without BOM) or Windows-1252. Managers are
        matched by e-mail (else name and department). Who is missing from the file is marked as
        gone from today (history is kept); nobody is deleted.
        """, """
        Läser filer med ; , eller tabb som skiljetecken, i UTF-8 (med eller utan BOM) eller
        Windows-1252. Cheferna matchas på e-postadress (annars på namn och förvaltning). Den som
        saknas i filen markeras som slutad från i dag (historiken sparas); ingen raderas.
        """),
        ("""
        The workshop keeps its id and its calendar UID, and packs/ID/inbjudan.ics is written again
        with a higher SEQUENCE, so the calendars of those invited move the meeting they have.
        """, """
        Workshoppen behåller sitt id och sitt kalender-UID, och packs/ID/inbjudan.ics skrivs om
        med ett högre SEQUENCE, så att de inbjudnas kalendrar flyttar mötet de redan har.
        """),
        ("""
        Sets the status to inställd and writes packs/ID/inbjudan.ics as a cancellation
        (METHOD:CANCEL with an organizer in forankra.md), so the meeting leaves the calendars.
        Those invited can then be invited to another workshop.
        """, """
        Sätter status till inställd och skriver packs/ID/inbjudan.ics som en avbokning
        (METHOD:CANCEL med en organizer i forankra.md), så att mötet försvinner ur kalendrarna.
        De inbjudna kan sedan bjudas in till en annan workshop.
        """),
    ]
}
