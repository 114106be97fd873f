<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Leerwinkel Desk</source>
        <translation>About Leerwinkel Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leerwinkel Desk {version}&lt;/h3&gt;&lt;p&gt;Databankschema {schema} · Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leerwinkel Desk {version}&lt;/h3&gt;&lt;p&gt;Database schema {schema} · Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licenties</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>kan aanmelden</source>
        <translation>can sign in</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Account &amp;openen</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <source>Nieuwe collega</source>
        <translation>New colleague</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Volledige naam</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;herhalen</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;instellen</source>
        <translation>&amp;Set passphrase</translation>
    </message>
    <message>
        <source>Account af&amp;sluiten</source>
        <translation>&amp;Close account</translation>
    </message>
    <message>
        <source>Gekozen collega</source>
        <translation>Selected colleague</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin h&amp;erhalen</source>
        <translation>R&amp;epeat new passphrase</translation>
    </message>
    <message>
        <source>Nieuwe herstels&amp;leutel maken…</source>
        <translation>Make a new recovery &amp;key…</translation>
    </message>
    <message>
        <source>Opent de databank als elke wachtwoordzin verloren is; de vorige herstelsleutel werkt dan niet meer.</source>
        <translation>Opens the database when every passphrase is lost; the previous recovery key then no longer works.</translation>
    </message>
    <message>
        <source>wachtwoordzin gekregen</source>
        <translation>passphrase given</translation>
    </message>
    <message>
        <source>⚠ De nieuwe herstelsleutel van {day} is nooit in gebruik genomen: de app werd gestopt voor het blad bewaard was. Een blad van die dag opent de databank niet.</source>
        <translation>⚠ The new recovery key of {day} was never put in use: the app was stopped before its sheet was saved. A sheet of that day opens nothing.</translation>
    </message>
    <message>
        <source>De eerder afgedrukte herstelsleutel werkt nog.</source>
        <translation>The recovery key printed before still works.</translation>
    </message>
    <message>
        <source>Er is geen herstelsleutel in gebruik.</source>
        <translation>No recovery key is in use.</translation>
    </message>
    <message>
        <source>Account {login} geopend: bij het eerste aanmelden kiest {login} een eigen wachtwoordzin.</source>
        <translation>Account {login} opened: {login} chooses their own passphrase at the first sign-in.</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin voor {login}: kan aanmelden.</source>
        <translation>New passphrase for {login}: can sign in.</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin voor {login}: kan aanmelden en kiest dan een eigen wachtwoordzin.</source>
        <translation>New passphrase for {login}: can sign in, and then chooses their own passphrase.</translation>
    </message>
    <message>
        <source>Het account van {name} ({login}) afsluiten? {name} kan dan niet meer aanmelden en de databank krijgt een nieuwe sleutel. Een nieuwe wachtwoordzin opent het account weer.</source>
        <translation>Close the account of {name} ({login})? {name} can then no longer sign in and the database gets a new key. A new passphrase opens the account again.</translation>
    </message>
    <message>
        <source>Wat {name} op een eigen laptop deed en nog niet verstuurde, blijft op die laptop en bereikt het kantoor alleen als u het account weer opent; trekt u die laptop in, dan komt het nooit aan.</source>
        <translation>What {name} did on a laptop of their own and has not sent stays on that laptop and reaches the office only if you open the account again; if you revoke that laptop, it never arrives.</translation>
    </message>
    <message>
        <source>{name} blijft begeleider van 1 open aanvraag: geef ze in het dossier aan een collega (Toewijzen, Ctrl+Shift+W).</source>
        <translation>{name} remains the counsellor of 1 open request: give it to a colleague in the dossier (Assign, Ctrl+Shift+W).</translation>
    </message>
    <message>
        <source>{name} blijft begeleider van {n} open aanvragen: geef ze elk in het dossier aan een collega (Toewijzen, Ctrl+Shift+W); de lijst Aanvragen toont wie begeleider is.</source>
        <translation>{name} remains the counsellor of {n} open requests: give each to a colleague in the dossier (Assign, Ctrl+Shift+W); the Requests list shows who the counsellor is.</translation>
    </message>
    <message>
        <source>Account &amp;behouden</source>
        <translation>&amp;Keep account</translation>
    </message>
    <message>
        <source>Account {login} afgesloten: aanmelden en de sleutel tot de databank zijn weg. Een nieuwe wachtwoordzin opent het weer.</source>
        <translation>Account {login} closed: sign-in and the key to the database are gone. A new passphrase opens it again.</translation>
    </message>
    <message>
        <source>Een nieuwe herstelsleutel maken? Zodra het blad met de nieuwe sleutel bewaard is, werkt het afgedrukte blad in de kluis niet meer.</source>
        <translation>Make a new recovery key? Once the new key&apos;s sheet is saved, the printed sheet in the safe no longer works.</translation>
    </message>
    <message>
        <source>Nieuwe sleutel &amp;maken</source>
        <translation>&amp;Make new key</translation>
    </message>
    <message>
        <source>&amp;Niet maken</source>
        <translation>&amp;Don&apos;t make one</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel gemaakt: hij vervangt de afgedrukte zodra het blad bewaard is.</source>
        <translation>New recovery key made: it replaces the printed one once its sheet is saved.</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel in gebruik; de vorige werkt niet meer.</source>
        <translation>New recovery key in use; the previous one no longer works.</translation>
    </message>
    <message>
        <source>Geen nieuwe herstelsleutel: de afgedrukte werkt nog.</source>
        <translation>No new recovery key: the printed one still works.</translation>
    </message>
    <message>
        <source>Geen nieuwe herstelsleutel: er is nog geen herstelsleutel in gebruik.</source>
        <translation>No new recovery key: there is no recovery key in use yet.</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>AppointmentCardDialog</name>
    <message>
        <source>Afsprakenkaart</source>
        <translation>Appointment card</translation>
    </message>
    <message>
        <source>Volgende afspraak: {day} om {time}</source>
        <translation>Next appointment: {day} at {time}</translation>
    </message>
    <message>
        <source>A6 (klein, voor in de portefeuille)</source>
        <translation>A6 (small, for a wallet)</translation>
    </message>
    <message>
        <source>A5 (groot, beter leesbaar)</source>
        <translation>A5 (large, easier to read)</translation>
    </message>
    <message>
        <source>alleen Nederlands</source>
        <translation>Dutch only</translation>
    </message>
    <message>
        <source>&amp;Formaat</source>
        <translation>&amp;Size</translation>
    </message>
    <message>
        <source>&amp;Ook in</source>
        <translation>&amp;Also in</translation>
    </message>
    <message>
        <source>Als PDF &amp;bewaren…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>{number}-afspraak.pdf</source>
        <translation>{number}-appointment.pdf</translation>
    </message>
    <message>
        <source>Afsprakenkaart bewaren</source>
        <translation>Save the appointment card</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{record}: {person}</source>
        <translation>{record}: {person}</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>het programma</source>
        <translation>the app</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Aangemeld</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Aanmelden mislukt</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Afgemeld vanaf het vergrendelscherm</source>
        <translation>Signed out from the lock screen</translation>
    </message>
    <message>
        <source>Account geopend</source>
        <translation>Account opened</translation>
    </message>
    <message>
        <source>Account afgesloten</source>
        <translation>Account closed</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin ingesteld</source>
        <translation>New passphrase set</translation>
    </message>
    <message>
        <source>Wachtwoordzin hersteld met het herstelblad</source>
        <translation>Passphrase recovered with the recovery sheet</translation>
    </message>
    <message>
        <source>Laptop aangesloten bij het kantoor</source>
        <translation>Laptop joined the office</translation>
    </message>
    <message>
        <source>Herstelblad gemaakt</source>
        <translation>Recovery sheet made</translation>
    </message>
    <message>
        <source>Dossier gemaakt</source>
        <translation>File created</translation>
    </message>
    <message>
        <source>Gegevens van de cliënt aangepast</source>
        <translation>Client&apos;s details changed</translation>
    </message>
    <message>
        <source>Dossier geopend</source>
        <translation>File opened</translation>
    </message>
    <message>
        <source>Cliënten gezocht</source>
        <translation>Clients searched</translation>
    </message>
    <message>
        <source>Inzage gemaakt</source>
        <translation>Access request made</translation>
    </message>
    <message>
        <source>Cliënt ingelezen</source>
        <translation>Client imported</translation>
    </message>
    <message>
        <source>Dubbele dossiers samengevoegd</source>
        <translation>Duplicate files merged</translation>
    </message>
    <message>
        <source>Samenvoeging ongedaan gemaakt</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <source>Gegevens van de cliënt gewist</source>
        <translation>Client&apos;s details erased</translation>
    </message>
    <message>
        <source>Vraag beantwoord</source>
        <translation>Question answered</translation>
    </message>
    <message>
        <source>Intake gepland</source>
        <translation>Intake booked</translation>
    </message>
    <message>
        <source>Intake gehouden</source>
        <translation>Intake held</translation>
    </message>
    <message>
        <source>Niveau van de leervraag gewijzigd</source>
        <translation>Tier of the learning request changed</translation>
    </message>
    <message>
        <source>Leervraag naar de volgende fase</source>
        <translation>Learning request moved to its next phase</translation>
    </message>
    <message>
        <source>Leervraag aan een andere begeleider gegeven</source>
        <translation>Learning request given to another counsellor</translation>
    </message>
    <message>
        <source>Vraag op naam gezet</source>
        <translation>Question put on a name</translation>
    </message>
    <message>
        <source>Opvolging gepland</source>
        <translation>Follow-up planned</translation>
    </message>
    <message>
        <source>Opvolgdatum gezet</source>
        <translation>Follow-up date set</translation>
    </message>
    <message>
        <source>Inschrijving bevestigd</source>
        <translation>Enrolment confirmed</translation>
    </message>
    <message>
        <source>Leervraag afgesloten</source>
        <translation>Learning request closed</translation>
    </message>
    <message>
        <source>Nazorg genoteerd</source>
        <translation>Aftercare noted</translation>
    </message>
    <message>
        <source>Leervraag ingelezen</source>
        <translation>Learning request imported</translation>
    </message>
    <message>
        <source>Gesprek of bericht genoteerd</source>
        <translation>Session or message noted</translation>
    </message>
    <message>
        <source>Gesprek gehouden</source>
        <translation>Session held</translation>
    </message>
    <message>
        <source>Afspraak geannuleerd</source>
        <translation>Appointment cancelled</translation>
    </message>
    <message>
        <source>Contacten ingelezen</source>
        <translation>Contacts imported</translation>
    </message>
    <message>
        <source>Afsprakenkaart gemaakt</source>
        <translation>Appointment card made</translation>
    </message>
    <message>
        <source>Opleiding besproken</source>
        <translation>Course discussed</translation>
    </message>
    <message>
        <source>Keuze genoteerd</source>
        <translation>Choice noted</translation>
    </message>
    <message>
        <source>Besproken optie verwijderd</source>
        <translation>Discussed option removed</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Doorverwijzing opgevolgd</source>
        <translation>Referral followed up</translation>
    </message>
    <message>
        <source>Toestemming gegeven</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <source>Brief gemaakt</source>
        <translation>Letter made</translation>
    </message>
    <message>
        <source>Brief opnieuw afgedrukt</source>
        <translation>Letter printed again</translation>
    </message>
    <message>
        <source>Bijdrage genoteerd</source>
        <translation>Contribution noted</translation>
    </message>
    <message>
        <source>Concept bewaard</source>
        <translation>Draft kept</translation>
    </message>
    <message>
        <source>Concept weggegooid</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <source>Signaal genoteerd</source>
        <translation>Signal noted</translation>
    </message>
    <message>
        <source>Tweedelijnsactiviteit genoteerd</source>
        <translation>Second-line activity noted</translation>
    </message>
    <message>
        <source>Kantoor ingericht</source>
        <translation>Office set up</translation>
    </message>
    <message>
        <source>Adres van het kantoor aangepast</source>
        <translation>Office address changed</translation>
    </message>
    <message>
        <source>Kosten per niveau aangepast</source>
        <translation>Costs per tier changed</translation>
    </message>
    <message>
        <source>Back-upmap gekozen</source>
        <translation>Backup folder chosen</translation>
    </message>
    <message>
        <source>Uurbijdrage aangepast</source>
        <translation>Hourly contribution changed</translation>
    </message>
    <message>
        <source>Medewerker toegevoegd</source>
        <translation>Staff member added</translation>
    </message>
    <message>
        <source>Medewerker ingelezen</source>
        <translation>Staff member imported</translation>
    </message>
    <message>
        <source>Loket toegevoegd</source>
        <translation>Desk added</translation>
    </message>
    <message>
        <source>Loket aangepast</source>
        <translation>Desk changed</translation>
    </message>
    <message>
        <source>Loket ingelezen</source>
        <translation>Desk imported</translation>
    </message>
    <message>
        <source>Zitdag toegevoegd</source>
        <translation>Consultation day added</translation>
    </message>
    <message>
        <source>Zitdag aangepast</source>
        <translation>Consultation day changed</translation>
    </message>
    <message>
        <source>Partnerorganisatie toegevoegd</source>
        <translation>Partner organisation added</translation>
    </message>
    <message>
        <source>Partnerorganisatie ingelezen</source>
        <translation>Partner organisation imported</translation>
    </message>
    <message>
        <source>Partnerorganisatie aangepast</source>
        <translation>Partner organisation changed</translation>
    </message>
    <message>
        <source>Partnerorganisatie niet meer gebruikt</source>
        <translation>Partner organisation no longer used</translation>
    </message>
    <message>
        <source>Contactpersoon toegevoegd</source>
        <translation>Contact person added</translation>
    </message>
    <message>
        <source>Contactpersoon ingelezen</source>
        <translation>Contact person imported</translation>
    </message>
    <message>
        <source>Contactpersoon aangepast</source>
        <translation>Contact person changed</translation>
    </message>
    <message>
        <source>Contactpersoon niet meer gebruikt</source>
        <translation>Contact person no longer used</translation>
    </message>
    <message>
        <source>Aanbieder toegevoegd</source>
        <translation>Provider added</translation>
    </message>
    <message>
        <source>Aanbieder ingelezen</source>
        <translation>Provider imported</translation>
    </message>
    <message>
        <source>Aanbieder aangepast</source>
        <translation>Provider changed</translation>
    </message>
    <message>
        <source>Aanbieder niet meer gebruikt</source>
        <translation>Provider no longer used</translation>
    </message>
    <message>
        <source>Opleiding toegevoegd</source>
        <translation>Course added</translation>
    </message>
    <message>
        <source>Opleiding ingelezen</source>
        <translation>Course imported</translation>
    </message>
    <message>
        <source>Opleiding aangepast</source>
        <translation>Course changed</translation>
    </message>
    <message>
        <source>Opleiding niet meer gebruikt</source>
        <translation>Course no longer used</translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Registratie uitgevoerd</source>
        <translation>Registration exported</translation>
    </message>
    <message>
        <source>Monitoringgegevens uitgevoerd</source>
        <translation>Monitoring data exported</translation>
    </message>
    <message>
        <source>Bewaartermijn gewijzigd</source>
        <translation>Retention period changed</translation>
    </message>
    <message>
        <source>Bewaartermijn toegepast</source>
        <translation>Retention period applied</translation>
    </message>
    <message>
        <source>Bewaartermijn vanzelf toegepast</source>
        <translation>Retention period applied at start</translation>
    </message>
    <message>
        <source>Bevestiging van de synchronisatie</source>
        <translation>Synchronisation confirmed</translation>
    </message>
    <message>
        <source>Eigen versie gehouden bij een conflict</source>
        <translation>Own version kept in a conflict</translation>
    </message>
    <message>
        <source>Demogegevens gemaakt</source>
        <translation>Demo data made</translation>
    </message>
    <message>
        <source>Handeling van een nieuwere versie ({code})</source>
        <translation>Action of a newer version ({code})</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>alle acties</source>
        <translation>all actions</translation>
    </message>
    <message>
        <source>dossiernummer</source>
        <translation>file number</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Gebeurtenissen</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Niets in deze periode.</source>
        <translation>Nothing in this period.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Beheren… (Ctrl+Shift+O)</source>
        <translation>&amp;Manage… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Zoek opleiding, aanbieder of gemeente</source>
        <translation>Search training, provider or municipality</translation>
    </message>
    <message>
        <source>Opleidingsaanbod doorzoeken</source>
        <translation>Search the training offer</translation>
    </message>
    <message>
        <source>Opleidingen</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <source>Geen opleiding gevonden voor ‘{text}’.</source>
        <translation>No course found for ‘{text}’.</translation>
    </message>
    <message>
        <source>Nog geen opleidingen in het aanbod. Voeg er een toe met Ctrl+Shift+O of lees ze in met Ctrl+I.</source>
        <translation>No courses in the offer yet. Add one with Ctrl+Shift+O or import them with Ctrl+I.</translation>
    </message>
    <message>
        <source>Nog geen opleidingen in het aanbod: een coördinator voegt ze toe.</source>
        <translation>No courses in the offer yet: a coordinator adds them.</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <source>Gegevens van {name} wijzigen</source>
        <translation>Change the details of {name}</translation>
    </message>
    <message>
        <source>Dit is iemand &amp;anders: toch bewaren</source>
        <translation>This is someone &amp;else: save anyway</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Moeizaam &amp;schoolverleden</source>
        <translation>D&amp;ifficult school past</translation>
    </message>
    <message>
        <source>&amp;Zwak netwerk</source>
        <translation>Wea&amp;k network</translation>
    </message>
    <message>
        <source>Ges&amp;lacht</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>St&amp;raat</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>Ge&amp;meente</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Ne&amp;derlands</source>
        <translation>Dutc&amp;h</translation>
    </message>
    <message>
        <source>&amp;Hoogste diploma</source>
        <translation>Highest &amp;qualification</translation>
    </message>
    <message>
        <source>Buitenlands dipl&amp;oma</source>
        <translation>Fo&amp;reign diploma</translation>
    </message>
    <message>
        <source>Stud&amp;ieverleden</source>
        <translation>Stud&amp;y history</translation>
    </message>
    <message>
        <source>Pra&amp;ktische drempels</source>
        <translation>Practical &amp;barriers</translation>
    </message>
    <message>
        <source>Net&amp;werk</source>
        <translation>Net&amp;work</translation>
    </message>
    <message>
        <source>&amp;Bewaren (Ctrl+Enter)</source>
        <translation>Sa&amp;ve (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gegevens van de cliënt bewaard</source>
        <translation>Client details saved</translation>
    </message>
</context>
<context>
    <name>ClientIdentity</name>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Zelfde</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Mogelijk al geregistreerd (Enter op een rij: die cliënt):</source>
        <translation>Possibly registered already (Enter on a row: that client):</translation>
    </message>
    <message>
        <source>Mogelijk al geregistreerd:</source>
        <translation>Possibly already registered:</translation>
    </message>
    <message>
        <source>Mogelijke dubbels</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E&amp;mail</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Zoek op naam, dossiernummer, telefoon of e-mail</source>
        <translation>Search by name, file number, phone or email</translation>
    </message>
    <message>
        <source>Cliënten zoeken</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënt (Ctrl+Shift+N)</source>
        <translation>&amp;New client (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Niemand gevonden voor ‘{text}’.</source>
        <translation>Nobody found for ‘{text}’.</translation>
    </message>
    <message>
        <source>Nog geen cliënten. Registreer er een met Ctrl+Shift+N, noteer een eerste contact met Ctrl+N, of lees registraties in met Ctrl+I.</source>
        <translation>No clients yet. Register one with Ctrl+Shift+N, note a first contact with Ctrl+N, or import registrations with Ctrl+I.</translation>
    </message>
    <message>
        <source>Nog geen cliënten. Registreer er een met Ctrl+Shift+N of noteer een eerste contact met Ctrl+N.</source>
        <translation>No clients yet. Register one with Ctrl+Shift+N or note a first contact with Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>CloseLoopDialog</name>
    <message>
        <source>Doorverwijzing opvolgen</source>
        <translation>Follow up a referral</translation>
    </message>
    <message>
        <source>&amp;Aangekomen bij de partner</source>
        <translation>&amp;Arrived at the partner</translation>
    </message>
    <message>
        <source>&amp;Niet aangekomen</source>
        <translation>&amp;Did not arrive</translation>
    </message>
    <message>
        <source>bv. partner bevestigt het eerste gesprek</source>
        <translation>e.g. the partner confirms the first meeting</translation>
    </message>
    <message>
        <source>&amp;Doorverwijzing</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>N&amp;otitie (optioneel)</source>
        <translation>&amp;Note (optional)</translation>
    </message>
    <message>
        <source>Deze leervraag heeft geen open doorverwijzing.</source>
        <translation>This learning request has no open referral.</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Doorverwijzing opgevolgd</source>
        <translation>Referral followed up</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <source>Leervraag afsluiten</source>
        <translation>Close learning request</translation>
    </message>
    <message>
        <source>— kies het resultaat —</source>
        <translation>— choose the outcome —</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>Tevredenheid (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>&amp;Resultaat</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Tevredenheid (1-5)</source>
        <translation>&amp;Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>Afsluiten annuleert het geboekte gesprek van {moment}: laat het de cliënt weten.</source>
        <translation>Closing cancels the session booked on {moment}: let the client know.</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Close request</translation>
    </message>
    <message>
        <source>Leervraag afgesloten</source>
        <translation>Learning request closed</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Bewaard, maar hoort bij iets verwijderds</source>
        <translation>Saved, but belongs to something deleted</translation>
    </message>
    <message>
        <source>Dit werd bewaard, maar het gegeven waar het bij hoort ({parent}) werd intussen op een andere laptop verwijderd. Kijk na of het nog klopt.</source>
        <translation>This was saved, but the record it belongs to ({parent}) was deleted on another laptop meanwhile. Check whether it is still right.</translation>
    </message>
    <message>
        <source>Dossier intussen samengevoegd</source>
        <translation>File merged meanwhile</translation>
    </message>
    <message>
        <source>U wijzigde een dubbel dossier dat intussen in dit dossier werd samengevoegd. Wat dit dossier nog niet had, kreeg het van u; dit veld had het al anders. Kies welke versie dit dossier houdt.</source>
        <translation>You changed a duplicate file that was merged into this file meanwhile. What this file did not have yet it took from you; this field it already had otherwise. Choose which version this file keeps.</translation>
    </message>
    <message>
        <source>Ook elders gewijzigd</source>
        <translation>Also changed elsewhere</translation>
    </message>
    <message>
        <source>Een collega wijzigde dit veld intussen op een andere laptop. Het kantoor houdt voorlopig die versie; kies welke versie blijft.</source>
        <translation>A colleague changed this field on another laptop meanwhile. The office keeps that version for now; choose which version stays.</translation>
    </message>
    <message>
        <source>Vervangen door een latere wijziging</source>
        <translation>Replaced by a later change</translation>
    </message>
    <message>
        <source>Uw wijziging werd vervangen door een wijziging van een collega die later bij het kantoor aankwam (de laatste wijziging telt). Was uw versie de juiste, houd ze dan; anders neemt u de andere.</source>
        <translation>Your change was replaced by a colleague&apos;s change that reached the office later (the last change counts). If your version was the right one, keep it; otherwise take the other.</translation>
    </message>
    <message>
        <source>Vervangen: collega hield eigen versie</source>
        <translation>Replaced: a colleague kept their version</translation>
    </message>
    <message>
        <source>Een collega koos in het eigen conflictenoverzicht de eigen versie boven de uwe; het kantoor heeft nu die versie. Wie dat was, staat bij “Op de server”: overleg met hem of haar. Was uw versie toch de juiste, houd ze dan; anders neemt u de andere.</source>
        <translation>A colleague chose their own version over yours in their conflict inbox; the office now has that version. Who it was is shown under “On the server”: talk it over with them. If your version was the right one after all, keep it; otherwise take the other one.</translation>
    </message>
    <message>
        <source>Verwijderd terwijl elders gewijzigd</source>
        <translation>Deleted while changed elsewhere</translation>
    </message>
    <message>
        <source>U verwijderde dit terwijl een collega het op een andere laptop nog wijzigde. Het blijft verwijderd.</source>
        <translation>You deleted this while a colleague was still changing it on another laptop. It stays deleted.</translation>
    </message>
    <message>
        <source>Niet bewaard: intussen verwijderd</source>
        <translation>Not saved: deleted meanwhile</translation>
    </message>
    <message>
        <source>Niet bewaard: dit werd intussen op een andere laptop verwijderd.</source>
        <translation>Not saved: this was deleted on another laptop meanwhile.</translation>
    </message>
    <message>
        <source>Niet bewaard: gegevens gewist</source>
        <translation>Not saved: data erased</translation>
    </message>
    <message>
        <source>Niet bewaard: de gegevens van deze persoon werden gewist (AVG).</source>
        <translation>Not saved: this person&apos;s data was erased (GDPR).</translation>
    </message>
    <message>
        <source>Niet bewaard: bestaat niet meer</source>
        <translation>Not saved: no longer exists</translation>
    </message>
    <message>
        <source>Niet bewaard: dit bestaat niet (meer) bij het kantoor.</source>
        <translation>Not saved: the office does not have this (any more).</translation>
    </message>
    <message>
        <source>Niet bewaard: niet voor uw rol</source>
        <translation>Not saved: not for your role</translation>
    </message>
    <message>
        <source>Niet bewaard: uw rol laat dit niet toe. Vraag het aan een coördinator.</source>
        <translation>Not saved: your role does not allow this. Ask a coordinator.</translation>
    </message>
    <message>
        <source>Niet bewaard: onbekend soort gegeven</source>
        <translation>Not saved: unknown kind of record</translation>
    </message>
    <message>
        <source>Niet bewaard: de synchronisatieserver kent dit soort gegevens niet. Draait ze een andere versie van Leerwinkel Desk? Meld het aan de beheerder.</source>
        <translation>Not saved: the sync server does not know this kind of record. Does it run another version of Leerwinkel Desk? Tell the administrator.</translation>
    </message>
    <message>
        <source>Niet bewaard: nummer ongeldig</source>
        <translation>Not saved: invalid number</translation>
    </message>
    <message>
        <source>Niet bewaard: het dossier- of leervraagnummer heeft geen geldige vorm.</source>
        <translation>Not saved: the file or request number is not in a valid form.</translation>
    </message>
    <message>
        <source>Niet bewaard: nummer niet van deze laptop</source>
        <translation>Not saved: not this laptop&apos;s number</translation>
    </message>
    <message>
        <source>Niet bewaard: dit dossier- of leervraagnummer hoort niet bij de nummers die deze laptop kreeg.</source>
        <translation>Not saved: this file or request number is not one of the numbers this laptop was given.</translation>
    </message>
    <message>
        <source>Niet bewaard: stap niet toegelaten</source>
        <translation>Not saved: step not allowed</translation>
    </message>
    <message>
        <source>Niet bewaard: deze stap kan niet in de fase waarin de leervraag intussen staat.</source>
        <translation>Not saved: this step is not possible in the phase the request has reached meanwhile.</translation>
    </message>
    <message>
        <source>Niet bewaard: geen geldige toestemming</source>
        <translation>Not saved: no valid consent</translation>
    </message>
    <message>
        <source>Niet bewaard: de toestemming van de cliënt dekt dit niet (meer), bijvoorbeeld omdat ze intussen werd ingetrokken.</source>
        <translation>Not saved: the client&apos;s consent does not cover this (any more), for instance because it was withdrawn meanwhile.</translation>
    </message>
    <message>
        <source>Niet bewaard: waarde niet geldig</source>
        <translation>Not saved: invalid value</translation>
    </message>
    <message>
        <source>Niet bewaard: een waarde voldoet niet aan de regels van de app.</source>
        <translation>Not saved: a value does not meet the app&apos;s rules.</translation>
    </message>
    <message>
        <source>Niet samengevoegd: al samengevoegd</source>
        <translation>Not merged: already merged</translation>
    </message>
    <message>
        <source>Niet samengevoegd: een van beide dossiers werd intussen al met een ander dossier samengevoegd.</source>
        <translation>Not merged: one of the two files was merged with another file meanwhile.</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Niet bewaard: het past niet bij wat het kantoor al heeft (bijvoorbeeld iets dat er al is). Kijk het na en voer het zo nodig opnieuw in.</source>
        <translation>Not saved: it does not fit what the office already has (for instance something that is already there). Check it and enter it again if need be.</translation>
    </message>
    <message>
        <source>(niet op deze laptop)</source>
        <translation>(not on this laptop)</translation>
    </message>
    <message>
        <source>ander gegeven</source>
        <translation>other field</translation>
    </message>
    <message>
        <source>(onbekende waarde)</source>
        <translation>(unknown value)</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Op de server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Wat gebeurde</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Ik, op</source>
        <translation>Mine, at</translation>
    </message>
    <message>
        <source>Zij, op</source>
        <translation>Theirs, at</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>ConflictInboxDialog</name>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Hun versie nemen</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>&amp;Gelezen</source>
        <translation>Mark as &amp;read</translation>
    </message>
    <message>
        <source>Alt+M houdt uw versie, Alt+H neemt de andere; Enter toont alles.</source>
        <translation>Alt+K keeps your version, Alt+T takes the other; Enter shows everything.</translation>
    </message>
    <message>
        <source>Alt+G zet het bij wat gelezen is; Enter toont alles.</source>
        <translation>Alt+R marks it as read; Enter shows everything.</translation>
    </message>
    <message>
        <source>Conflict beslist</source>
        <translation>Conflict settled</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Toestemming registreren</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Gegevens die gedeeld mogen worden</source>
        <translation>Data that may be shared</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Hoe gegeven</source>
        <translation>&amp;How given</translation>
    </message>
    <message>
        <source>Geldig &amp;tot</source>
        <translation>Valid un&amp;til</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Toestemming geregistreerd</source>
        <translation>Consent recorded</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contactpersonen bij {partner}</source>
        <translation>Contact persons at {partner}</translation>
    </message>
    <message>
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Contactpersoon bewaard: {name}</source>
        <translation>Contact person saved: {name}</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>Bijdrage van de cliënt</source>
        <translation>Client contribution</translation>
    </message>
    <message>
        <source>Uurbedrag van het kantoor: {amount}</source>
        <translation>The office&apos;s hourly amount: {amount}</translation>
    </message>
    <message>
        <source>Het uurbedrag van het kantoor is nog niet ingesteld.</source>
        <translation>The office&apos;s hourly amount has not been set yet.</translation>
    </message>
    <message>
        <source>geen vrijstelling</source>
        <translation>no exemption</translation>
    </message>
    <message>
        <source>Betaald met &amp;loopbaancheques</source>
        <translation>Paid with career &amp;vouchers</translation>
    </message>
    <message>
        <source>Te betalen</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ontvangstbewijs &amp;afdrukken (PDF)</source>
        <translation>&amp;Print a receipt (PDF)</translation>
    </message>
    <message>
        <source>&amp;Uren begeleiding</source>
        <translation>&amp;Hours of guidance</translation>
    </message>
    <message>
        <source>&amp;Vrijstelling</source>
        <translation>&amp;Exemption</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Vrijgesteld: {ground}, volgens de status van de cliënt.</source>
        <translation>Exempt: {ground}, from the client&apos;s status.</translation>
    </message>
    <message>
        <source>Vrijgesteld: {ground}, door u gekozen.</source>
        <translation>Exempt: {ground}, as you chose.</translation>
    </message>
    <message>
        <source>Gratis: informatie en bemiddeling (niveau 1-2) kosten niets.</source>
        <translation>Free: information and mediation (levels 1-2) cost nothing.</translation>
    </message>
    <message>
        <source>Te betalen door de cliënt: {amount}</source>
        <translation>Due from the client: {amount}</translation>
    </message>
    <message>
        <source>Te betalen met loopbaancheques: {amount}</source>
        <translation>Due in career vouchers: {amount}</translation>
    </message>
    <message>
        <source>Niets te betalen (sociale correctie): {amount}</source>
        <translation>Nothing to pay (social correction): {amount}</translation>
    </message>
    <message>
        <source>Gratis: {amount}</source>
        <translation>Free: {amount}</translation>
    </message>
    <message>
        <source>Bijdrage bewaard</source>
        <translation>Contribution saved</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>Opleiding</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kostprijs</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Niveau (EQF)</source>
        <translation>Level (EQF)</translation>
    </message>
    <message>
        <source>Erkend diploma</source>
        <translation>Recognised qualification</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>&apos;s Avonds</source>
        <translation>Evenings</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Online/hybride</source>
        <translation>Online/hybrid</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Opleidingscheques</source>
        <translation>Training vouchers</translation>
    </message>
    <message>
        <source>Opleidingsverlof</source>
        <translation>Training leave</translation>
    </message>
    <message>
        <source>Vrijstelling inschrijvingsgeld</source>
        <translation>Enrolment fee exemption</translation>
    </message>
    <message>
        <source>Niveau Nederlands</source>
        <translation>Dutch level</translation>
    </message>
</context>
<context>
    <name>CoursesDialog</name>
    <message>
        <source>Opleidingsaanbod beheren</source>
        <translation>Manage the training offer</translation>
    </message>
    <message>
        <source>bv. 2 schooljaren, 120 uur</source>
        <translation>e.g. 2 school years, 120 hours</translation>
    </message>
    <message>
        <source>bv. 180 (leeg: niet gekend)</source>
        <translation>e.g. 180 (empty: not known)</translation>
    </message>
    <message>
        <source>niet gekend</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Er&amp;kend diploma of certificaat</source>
        <translation>Re&amp;cognised diploma or certificate</translation>
    </message>
    <message>
        <source>geen eis</source>
        <translation>no requirement</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Aanbieder</source>
        <translation>Pro&amp;vider</translation>
    </message>
    <message>
        <source>Ni&amp;veau (EQF)</source>
        <translation>&amp;Level (EQF)</translation>
    </message>
    <message>
        <source>&amp;Duur</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>Uurrooster</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Lesv&amp;orm</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Prijs (€)</source>
        <translation>&amp;Price (€)</translation>
    </message>
    <message>
        <source>Steun</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Ned&amp;erlands vereist</source>
        <translation>Dutch re&amp;quired</translation>
    </message>
    <message>
        <source>&amp;Instapvoorwaarden</source>
        <translation>Entry requ&amp;irements</translation>
    </message>
    <message>
        <source>Volgende &amp;start</source>
        <translation>Ne&amp;xt start</translation>
    </message>
    <message>
        <source>Aanbieders be&amp;heren…</source>
        <translation>Manage provi&amp;ders…</translation>
    </message>
    <message>
        <source>Opleiding bewaard: {title}</source>
        <translation>Course saved: {title}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Er ging iets onverwachts mis. Wat u typte is bewaard als concept ({kept}) en wordt terug aangeboden. De fout staat in het logboek, zonder persoonsgegevens.</source>
        <translation>Something unexpected went wrong. What you typed has been saved as a draft ({kept}) and will be offered to you again. The error has been written to the log, without personal data.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. Wat u typte kon niet als concept bewaard worden: het staat nog in het formulier. De fout staat in het logboek, zonder persoonsgegevens.</source>
        <translation>Something unexpected went wrong. What you typed could not be saved as a draft: it is still in the form. The error has been written to the log, without personal data.</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis. De fout staat in het logboek, zonder persoonsgegevens.</source>
        <translation>Something unexpected went wrong. The error has been written to the log, without personal data.</translation>
    </message>
</context>
<context>
    <name>DataPlacesDialog</name>
    <message>
        <source>Waar staan de gegevens?</source>
        <translation>Where is the data?</translation>
    </message>
    <message>
        <source>Databank</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Sleutels (per persoon, met de wachtwoordzin ontgrendeld)</source>
        <translation>Keys (one per person, unlocked by the passphrase)</translation>
    </message>
    <message>
        <source>Back-ups (elke dag, en voor elke schema-upgrade)</source>
        <translation>Backups (every day, and before every schema upgrade)</translation>
    </message>
    <message>
        <source>Brieven (versleuteld)</source>
        <translation>Letters (encrypted)</translation>
    </message>
    <message>
        <source>Logboek (zonder persoonsgegevens)</source>
        <translation>Log (without personal data)</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Neem de databank, het sleutelbestand en de map back-ups mee in de back-up van de computer.</source>
        <translation>Include the database, the key file and the backups folder in the computer&apos;s backup.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/jjjj (leeg: onbekend)</source>
        <translation>dd/mm/yyyy (empty: unknown)</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Laptops van het kantoor</source>
        <translation>The office&apos;s laptops</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Toestand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laatst gezien</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Laptops worden geladen…</source>
        <translation>Loading laptops…</translation>
    </message>
    <message>
        <source>&amp;Code voor een nieuwe laptop</source>
        <translation>&amp;Code for a new laptop</translation>
    </message>
    <message>
        <source>&amp;Voor wie</source>
        <translation>&amp;For whom</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Ook de gegevens op die laptop &amp;wissen</source>
        <translation>Also &amp;wipe the data on that laptop</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>1 laptop</source>
        <translation>1 laptop</translation>
    </message>
    <message>
        <source>{n} laptops</source>
        <translation>{n} laptops</translation>
    </message>
    <message>
        <source>{name} begon aan te sluiten maar raakte nooit klaar: de eerste synchronisatie werd nooit afgerond. Opnieuw aansluiten met dezelfde code gaat verder; staat die laptop er niet meer, verwijder hem dan (Alt+R).</source>
        <translation>{name} started to join but never got there: its first sync never finished. Joining again with the same code goes on; if that laptop is no longer there, remove it (Alt+M).</translation>
    </message>
    <message>
        <source>De synchronisatieserver antwoordde niet zoals verwacht ({code}).</source>
        <translation>The sync server did not answer as expected ({code}).</translation>
    </message>
    <message>
        <source>Eenmalige code voor {login} (24 uur geldig, alleen voor die login): {code}
Adres van de server: {server}</source>
        <translation>One-time code for {login} (valid 24 hours, only for that login): {code}
Server address: {server}</translation>
    </message>
    <message>
        <source>De laptop &quot;{name}&quot; van {person} intrekken?</source>
        <translation>Revoke the laptop &quot;{name}&quot; of {person}?</translation>
    </message>
    <message>
        <source>De laptop &quot;{name}&quot; intrekken? Van wie hij is, weet de server nog niet.</source>
        <translation>Revoke the laptop &quot;{name}&quot;? The server does not know yet whose it is.</translation>
    </message>
    <message>
        <source>Laatst gesynchroniseerd: {seen}. Hij kan dan niet meer synchroniseren en vergrendelt bij zijn volgende contact met de server; wat hij nog niet verstuurde, komt nooit bij het kantoor aan.</source>
        <translation>Last synchronised: {seen}. It can then no longer synchronise and locks at its next contact with the server; what it has not sent never reaches the office.</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Daarbij wist hij alles van het kantoor dat Leerwinkel Desk erop bewaart.</source>
        <translation>It also wipes everything of the office that Leerwinkel Desk keeps on it.</translation>
    </message>
    <message>
        <source>Zijn gegevens worden niet gewist: ze blijven versleuteld op die laptop (vink &quot;Ook de gegevens op die laptop wissen&quot; aan om ze te wissen).</source>
        <translation>Its data is not wiped: it stays encrypted on that laptop (tick &quot;Also wipe the data on that laptop&quot; to wipe it).</translation>
    </message>
    <message>
        <source>Laptop &amp;intrekken</source>
        <translation>&amp;Revoke laptop</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>&amp;Anoniem (enkel bij een informatievraag)</source>
        <translation>&amp;Anonymous (information questions only)</translation>
    </message>
    <message>
        <source>naam of dossiernummer (nieuwe cliënt: Ctrl+Shift+N)</source>
        <translation>name or file number (new client: Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Gebruik de cliënt van het open dossier</source>
        <translation>&amp;Use the client of the open file</translation>
    </message>
    <message>
        <source>zelf gekomen — of typ een partner</source>
        <translation>came on their own — or type a partner</translation>
    </message>
    <message>
        <source>(geen loket)</source>
        <translation>(no desk)</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Vraag</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>&amp;Cliënt</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Doorverwezen door</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <source>Contact&amp;persoon</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <source>&amp;Loket</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>Niveau 1: meteen beantwoorden</source>
        <translation>Level 1: answer right away</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Beantwoorden (Ctrl+B)</source>
        <translation>A&amp;nswer (Ctrl+B)</translation>
    </message>
    <message>
        <source>An&amp;twoord</source>
        <translation>Ans&amp;wer</translation>
    </message>
    <message>
        <source>&amp;Minuten</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Niveau 2-3: intake boeken</source>
        <translation>Level 2-3: book an intake</translation>
    </message>
    <message>
        <source>Vrij moment</source>
        <translation>Free slot</translation>
    </message>
    <message>
        <source>geen vrij moment in de komende drie weken</source>
        <translation>no free time in the coming three weeks</translation>
    </message>
    <message>
        <source>&amp;Intake boeken (Ctrl+I)</source>
        <translation>Book &amp;intake (Ctrl+I)</translation>
    </message>
    <message>
        <source>Voor cliënt: {name} ({number})</source>
        <translation>For client: {name} ({number})</translation>
    </message>
    <message>
        <source>Voor: nog geen cliënt (anoniem of een nieuwe beller). Het open dossier is van {name} ({number}): {key} als de vraag van die cliënt is.</source>
        <translation>For: no client yet (anonymous or a new caller). The open file is that of {name} ({number}): {key} if the question is theirs.</translation>
    </message>
    <message>
        <source>Voor: nog geen cliënt (anoniem of een nieuwe beller)</source>
        <translation>For: no client yet (anonymous or a new caller)</translation>
    </message>
    <message>
        <source>Bewaard: vraag {number} beantwoord en afgesloten.</source>
        <translation>Saved: question {number} answered and closed.</translation>
    </message>
    <message>
        <source>Bewaard: intake geboekt voor leervraag {number}.</source>
        <translation>Saved: intake booked for learning request {number}.</translation>
    </message>
    <message>
        <source>(niemand in het bijzonder)</source>
        <translation>(no one in particular)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Ingeschreven op {date}</source>
        <translation>Enrolled on {date}</translation>
    </message>
    <message>
        <source>{age} jaar</source>
        <translation>{age} years old</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>Nederlands: {level}</source>
        <translation>Dutch: {level}</translation>
    </message>
    <message>
        <source>⚑ moeizaam schoolverleden</source>
        <translation>⚑ difficult school history</translation>
    </message>
    <message>
        <source>⚑ zwak netwerk</source>
        <translation>⚑ weak support network</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Begeleider: {names}</source>
        <translation>Counsellor: {names}</translation>
    </message>
    <message>
        <source> tot {date}</source>
        <translation> until {date}</translation>
    </message>
    <message>
        <source>Toestemming in voege: {list}</source>
        <translation>Consent in force: {list}</translation>
    </message>
    <message>
        <source>Geen toestemming in voege</source>
        <translation>No consent in force</translation>
    </message>
    <message>
        <source>sinds {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>Nog geen leervraag. Begin er een met Ctrl+N (Nieuw contact), dan Alt+G voor deze cliënt: een vraag beantwoorden of een intake boeken.</source>
        <translation>No learning request yet. Start one with Ctrl+N (New contact), then Alt+U for this client: answer a question or book an intake.</translation>
    </message>
    <message>
        <source>{step} (resultaat: {outcome})</source>
        <translation>{step} (result: {outcome})</translation>
    </message>
    <message>
        <source>Notities:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>informatiegesprek</source>
        <translation>information session</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>trajectgesprek</source>
        <translation>trajectory session</translation>
    </message>
    <message>
        <source>nazorggesprek</source>
        <translation>aftercare session</translation>
    </message>
    <message>
        <source>gesprek</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Leervraag</source>
        <translation>Learning request</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Leervragen</source>
        <translation>Learning requests</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Acties op de leervraag</source>
        <translation>Actions on the learning request</translation>
    </message>
    <message>
        <source>Gegevens wijzigen (Ctrl+E)</source>
        <translation>Change details (Ctrl+E)</translation>
    </message>
    <message>
        <source>Microcontact (Ctrl+M)</source>
        <translation>Micro-contact (Ctrl+M)</translation>
    </message>
    <message>
        <source>Gesprek (Ctrl+G)</source>
        <translation>Session (Ctrl+G)</translation>
    </message>
    <message>
        <source>Naar traject (Ctrl+Shift+T)</source>
        <translation>To trajectory (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Opties (Ctrl+O)</source>
        <translation>Options (Ctrl+O)</translation>
    </message>
    <message>
        <source>Toestemming (Ctrl+Shift+C)</source>
        <translation>Consent (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Overdracht (Ctrl+Shift+H)</source>
        <translation>Handover (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Doorverwijzen (Ctrl+D)</source>
        <translation>Refer out (Ctrl+D)</translation>
    </message>
    <message>
        <source>Doorverwijzing opgevolgd (Ctrl+Shift+D)</source>
        <translation>Referral followed up (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Bijdrage (Ctrl+Shift+K)</source>
        <translation>Contribution (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Herinnering (Ctrl+Shift+R)</source>
        <translation>Reminder (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Opvolgen (Ctrl+Shift+F)</source>
        <translation>Follow up (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Ingeschreven (Ctrl+Shift+I)</source>
        <translation>Enrolled (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Afsluiten (Ctrl+Shift+A)</source>
        <translation>Close (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Afdrukken (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Toewijzen… (Ctrl+Shift+W)</source>
        <translation>Assign… (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Inzage (AVG)… (Ctrl+Shift+E)</source>
        <translation>Access request (GDPR)… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Wissen (AVG)…</source>
        <translation>Erase (GDPR)…</translation>
    </message>
    <message>
        <source>Deze cliënt heeft geen toestemming in voege om in te trekken.</source>
        <translation>This client has no consent in force to withdraw.</translation>
    </message>
    <message>
        <source>Er is geen geboekt gesprek om aan te herinneren.</source>
        <translation>There is no booked session to remind of.</translation>
    </message>
    <message>
        <source>Er is geen geboekt gesprek voor een afsprakenkaart.</source>
        <translation>There is no booked session for an appointment card.</translation>
    </message>
    <message>
        <source>Afsprakenkaart bewaard: {file}</source>
        <translation>Appointment card saved: {file}</translation>
    </message>
    <message>
        <source>{number}-ontvangstbewijs.pdf</source>
        <translation>{number}-receipt.pdf</translation>
    </message>
    <message>
        <source>Ontvangstbewijs bewaren</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Ontvangstbewijs bewaard: {file}</source>
        <translation>Receipt saved: {file}</translation>
    </message>
    <message>
        <source>Ontvangstbewijs wordt gemaakt…</source>
        <translation>Making the receipt…</translation>
    </message>
    <message>
        <source>Inzage bewaren in map</source>
        <translation>Save the access request in folder</translation>
    </message>
    <message>
        <source>Inzage bewaard: {json} en {pdf}</source>
        <translation>Access request saved: {json} and {pdf}</translation>
    </message>
    <message>
        <source>Inzage wordt gemaakt…</source>
        <translation>Making the access request…</translation>
    </message>
    <message>
        <source>Een cliënt wissen (AVG) kan alleen een coördinator: vraag het aan een coördinator van uw kantoor.</source>
        <translation>Only a coordinator can erase a client (GDPR): ask a coordinator of your office.</translation>
    </message>
    <message>
        <source>De cliënt is gewist</source>
        <translation>The client was erased</translation>
    </message>
    <message>
        <source>Leervraag {number} is afgesloten: haar niveau verandert niet meer.</source>
        <translation>Learning request {number} is closed: its tier no longer changes.</translation>
    </message>
    <message>
        <source>Leervraag {number} is al een begeleidingstraject (niveau 3).</source>
        <translation>Learning request {number} is already a guidance trajectory (tier 3).</translation>
    </message>
    <message>
        <source>Leervraag {number} naar niveau 3 (begeleidingstraject) brengen?</source>
        <translation>Move learning request {number} up to tier 3 (guidance trajectory)?</translation>
    </message>
    <message>
        <source>De intake is nog niet gehouden.</source>
        <translation>The intake has not been held yet.</translation>
    </message>
    <message>
        <source>Naar traject</source>
        <translation>To trajectory</translation>
    </message>
    <message>
        <source>&amp;Naar traject</source>
        <translation>&amp;To trajectory</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Naar niveau 3 (traject) gebracht</source>
        <translation>Moved to tier 3 (trajectory)</translation>
    </message>
    <message>
        <source>Inschrijving bevestigd</source>
        <translation>Enrolment confirmed</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Cliënt wissen (AVG)</source>
        <translation>Erase client (GDPR)</translation>
    </message>
    <message>
        <source>Dossiernummer ter bevestiging</source>
        <translation>File number to confirm</translation>
    </message>
    <message>
        <source>&amp;Dossiernummer</source>
        <translation>&amp;File number</translation>
    </message>
    <message>
        <source>&amp;Wissen</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>U wist alle persoonsgegevens van {name} ({number}): naam, geboortedatum, contactgegevens, situatie, wat er getypt is in gesprekken en doorverwijzingen, de brieven in de app en de concepten. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>You erase all personal data of {name} ({number}): name, birth date, contact details, situation, what was typed in conversations and referrals, the letters in the app and the drafts. This cannot be undone.</translation>
    </message>
    <message>
        <source>Wat blijft: de leervragen en contacten, anoniem (zonder naam en zonder getypte tekst), zodat de monitoringcijfers blijven kloppen.</source>
        <translation>What stays: the learning requests and contacts, anonymised (without a name and without typed text), so that the monitoring figures stay right.</translation>
    </message>
    <message>
        <source>Wat dit niet wist: kopieën buiten de app, zoals een inzagemap of bewaarde pdf&apos;s, en brieven die al naar partners zijn verstuurd. Die wist of vraagt u zelf terug.</source>
        <translation>What this does not erase: copies outside the app, such as an access request folder or saved PDFs, and letters already sent to partners. Erase those yourself or ask for them back.</translation>
    </message>
    <message>
        <source>• open leervragen: {n}. Ze worden afgesloten als ‘{dropped}’ (een bevestigde inschrijving blijft ‘{enrolled}’, een vraag van niveau 1 ‘{answered}’).</source>
        <translation>• open learning requests: {n}. They are closed as ‘{dropped}’ (a confirmed enrolment stays ‘{enrolled}’, a tier-1 question ‘{answered}’).</translation>
    </message>
    <message>
        <source>• geboekte gesprekken: {n}. Ze worden geannuleerd; laat het de cliënt weten.</source>
        <translation>• booked sessions: {n}. They are cancelled; let the client know.</translation>
    </message>
    <message>
        <source>• doorverwijzingen zonder uitkomst: {n}. Ze blijven zonder uitkomst en verdwijnen van Vandaag.</source>
        <translation>• referrals without an outcome: {n}. They stay without an outcome and leave Today.</translation>
    </message>
    <message>
        <source>⚠ Lopend werk dat hiermee stopt:</source>
        <translation>⚠ Work in progress this ends:</translation>
    </message>
    <message>
        <source>Typ het dossiernummer {number} om te bevestigen.</source>
        <translation>Type the file number {number} to confirm.</translation>
    </message>
    <message>
        <source>Dat is niet het dossiernummer {number}: er is niets gewist.</source>
        <translation>That is not the file number {number}: nothing was erased.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Bestandsnaam:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Kiezen</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Map&amp;naam:</source>
        <translation>Folder &amp;name:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welkom bij Leerwinkel Desk</source>
        <translation>Welcome to Leerwinkel Desk</translation>
    </message>
    <message>
        <source>&amp;Ons kantoor inrichten: een lege, versleutelde databank</source>
        <translation>Set up &amp;our office: an empty, encrypted database</translation>
    </message>
    <message>
        <source>Eerst de &amp;demo verkennen: een aparte oefendatabank</source>
        <translation>Explore the &amp;demo first: a separate practice database</translation>
    </message>
    <message>
        <source>Aanmelden als {login} met de wachtwoordzin {passphrase}. Uw kantoor richt u later in via Bestand &gt; Ons kantoor inrichten; de demo blijft apart.</source>
        <translation>Sign in as {login} with the passphrase {passphrase}. Set up your office later with File &gt; Set up our office; the demo stays separate.</translation>
    </message>
    <message>
        <source>&amp;Naam van het kantoor</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Volledige naam</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin (minstens {n} tekens)</source>
        <translation>&amp;Passphrase (at least {n} characters)</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;herhalen</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <source>&amp;Aansluiten bij een kantoor (met een code van de coördinator)</source>
        <translation>&amp;Join an office (with a code from the coordinator)</translation>
    </message>
    <message>
        <source>Adres van de se&amp;rver</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>Een&amp;malige code</source>
        <translation>One-&amp;time code</translation>
    </message>
    <message>
        <source>De schijf liep vol; maak eerst ruimte vrij.</source>
        <translation>The disk filled up; free some space first.</translation>
    </message>
    <message>
        <source>De verbinding met de server viel weg.</source>
        <translation>The connection to the server was lost.</translation>
    </message>
    <message>
        <source>De server is nu niet beschikbaar.</source>
        <translation>The server is unavailable just now.</translation>
    </message>
    <message>
        <source>Het aansluiten stopte ({reason}).</source>
        <translation>Joining stopped ({reason}).</translation>
    </message>
    <message>
        <source>⚠ {why} Start opnieuw met dezelfde code en wachtwoordzin: het aansluiten gaat verder waar het stopte. De gegevens van het kantoor verschijnen pas als ze er allemaal zijn.</source>
        <translation>⚠ {why} Start again with the same code and passphrase: joining goes on where it stopped. The office&apos;s data appears only once all of it is here.</translation>
    </message>
    <message>
        <source>⚠ {file} is de sleutel van een eerdere databank, die hier ontbreekt. Er werd niets gemaakt: zet de databank terug, of verplaats dat bestand.</source>
        <translation>⚠ {file} is the key of an earlier database, which is missing here. Nothing was made: put the database back, or move that file away.</translation>
    </message>
    <message>
        <source>Een her&amp;stelsleutel maken om af te drukken (aanbevolen)</source>
        <translation>Make a recovery &amp;key to print (recommended)</translation>
    </message>
    <message>
        <source>Voor als elke wachtwoordzin verloren is: met de afgedrukte sleutel kiest een coördinator een nieuwe wachtwoordzin.</source>
        <translation>For when every passphrase is lost: with the printed key a coordinator chooses a new passphrase.</translation>
    </message>
    <message>
        <source>&amp;Uw gebruikersnaam (waarvoor de code gemaakt is)</source>
        <translation>Your &amp;user name (the one the code was made for)</translation>
    </message>
    <message>
        <source>Nieuwe wach&amp;twoordzin (minstens {n} tekens)</source>
        <translation>N&amp;ew passphrase (at least {n} characters)</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin nog &amp;eens</source>
        <translation>New passphrase &amp;again</translation>
    </message>
    <message>
        <source>Starten</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ons kantoor inrichten</source>
        <translation>Set up our office</translation>
    </message>
    <message>
        <source>Een lege, versleutelde databank voor uw kantoor, naast de demo. Daarna meldt u zich aan bij uw kantoor; de demo blijft apart.</source>
        <translation>An empty, encrypted database for your office, beside the demo. Then you sign in to your office; the demo stays separate.</translation>
    </message>
    <message>
        <source>Er is nog geen databank op deze computer. Wat wilt u doen?</source>
        <translation>There is no database on this computer yet. What would you like to do?</translation>
    </message>
    <message>
        <source>De wachtwoordzin ontgrendelt de versleutelde databank. Zonder wachtwoordzin kan niemand de gegevens lezen, ook wij niet.</source>
        <translation>The passphrase unlocks the encrypted database. Without it nobody can read the data, not even us.</translation>
    </message>
    <message>
        <source>⚠ De databank kon niet worden gemaakt ({kind}). Er werd niets bewaard.</source>
        <translation>⚠ The database could not be created ({kind}). Nothing was saved.</translation>
    </message>
    <message>
        <source>⚠ De server is niet bereikbaar; controleer het adres en de verbinding. Er werd niets bewaard.</source>
        <translation>⚠ The server cannot be reached; check the address and the connection. Nothing was saved.</translation>
    </message>
    <message>
        <source>⚠ Er staat al een databank op deze computer. Er werd niets bewaard.</source>
        <translation>⚠ There already is a database on this computer. Nothing was saved.</translation>
    </message>
    <message>
        <source>⚠ De code is onbekend, al gebruikt, verlopen of voor een andere login gemaakt; vraag de coördinator een nieuwe. Er werd niets bewaard.</source>
        <translation>⚠ The code is unknown, used, expired or made for another login; ask the coordinator for a new one. Nothing was saved.</translation>
    </message>
    <message>
        <source>⚠ Het kantoor heeft geen actieve gebruiker met deze login. Er werd niets bewaard.</source>
        <translation>⚠ The office has no active user with this login. Nothing was saved.</translation>
    </message>
    <message>
        <source>⚠ De server weigerde ({code}). Er werd niets bewaard.</source>
        <translation>⚠ The server refused ({code}). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Opvolgen</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Volgend opvolgcontact op</source>
        <translation>Next follow-up contact on</translation>
    </message>
    <message>
        <source>Volgend &amp;contact op</source>
        <translation>Next &amp;contact on</translation>
    </message>
    <message>
        <source>&amp;Opvolgen</source>
        <translation>&amp;Follow up</translation>
    </message>
    <message>
        <source>Het opvolgcontact stond gepland op {date}: 1 dag te laat.</source>
        <translation>The follow-up contact was due on {date}: 1 day late.</translation>
    </message>
    <message>
        <source>Het opvolgcontact stond gepland op {date}: {days} dagen te laat.</source>
        <translation>The follow-up contact was due on {date}: {days} days late.</translation>
    </message>
    <message>
        <source>Het volgende opvolgcontact staat gepland op {date}.</source>
        <translation>The next follow-up contact is due on {date}.</translation>
    </message>
    <message>
        <source>De leervraag gaat naar de fase {phase}.</source>
        <translation>The learning request moves to the phase {phase}.</translation>
    </message>
    <message>
        <source>De leervraag blijft in de fase {phase}.</source>
        <translation>The learning request stays in the phase {phase}.</translation>
    </message>
    <message>
        <source>Opvolging tot {date}</source>
        <translation>Follow-up until {date}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Wat u typte is nog niet bewaard. Toch sluiten en het weggooien?</source>
        <translation>What you typed has not been saved. Close anyway and throw it away?</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Verder &amp;typen</source>
        <translation>Keep &amp;typing</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <source>Gegevens die gedeeld worden</source>
        <translation>Data that will be shared</translation>
    </message>
    <message>
        <source>⚠ Geen geldige toestemming voor deze ontvanger: er kan niets gedeeld worden. Registreer eerst de toestemming.</source>
        <translation>⚠ No valid consent for this recipient: nothing can be shared. Record the consent first.</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Wordt &amp;gedeeld</source>
        <translation>To be &amp;shared</translation>
    </message>
    <message>
        <source>Overdracht &amp;registreren</source>
        <translation>&amp;Record handover</translation>
    </message>
    <message>
        <source>Overdracht geregistreerd</source>
        <translation>Handover recorded</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>geen geldige CSV: {detail}</source>
        <translation>not valid CSV: {detail}</translation>
    </message>
    <message>
        <source>UTF-16 (‘Unicode-tekst’ van Excel), geen CSV-bestand: bewaar het in Excel als &apos;CSV UTF-8 (door komma&apos;s gescheiden)&apos;</source>
        <translation>UTF-16 (Excel&apos;s ‘Unicode text’), not a CSV file: save it in Excel as &apos;CSV UTF-8 (comma delimited)&apos;</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>groter dan de grens van {detail} MB voor één bestand; splits het in kleinere bestanden en importeer die na elkaar</source>
        <translation>larger than the limit of {detail} MB for one file; split it into smaller files and import them one after the other</translation>
    </message>
    <message>
        <source>verplichte kolom ontbreekt</source>
        <translation>required column missing</translation>
    </message>
    <message>
        <source>de eerste regel noemt geen enkele kolom van dit bestand: ontbreekt de kopregel? (die regel wordt niet getoond: er kunnen gegevens van een persoon in staan)</source>
        <translation>the first line names none of this file&apos;s columns: is its header row missing? (the line is not shown: it may hold a person&apos;s data)</translation>
    </message>
    <message>
        <source>kolom staat er twee keer</source>
        <translation>column appears twice</translation>
    </message>
    <message>
        <source>{value} cellen waar de kop er {detail} heeft</source>
        <translation>{value} cells where the header has {detail}</translation>
    </message>
    <message>
        <source>verplicht, maar leeg</source>
        <translation>required, but empty</translation>
    </message>
    <message>
        <source>geen van: {detail}</source>
        <translation>not one of: {detail}</translation>
    </message>
    <message>
        <source>geen datum ({detail})</source>
        <translation>not a date ({detail})</translation>
    </message>
    <message>
        <source>geen datum en uur ({detail})</source>
        <translation>not a date and time ({detail})</translation>
    </message>
    <message>
        <source>geen geheel getal ({detail})</source>
        <translation>not a whole number ({detail})</translation>
    </message>
    <message>
        <source>geen e-mailadres</source>
        <translation>not an e-mail address</translation>
    </message>
    <message>
        <source>geen telefoonnummer (cijfers, bv. 056 12 34 56)</source>
        <translation>not a phone number (digits, e.g. 056 12 34 56)</translation>
    </message>
    <message>
        <source>geen Belgische postcode (4 cijfers)</source>
        <translation>not a Belgian postcode (4 digits)</translation>
    </message>
    <message>
        <source>buiten het bereik ({detail})</source>
        <translation>out of range ({detail})</translation>
    </message>
    <message>
        <source>geen kolom van dit bestand: bedoelt u ‘{detail}’? Alle kolommen staan onder Kolommen (Alt+K)</source>
        <translation>not a column of this file: did you mean ‘{detail}’? All columns are listed under Columns (Alt+L)</translation>
    </message>
    <message>
        <source>geen kolom van dit bestand (een tikfout?); alle kolommen staan onder Kolommen (Alt+K)</source>
        <translation>not a column of this file (a typo?); all columns are listed under Columns (Alt+L)</translation>
    </message>
    <message>
        <source>toont niets: alleen onzichtbare tekens (zoals een spatie zonder breedte)</source>
        <translation>shows nothing: only invisible characters (such as a zero-width space)</translation>
    </message>
    <message>
        <source>niet leesbaar als {detail}; bewaar het in Excel als &apos;CSV UTF-8 (door komma&apos;s gescheiden)&apos;</source>
        <translation>not readable as {detail}; save it from Excel as &apos;CSV UTF-8 (Comma delimited)&apos;</translation>
    </message>
    <message>
        <source>geen UTF-8 en ook geen gewone West-Europese tekst (Windows-1252); bewaar het in Excel als &apos;CSV UTF-8 (door komma&apos;s gescheiden)&apos;</source>
        <translation>neither UTF-8 nor a plain Western European text (Windows-1252); save it in Excel as &apos;CSV UTF-8 (Comma delimited)&apos;</translation>
    </message>
    <message>
        <source>langer dan {detail} tekens</source>
        <translation>longer than {detail} characters</translation>
    </message>
    <message>
        <source>bevat een stuurteken (zoals NUL) dat niet bewaard kan worden; alleen regeleinden en tabs kunnen</source>
        <translation>holds a control character (such as NUL) that cannot be saved; only line breaks and tabs can</translation>
    </message>
    <message>
        <source>al gebruikt op regel {detail}</source>
        <translation>already used on line {detail}</translation>
    </message>
    <message>
        <source>niet in de bestanden en niet in de databank</source>
        <translation>neither in the files nor in the database</translation>
    </message>
    <message>
        <source>verplicht als {detail} ingevuld is</source>
        <translation>required when {detail} is filled in</translation>
    </message>
    <message>
        <source>ligt voor {detail}</source>
        <translation>is before {detail}</translation>
    </message>
    <message>
        <source>geen resultaat van niveau {detail}</source>
        <translation>not an outcome of tier {detail}</translation>
    </message>
    <message>
        <source>zonder cliënt kan alleen niveau 1</source>
        <translation>without a client only tier 1 is possible</translation>
    </message>
    <message>
        <source>past niet bij {detail} &apos;self&apos;</source>
        <translation>does not go with {detail} &apos;self&apos;</translation>
    </message>
    <message>
        <source>onbekende kolom</source>
        <translation>unknown column</translation>
    </message>
    <message>
        <source>geen webadres (http:// of https://)</source>
        <translation>not a web address (http:// or https://)</translation>
    </message>
    <message>
        <source>geen bedrag in euro ({detail})</source>
        <translation>not an amount in euro ({detail})</translation>
    </message>
    <message>
        <source>in de app verwijderd; regel overgeslagen</source>
        <translation>deleted in the app; row skipped</translation>
    </message>
    <message>
        <source>verplicht voor een aanbieder die nog niet in het aanbod staat</source>
        <translation>required for a provider not in the offer yet</translation>
    </message>
</context>
<context>
    <name>LetterFileName</name>
    <message>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>overdracht</source>
        <translation>handover</translation>
    </message>
</context>
<context>
    <name>LoketsDialog</name>
    <message>
        <source>Loketten en zitdagen</source>
        <translation>Desks and session days</translation>
    </message>
    <message>
        <source>bv. bus 1, halte Station; ingang links, 1e verdieping</source>
        <translation>e.g. bus 1, stop Station; entrance on the left, 1st floor</translation>
    </message>
    <message>
        <source>(in het eigen kantoor)</source>
        <translation>(at the office itself)</translation>
    </message>
    <message>
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Straat en nummer</source>
        <translation>S&amp;treet and number</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Hoe er te komen</source>
        <translation>Ho&amp;w to get there</translation>
    </message>
    <message>
        <source>&amp;Partner ter plaatse</source>
        <translation>&amp;Host partner</translation>
    </message>
    <message>
        <source>&amp;Zitdagen…</source>
        <translation>&amp;Zitdagen (session days)…</translation>
    </message>
    <message>
        <source>Loket bewaard: {name}</source>
        <translation>Desk saved: {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Aanvragen</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Opleidingsaanbod</source>
        <translation>Training offer</translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Tweedelijn &amp; signalen</source>
        <translation>Second line &amp; signals</translation>
    </message>
    <message>
        <source>Leerwinkel Desk — {office}</source>
        <translation>Leerwinkel Desk — {office}</translation>
    </message>
    <message>
        <source>Zoek cliënt: naam, dossiernummer, telefoon of e-mail (Ctrl+K)</source>
        <translation>Search client: name, file number, phone or email (Ctrl+K)</translation>
    </message>
    <message>
        <source>Cliënt zoeken</source>
        <translation>Search client</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Gebruiker: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Uw zitdag vandaag: {loket}</source>
        <translation>Your session day today: {loket}</translation>
    </message>
    <message>
        <source>Vandaag geen zitdag voor u</source>
        <translation>No session day for you today</translation>
    </message>
    <message>
        <source>Databank: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Gegevens wijzigen</source>
        <translation>Change &amp;details</translation>
    </message>
    <message>
        <source>&amp;Microcontact</source>
        <translation>&amp;Micro-contact</translation>
    </message>
    <message>
        <source>Ge&amp;sprek</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Naar traject</source>
        <translation>&amp;To trajectory</translation>
    </message>
    <message>
        <source>&amp;Opties</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>&amp;Toestemming</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>Toestemming intre&amp;kken…</source>
        <translation>&amp;Withdraw consent…</translation>
    </message>
    <message>
        <source>O&amp;verdracht</source>
        <translation>&amp;Handover</translation>
    </message>
    <message>
        <source>&amp;Doorverwijzen</source>
        <translation>&amp;Refer out</translation>
    </message>
    <message>
        <source>Doorve&amp;rwijzing opgevolgd</source>
        <translation>Referral followed &amp;up</translation>
    </message>
    <message>
        <source>&amp;Herinnering kopiëren</source>
        <translation>Cop&amp;y a reminder</translation>
    </message>
    <message>
        <source>&amp;Bijdrage</source>
        <translation>Contri&amp;bution</translation>
    </message>
    <message>
        <source>O&amp;pvolgen</source>
        <translation>&amp;Follow up</translation>
    </message>
    <message>
        <source>&amp;Ingeschreven</source>
        <translation>E&amp;nrolled</translation>
    </message>
    <message>
        <source>&amp;Leervraag afsluiten</source>
        <translation>Close &amp;learning request</translation>
    </message>
    <message>
        <source>&amp;Afdrukken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>A&amp;fsprakenkaart</source>
        <translation>&amp;Appointment card</translation>
    </message>
    <message>
        <source>Toe&amp;wijzen</source>
        <translation>Ass&amp;ign</translation>
    </message>
    <message>
        <source>In&amp;zage (AVG)</source>
        <translation>Access request (&amp;GDPR)</translation>
    </message>
    <message>
        <source>Wiss&amp;en (AVG)…</source>
        <translation>&amp;Erase (GDPR)…</translation>
    </message>
    <message>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>I&amp;mporteren en exporteren</source>
        <translation>&amp;Import and export</translation>
    </message>
    <message>
        <source>&amp;Agenda exporteren (.ics)</source>
        <translation>Export the &amp;agenda (.ics)</translation>
    </message>
    <message>
        <source>&amp;Cliënten samenvoegen</source>
        <translation>&amp;Merge clients</translation>
    </message>
    <message>
        <source>&amp;Sociale kaart beheren</source>
        <translation>Manage the s&amp;ocial map</translation>
    </message>
    <message>
        <source>&amp;Opleidingsaanbod beheren</source>
        <translation>Manage the &amp;training offer</translation>
    </message>
    <message>
        <source>&amp;Loketten en zitdagen</source>
        <translation>&amp;Desks and session days</translation>
    </message>
    <message>
        <source>&amp;Gebruikers</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>A&amp;udittrail</source>
        <translation>Audit t&amp;rail</translation>
    </message>
    <message>
        <source>&amp;Beheer van de gegevens</source>
        <translation>Data &amp;care</translation>
    </message>
    <message>
        <source>&amp;Nu synchroniseren</source>
        <translation>Synchronise &amp;now</translation>
    </message>
    <message>
        <source>Con&amp;flicten</source>
        <translation>Con&amp;flicts</translation>
    </message>
    <message>
        <source>Laptops van het &amp;kantoor</source>
        <translation>The office&apos;s &amp;laptops</translation>
    </message>
    <message>
        <source>Niets gevonden voor ‘{text}’. Zoek op een deel van de naam, het dossiernummer (zoals {example}, of alleen 54), het telefoonnummer of het e-mailadres.</source>
        <translation>Nothing found for ‘{text}’. Search by part of the name, the file number (such as {example}, or just 54), the phone number or the e-mail address.</translation>
    </message>
    <message>
        <source>De schijf is vol: het dossier gaat niet open, want wie een dossier opent, wordt eerst in het auditlogboek bewaard. Maak ruimte vrij en probeer opnieuw.</source>
        <translation>The disk is full: the dossier does not open, because who opens a dossier is first recorded in the audit log. Free some space and try again.</translation>
    </message>
    <message>
        <source>Uw wachtwoordzin is gewijzigd: vanaf nu meldt u zich daarmee aan op deze computer.</source>
        <translation>Your passphrase was changed: from now on you sign in with it on this computer.</translation>
    </message>
    <message>
        <source>Iemand anders aanmelden</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <source>{name} heeft in {forms} getypt wat niet als concept bewaard kan worden. Wie nu aanmeldt, gooit dat weg.</source>
        <translation>{name} typed in {forms} what cannot be kept as a draft. Signing in now throws it away.</translation>
    </message>
    <message>
        <source>1 formulier</source>
        <translation>1 form</translation>
    </message>
    <message>
        <source>{n} formulieren</source>
        <translation>{n} forms</translation>
    </message>
    <message>
        <source>Weggooien en &amp;aanmelden</source>
        <translation>Discard and &amp;sign in</translation>
    </message>
    <message>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Afmelden…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <source>Even wachten: de synchronisatie wordt gestopt; de wijzigingen blijven klaarstaan…</source>
        <translation>One moment: the sync is being stopped; the changes stay queued…</translation>
    </message>
    <message>
        <source>Even wachten: de dagelijkse back-up en de bewaartermijn worden afgerond…</source>
        <translation>One moment: the daily backup and the retention period are being finished…</translation>
    </message>
    <message>
        <source>Even wachten: het werk op de achtergrond wordt afgerond…</source>
        <translation>One moment: the work in the background is being finished…</translation>
    </message>
    <message>
        <source>bewaartermijn: {requests} geanonimiseerd, {clients} gewist</source>
        <translation>retention period: {requests} anonymised, {clients} erased</translation>
    </message>
    <message>
        <source>⚠ de kopie in de back-upmap is mislukt ({why}); zie Beheer van de gegevens (Ctrl+Shift+B)</source>
        <translation>⚠ the copy in the backup folder failed ({why}); see Care of the data (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>⚠ De bewaartermijn kon niet worden toegepast (de dagelijkse back-up is wel gemaakt)</source>
        <translation>⚠ The retention period could not be applied (the daily backup was made)</translation>
    </message>
    <message>
        <source>⚠ De dagelijkse back-up is mislukt ({why}); de bewaartermijn is daarom niet toegepast. Zie Beheer van de gegevens (Ctrl+Shift+B)</source>
        <translation>⚠ The daily backup failed ({why}), so the retention period was not applied. See Care of the data (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Taal wisselen</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <source>Een anonieme vraag heeft geen dossier om te openen.</source>
        <translation>An anonymous question has no dossier to open.</translation>
    </message>
    <message>
        <source>Deze cliënt is gewist (AVG): er is geen dossier meer om te openen.</source>
        <translation>This client was erased (GDPR): there is no dossier to open any more.</translation>
    </message>
    <message>
        <source>Dit dossier bestaat niet meer (samengevoegd of verwijderd).</source>
        <translation>This dossier no longer exists (merged or removed).</translation>
    </message>
    <message>
        <source>Open eerst een dossier: zoek de cliënt met Ctrl+K.</source>
        <translation>Open a dossier first: find the client with Ctrl+K.</translation>
    </message>
    <message>
        <source>Agenda exporteren</source>
        <translation>Export the agenda</translation>
    </message>
    <message>
        <source>Agenda bewaard in {file}; om op te abonneren: {feed}</source>
        <translation>Agenda saved in {file}; to subscribe to: {feed}</translation>
    </message>
    <message>
        <source>⚠ Dit kon niet: {reason}</source>
        <translation>⚠ This could not be done: {reason}</translation>
    </message>
    <message>
        <source>Alleen een coördinator beheert deze gegevens.</source>
        <translation>Only a coordinator manages this data.</translation>
    </message>
    <message>
        <source>Deze laptop synchroniseert niet: er zijn geen conflicten.</source>
        <translation>This laptop does not synchronise: there are no conflicts.</translation>
    </message>
    <message>
        <source>Een coördinator gaf de databank een nieuwe sleutel (een account werd afgesloten). Meld u opnieuw aan; wat u typte is bewaard.</source>
        <translation>A coordinator gave the database a new key (an account was closed). Sign in again; what you typed is kept.</translation>
    </message>
    <message>
        <source>Dagelijkse back-up gemaakt</source>
        <translation>Daily backup made</translation>
    </message>
    <message>
        <source>kopie in de back-upmap nagelezen</source>
        <translation>copy in the backup folder read back</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Dagelijkse back-up</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Back-up met de hand</source>
        <translation>Backup made by hand</translation>
    </message>
    <message>
        <source>Vóór een herstel</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Vóór een schema-upgrade</source>
        <translation>Before a schema upgrade</translation>
    </message>
    <message>
        <source>de schijf of USB-stick is vol; maak er ruimte vrij</source>
        <translation>the disk or USB stick is full; free some space on it</translation>
    </message>
    <message>
        <source>de map is geen map maar een bestand; hernoem of verplaats dat bestand</source>
        <translation>the folder is not a folder but a file; rename or move that file</translation>
    </message>
    <message>
        <source>de kopie kon niet worden nagelezen; probeer een andere USB-stick</source>
        <translation>the copy could not be read back; try another USB stick</translation>
    </message>
    <message>
        <source>de reden staat in het logboek</source>
        <translation>the reason is in the log</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source> sinds {day}</source>
        <translation> since {day}</translation>
    </message>
    <message>
        <source>⚠ De dagelijkse back-up mislukt{since}: {why}. Laatste goede back-up: {last}.</source>
        <translation>⚠ The daily backup has been failing{since}: {why}. Last good backup: {last}.</translation>
    </message>
    <message>
        <source>Laatste dagelijkse back-up: {last}.</source>
        <translation>Last daily backup: {last}.</translation>
    </message>
    <message>
        <source>⚠ De kopie in de back-upmap (Instellingen, Ctrl+,) mislukt sinds {since}: {why}. Laatste goede kopie: {last}.</source>
        <translation>⚠ The copy in the backup folder (Settings, Ctrl+,) has been failing since {since}: {why}. Last good copy: {last}.</translation>
    </message>
    <message>
        <source>Laatste kopie in de back-upmap: {last}.</source>
        <translation>Last copy in the backup folder: {last}.</translation>
    </message>
    <message>
        <source>⚠ De bewaartermijn is niet toegepast en er is niets gewist, want de datum van deze computer lijkt fout: {today} ligt ver na de vorige werkdag, {trusted}.</source>
        <translation>⚠ The retention period was not applied and nothing was erased, because this computer&apos;s date looks wrong: {today} lies far after the previous working day, {trusted}.</translation>
    </message>
    <message>
        <source>⚠ De bewaartermijn is niet toegepast en er is niets gewist, want de datum van deze computer lijkt fout: {today} ligt vóór de vorige werkdag, {trusted}.</source>
        <translation>⚠ The retention period was not applied and nothing was erased, because this computer&apos;s date looks wrong: {today} lies before the previous working day, {trusted}.</translation>
    </message>
    <message>
        <source>{n} jaar</source>
        <comment>één jaar</comment>
        <translation>{n} year</translation>
    </message>
    <message>
        <source>{n} jaar</source>
        <comment>meer jaren</comment>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>{n} leervraag</source>
        <translation>{n} learning request</translation>
    </message>
    <message>
        <source>{n} leervragen</source>
        <translation>{n} learning requests</translation>
    </message>
    <message>
        <source>{n} cliënt</source>
        <translation>{n} client</translation>
    </message>
    <message>
        <source>{n} cliënten</source>
        <translation>{n} clients</translation>
    </message>
    <message>
        <source>De bewaartermijn op {years} zetten?</source>
        <translation>Set the retention period to {years}?</translation>
    </message>
    <message>
        <source>Bij de volgende start van de app worden dan {requests} geanonimiseerd en {clients} volledig gewist. Dat kan alleen met een back-up ongedaan worden gemaakt.</source>
        <translation>At the app&apos;s next start, {requests} will then be anonymised and {clients} erased completely. Only a backup can undo that.</translation>
    </message>
    <message>
        <source>&amp;Termijn van {years} houden</source>
        <translation>&amp;Keep the period of {years}</translation>
    </message>
    <message>
        <source>Bewaartermijn instellen</source>
        <translation>Set the retention period</translation>
    </message>
    <message>
        <source>&amp;Instellen</source>
        <translation>&amp;Set</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Beheer van de gegevens</source>
        <translation>Data care</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back-up &amp;maken</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Nu &amp;anonimiseren</source>
        <translation>&amp;Anonymise now</translation>
    </message>
    <message>
        <source>Als &amp;bewaartermijn instellen</source>
        <translation>Keep as retention peri&amp;od</translation>
    </message>
    <message>
        <source>De app past de bewaartermijn zelf toe bij elke start, na de dagelijkse back-up. Het voorbeeld toont wat dan weggaat.</source>
        <translation>The app applies the retention period by itself at every start, after the daily backup. The preview shows what will go then.</translation>
    </message>
    <message>
        <source>Back-ups (versleuteld, naast de databank)</source>
        <translation>Backups (encrypted, next to the database)</translation>
    </message>
    <message>
        <source>De app past de bewaartermijn pas weer zelf toe nadat u ze hier met de hand toepast: kijk eerst de datum na, toon het voorbeeld en kies dan Nu anonimiseren.</source>
        <translation>The app applies the retention period by itself again only once you apply it here by hand: check the date first, show the preview, then choose Anonymise now.</translation>
    </message>
    <message>
        <source>Bewaartermijn: leervragen langer afgesloten worden geanonimiseerd</source>
        <translation>Retention: learning requests closed longer ago are anonymised</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst de back-up die u wilt terugzetten.</source>
        <translation>First choose in the list the backup you want to restore.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Teruggezet: {backup}. Wat er net voor stond, is bewaard als back-up “vóór een herstel”.</source>
        <translation>Restored: {backup}. What was there just before is kept as a backup “before a restore”.</translation>
    </message>
    <message>
        <source>Eén persoon die na deze back-up gewist werd, is opnieuw gewist.</source>
        <translation>One person erased after this backup was erased again.</translation>
    </message>
    <message>
        <source>{n} personen die na deze back-up gewist werden, zijn opnieuw gewist.</source>
        <translation>{n} people erased after this backup were erased again.</translation>
    </message>
    <message>
        <source>Afgesloten vóór {cutoff}: de app anonimiseert {requests} en wist {clients} volledig.</source>
        <translation>Closed before {cutoff}: the app anonymises {requests} and erases {clients} completely.</translation>
    </message>
    <message>
        <source>Bewaartermijn ingesteld op {years}.</source>
        <translation>Retention period set to {years}.</translation>
    </message>
    <message>
        <source>De bewaartermijn nu toepassen met de datum van vandaag, {today}?</source>
        <translation>Apply the retention period now with today&apos;s date, {today}?</translation>
    </message>
    <message>
        <source>Dan worden {requests} geanonimiseerd en {clients} volledig gewist. Dat kan alleen met een back-up ongedaan worden gemaakt.</source>
        <translation>Then {requests} will be anonymised and {clients} erased completely. Only a backup can undo that.</translation>
    </message>
    <message>
        <source>Bewaartermijn toepassen</source>
        <translation>Apply the retention period</translation>
    </message>
    <message>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>{requests} geanonimiseerd.</source>
        <translation>{requests} anonymised.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>De databank terugzetten naar deze back-up?
{backup}</source>
        <translation>Restore the database to this backup?
{backup}</translation>
    </message>
    <message>
        <source>Alles wat sindsdien werd ingevoerd, verdwijnt uit de databank. Wat er nu staat, wordt eerst bewaard als back-up “vóór een herstel”.</source>
        <translation>Everything entered since then leaves the database. What is there now is first kept as a backup “before a restore”.</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <source>Be&amp;stand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Ons &amp;kantoor inrichten…</source>
        <translation>Set up our &amp;office…</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>Af&amp;melden</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>B&amp;eheer</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Waar staan de gegevens?</source>
        <translation>&amp;Where is the data?</translation>
    </message>
    <message>
        <source>&amp;Over Leerwinkel Desk</source>
        <translation>&amp;About Leerwinkel Desk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Dubbele cliënten samenvoegen</source>
        <translation>Merge duplicate clients</translation>
    </message>
    <message>
        <source>Eerste cliënt</source>
        <translation>First client</translation>
    </message>
    <message>
        <source>Tweede cliënt</source>
        <translation>Second client</translation>
    </message>
    <message>
        <source>Deze &amp;bewaren</source>
        <translation>&amp;Keep this one</translation>
    </message>
    <message>
        <source>Deze b&amp;ewaren</source>
        <translation>K&amp;eep this one</translation>
    </message>
    <message>
        <source>Beide dossiers naast elkaar</source>
        <translation>Both files side by side</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Recente samenvoegingen</source>
        <translation>Recent merges</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Recente samenvoegingen:</source>
        <translation>Recent merges:</translation>
    </message>
    <message>
        <source>Eerste</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Tweede</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Cliënten samengevoegd</source>
        <translation>Clients merged</translation>
    </message>
    <message>
        <source>Samenvoeging ongedaan gemaakt</source>
        <translation>Merge undone</translation>
    </message>
</context>
<context>
    <name>MicroContactDialog</name>
    <message>
        <source>Microcontact</source>
        <translation>Micro-contact</translation>
    </message>
    <message>
        <source>Kies het kanaal met een letter:</source>
        <translation>Choose the channel with a letter:</translation>
    </message>
    <message>
        <source>Kanaal: —</source>
        <translation>Channel: —</translation>
    </message>
    <message>
        <source>Gekozen kanaal</source>
        <translation>Chosen channel</translation>
    </message>
    <message>
        <source>Wat werd er gezegd of gestuurd</source>
        <translation>What was said or sent</translation>
    </message>
    <message>
        <source>Eén regel, bv. herinnering afspraak gestuurd</source>
        <translation>One line, e.g. appointment reminder sent</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Samenvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Minuten (optioneel)</source>
        <translation>&amp;Minutes (optional)</translation>
    </message>
    <message>
        <source>Wann&amp;eer</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>Bewaren (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Uw concept van dit microcontact is teruggezet.</source>
        <translation>Your draft of this micro-contact is back.</translation>
    </message>
    <message>
        <source>Kanaal: {name}</source>
        <translation>Channel: {name}</translation>
    </message>
    <message>
        <source>Microcontact bewaard</source>
        <translation>Micro-contact saved</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>dd/mm/jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uur</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;om</source>
        <translation>&amp;at</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Cliënt {number} aangemaakt</source>
        <translation>Client {number} created</translation>
    </message>
    <message>
        <source>Wat u hier typte wordt niet bewaard. {name} ({number}) kiezen voor het contact?</source>
        <translation>What you typed here is not saved. Choose {name} ({number}) for the contact?</translation>
    </message>
    <message>
        <source>Wat u hier typte wordt niet bewaard. Het dossier van {name} ({number}) openen?</source>
        <translation>What you typed here is not saved. Open the file of {name} ({number})?</translation>
    </message>
    <message>
        <source>&amp;Kiezen</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dit is iemand &amp;anders: toch aanmaken</source>
        <translation>This is someone &amp;else: create anyway</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Opties en keuze</source>
        <translation>Options and choice</translation>
    </message>
    <message>
        <source>zoek opleiding, aanbieder of gemeente</source>
        <translation>search training, provider or municipality</translation>
    </message>
    <message>
        <source>Zoek in het opleidingsaanbod</source>
        <translation>Search the training offer</translation>
    </message>
    <message>
        <source>&apos;s &amp;avonds</source>
        <translation>&amp;Evenings</translation>
    </message>
    <message>
        <source>o&amp;nline/hybride</source>
        <translation>O&amp;nline/hybrid</translation>
    </message>
    <message>
        <source>max. €</source>
        <translation>max. €</translation>
    </message>
    <message>
        <source>Maximale kostprijs</source>
        <translation>Maximum cost</translation>
    </message>
    <message>
        <source>Opleidingen</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <source>Als &amp;optie toevoegen</source>
        <translation>Add as &amp;option</translation>
    </message>
    <message>
        <source>of een optie buiten het aanbod</source>
        <translation>or an option outside the training offer</translation>
    </message>
    <message>
        <source>Vrije optie</source>
        <translation>Free option</translation>
    </message>
    <message>
        <source>&amp;Vrije optie toevoegen</source>
        <translation>Add &amp;free option</translation>
    </message>
    <message>
        <source>Vergelijking van de opties</source>
        <translation>Comparison of the options</translation>
    </message>
    <message>
        <source>Als &amp;keuze markeren</source>
        <translation>Mark as &amp;choice</translation>
    </message>
    <message>
        <source>Optie ve&amp;rwijderen</source>
        <translation>&amp;Remove option</translation>
    </message>
    <message>
        <source>Besproken opties naast elkaar:</source>
        <translation>Discussed options side by side:</translation>
    </message>
    <message>
        <source>★ keuze: </source>
        <translation>★ choice: </translation>
    </message>
    <message>
        <source>eigen optie (tekst gewist na de bewaartermijn)</source>
        <translation>own option (text erased after the retention period)</translation>
    </message>
    <message>
        <source>Kies eerst in de vergelijking de optie die de cliënt kiest (een cel in haar kolom), dan Als keuze markeren.</source>
        <translation>First select, in the comparison, the option the client chooses (a cell in its column), then Mark as choice.</translation>
    </message>
    <message>
        <source>Er is nog geen optie om te kiezen: voeg eerst een opleiding of een vrije optie toe.</source>
        <translation>There is no option to choose yet: first add a course or a free option.</translation>
    </message>
    <message>
        <source>Kies eerst in de vergelijking de optie die weg moet (een cel in haar kolom), dan Optie verwijderen.</source>
        <translation>First choose in the comparison the option to remove (a cell in its column), then Remove option.</translation>
    </message>
    <message>
        <source>Er is nog geen besproken optie om te verwijderen.</source>
        <translation>There is no discussed option to remove yet.</translation>
    </message>
    <message>
        <source>‘{option}’ uit de besproken opties halen? Ze staat dan niet meer in de vergelijking en niet meer in de samenvatting voor de cliënt.</source>
        <translation>Remove ‘{option}’ from the discussed options? It is then no longer in the comparison nor in the client&apos;s summary.</translation>
    </message>
    <message>
        <source>eigen optie</source>
        <translation>own option</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Niet verwijderen</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Opties bijgewerkt</source>
        <translation>Options updated</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Tweedelijnsactiviteiten</source>
        <translation>Second-line activities</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Geen tweedelijnsactiviteiten in het voorbije jaar. Noteer er een hierboven: soort, partner en onderwerp, dan Toevoegen (Alt+T).</source>
        <translation>No second-line activities in the past year. Note one above: kind, partner and topic, then Add (Alt+A).</translation>
    </message>
    <message>
        <source>Geen signalen in het voorbije jaar. Meld er een hierboven: soort, thema en wat er misloopt, dan Signaal melden (Alt+M).</source>
        <translation>No signals in the past year. Report one above: kind, theme and what goes wrong, then Report signal (Alt+R).</translation>
    </message>
    <message>
        <source>(geen partner)</source>
        <translation>(no partner)</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>subject</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> deeln.</source>
        <translation> particip.</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>regio</source>
        <translation>region</translation>
    </message>
    <message>
        <source>wat loopt er mis?</source>
        <translation>what is going wrong?</translation>
    </message>
    <message>
        <source>Signaal &amp;melden</source>
        <translation>&amp;Report signal</translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation>Type of activity</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Soort signaal</source>
        <translation>Type of signal</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tweedelijnsdienstverlening</source>
        <translation>Second-line services</translation>
    </message>
    <message>
        <source>Signalen naar het beleid</source>
        <translation>Signals to policy makers</translation>
    </message>
</context>
<context>
    <name>OwnPassphraseDialog</name>
    <message>
        <source>Eigen wachtwoordzin kiezen</source>
        <translation>Choose your own passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Een coördinator koos uw wachtwoordzin. Kies nu een eigen wachtwoordzin die alleen u kent; pas dan gaat Leerwinkel Desk open. Annuleren (Escape): u bent niet aangemeld.</source>
        <translation>A coordinator chose your passphrase. Choose your own now, one only you know; then Leerwinkel Desk opens. Cancel (Escape): you are not signed in.</translation>
    </message>
    <message>
        <source>Uw nieuwe wachtwoordzin geldt voor uw account op deze computer; de huidige werkt daarna niet meer.</source>
        <translation>Your new passphrase is for your account on this computer; the current one no longer works afterwards.</translation>
    </message>
    <message>
        <source>Minstens {count} tekens en moeilijk te raden: neem een paar ongewone woorden.</source>
        <translation>At least {count} characters and hard to guess: take a few unusual words.</translation>
    </message>
    <message>
        <source>&amp;Huidige wachtwoordzin</source>
        <translation>Current &amp;passphrase</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin h&amp;erhalen</source>
        <translation>R&amp;epeat new passphrase</translation>
    </message>
    <message>
        <source>&amp;Bewaren en aanmelden</source>
        <translation>&amp;Save and sign in</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;wijzigen</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Sociale kaart beheren</source>
        <translation>Manage the social map</translation>
    </message>
    <message>
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen…</source>
        <translation>&amp;Contact persons…</translation>
    </message>
    <message>
        <source>Partner bewaard: {name}</source>
        <translation>Partner saved: {name}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Samenvatting voor de cliënt</source>
        <translation>&amp;Summary for the client</translation>
    </message>
    <message>
        <source>&amp;Brief warme overdracht aan:</source>
        <translation>Warm handover &amp;letter to:</translation>
    </message>
    <message>
        <source>Eerder gemaakte brieven</source>
        <translation>Earlier letters</translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>warme overdracht</source>
        <translation>warm handover</translation>
    </message>
    <message>
        <source>&amp;Gegevens in de brief</source>
        <translation>Data &amp;items in the letter</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld maken</source>
        <translation>&amp;Generate preview</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>De brief deelt wat bij de warme overdracht van {date} beslist werd: {items}.</source>
        <translation>The letter shares what was decided at the warm handover of {date}: {items}.</translation>
    </message>
    <message>
        <source>Bij de warme overdracht van {date} werd gedeeld: {items}. De toestemming daarvoor geldt niet meer: de brief kan het niet delen.</source>
        <translation>The warm handover of {date} shared: {items}. The consent for it no longer holds: the letter cannot share it.</translation>
    </message>
    <message>
        <source>Geen geldige toestemming voor deze ontvanger: de brief kan niets delen.</source>
        <translation>No valid consent for this recipient: the letter cannot share anything.</translation>
    </message>
    <message>
        <source>Nog geen warme overdracht aan deze ontvanger. De brief deelt: {items}.</source>
        <translation>No warm handover to this recipient yet. The letter shares: {items}.</translation>
    </message>
    <message>
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>Voorbeeld: nog niet bewaard in het dossier</source>
        <translation>Preview: not yet filed in the dossier</translation>
    </message>
    <message>
        <source>Eerder bewaard als {name}</source>
        <translation>Filed earlier as {name}</translation>
    </message>
    <message>
        <source>Gewijzigd: maak het voorbeeld opnieuw</source>
        <translation>Changed: make the preview again</translation>
    </message>
    <message>
        <source>Brief bewaard in het dossier als {name}</source>
        <translation>Letter filed in the dossier as {name}</translation>
    </message>
    <message>
        <source>brief.pdf</source>
        <translation>letter.pdf</translation>
    </message>
    <message>
        <source>Bewaard in het dossier als {name}</source>
        <translation>Saved in the client&apos;s file as {name}</translation>
    </message>
    <message>
        <source>Eerder gemaakte brief opnieu&amp;w:</source>
        <translation>Earlier letter &amp;again:</translation>
    </message>
    <message>
        <source>Opslaan als P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Nog geen warme overdracht aan deze ontvanger: vink aan wat de brief deelt (alleen wat de cliënt toestond).</source>
        <translation>No warm handover to this recipient yet: tick what the letter shares (only what the client consented to).</translation>
    </message>
    <message>
        <source>Niet alle tekens kunnen gedrukt worden: {count}× staat er {mark} in de plaats (een emoji, of een schrift zonder lettertype). Pas de tekst in het dossier aan als dat nodig is.</source>
        <translation>Not every character can be printed: {count}× the letter shows {mark} instead (an emoji, or a script without a font). Change the text in the dossier if needed.</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Aanbieders</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Aanbieder bewaard: {name}</source>
        <translation>Provider saved: {name}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Traject toewijzen — {number}</source>
        <translation>Assign trajectory — {number}</translation>
    </message>
    <message>
        <source>bv. langdurige afwezigheid, verhuis van de cliënt</source>
        <translation>e.g. long absence, the client moved</translation>
    </message>
    <message>
        <source>&amp;Nieuwe begeleider</source>
        <translation>&amp;New counsellor</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Toewijzen</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Traject toegewezen aan {name}</source>
        <translation>Trajectory assigned to {name}</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organisatie van de sociale kaart of een naam</source>
        <translation>organisation from the social map, or a name</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>(de organisatie)</source>
        <translation>(the organisation)</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Wachtwoordzin vergeten</source>
        <translation>Passphrase forgotten</translation>
    </message>
    <message>
        <source>Met de afgedrukte herstelsleutel van het kantoor kiest een coördinator een nieuwe wachtwoordzin. Dit wordt in de audittrail bewaard.</source>
        <translation>With the office&apos;s printed recovery key a coordinator chooses a new passphrase. This is kept in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam (coördinator)</source>
        <translation>&amp;User name (coordinator)</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin h&amp;erhalen</source>
        <translation>R&amp;epeat new passphrase</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>Un&amp;lock</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Met deze herstelsleutel opent een coördinator de databank en kiest een nieuwe wachtwoordzin, als elke wachtwoordzin verloren is. Druk het blad af en bewaar het achter slot, niet bij de laptop. De app bewaart de sleutel nergens.</source>
        <translation>With this recovery key a coordinator opens the database and chooses a new passphrase when every passphrase is lost. Print the sheet and keep it locked away, not with the laptop. The app stores the key nowhere.</translation>
    </message>
    <message>
        <source>De nieuwe sleutel vervangt de afgedrukte pas als het blad bewaard is; tot dan werkt de vorige.</source>
        <translation>The new key replaces the printed one only once its sheet is saved; until then the previous one works.</translation>
    </message>
    <message>
        <source>Als &amp;PDF bewaren om af te drukken…</source>
        <translation>Save as &amp;PDF to print…</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Herstelsleutel bewaren</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>herstelsleutel.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>⚠ Het bestand kon niet bewaard worden. Kies een andere plaats.</source>
        <translation>⚠ The file could not be saved. Choose another place.</translation>
    </message>
    <message>
        <source>⚠ De nieuwe sleutel kon niet in gebruik genomen worden; het blad is weer verwijderd en de vorige herstelsleutel werkt nog. Sluit en maak een nieuwe sleutel.</source>
        <translation>⚠ The new key could not be put in use; the sheet was removed again and the previous recovery key still works. Close and make a new key.</translation>
    </message>
    <message>
        <source>Bewaard als {name}. Druk het nu af en verwijder het bestand daarna.</source>
        <translation>Saved as {name}. Print it now and delete the file afterwards.</translation>
    </message>
    <message>
        <source>Bewaard als {name}: de nieuwe sleutel is in gebruik, de vorige werkt niet meer. Druk het blad nu af, vervang het oude en verwijder het bestand daarna.</source>
        <translation>Saved as {name}: the new key is in use, the previous one no longer works. Print the sheet now, replace the old one and delete the file afterwards.</translation>
    </message>
    <message>
        <source>Het blad met de herstelsleutel is niet bewaard, en de sleutel kan later niet meer getoond worden. Toch sluiten (alleen als u hem opgeschreven hebt)?</source>
        <translation>The recovery key&apos;s sheet is not saved, and the key cannot be shown again later. Close anyway (only if you wrote it down)?</translation>
    </message>
    <message>
        <source>Het blad met de nieuwe herstelsleutel is niet bewaard. Zonder blad wordt de nieuwe sleutel niet gebruikt: de afgedrukte herstelsleutel blijft werken. Toch sluiten?</source>
        <translation>The new recovery key&apos;s sheet is not saved. Without a sheet the new key is not used: the printed recovery key keeps working. Close anyway?</translation>
    </message>
    <message>
        <source>Toch &amp;sluiten</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <source>&amp;Terug naar de sleutel</source>
        <translation>&amp;Back to the key</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Uit dienst</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Niet meer aangeboden voor nieuw werk; wat het al gebruikte, houdt het.</source>
        <translation>No longer offered for new work; what already used it keeps it.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>In gebruik (Alt+&amp;1)</source>
        <translation>In use (Alt+&amp;1)</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Wijzigen: {name}</source>
        <translation>Editing: {name}</translation>
    </message>
    <message>
        <source>{name} uit dienst nemen? Het wordt niet meer aangeboden voor nieuw werk; wat het al gebruikte, houdt het.</source>
        <translation>Retire {name}? It is no longer offered for new work; what already used it keeps it.</translation>
    </message>
    <message>
        <source>&amp;Uit dienst nemen</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>In dienst houden</source>
        <translation>Keep in service</translation>
    </message>
    <message>
        <source>Uit dienst genomen</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Doorverwijzen naar een partner</source>
        <translation>Refer to a partner</translation>
    </message>
    <message>
        <source>(kies een partner)</source>
        <translation>(choose a partner)</translation>
    </message>
    <message>
        <source>bv. zoekt eerst werk; afspraak met de bemiddelaar op dinsdag</source>
        <translation>e.g. looks for work first; appointment with the job coach on Tuesday</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon (optioneel)</source>
        <translation>&amp;Contact person (optional)</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>&amp;Doorverwijzen</source>
        <translation>Re&amp;fer</translation>
    </message>
    <message>
        <source>Er staan nog geen partners op de sociale kaart. Sluit dit venster en voeg er een toe met Ctrl+Shift+S, of lees ze in met Ctrl+I.</source>
        <translation>The social map has no partners yet. Close this window and add one with Ctrl+Shift+S, or import them with Ctrl+I.</translation>
    </message>
    <message>
        <source>Er staan nog geen partners op de sociale kaart: een coördinator voegt ze toe.</source>
        <translation>The social map has no partners yet: a coordinator adds them.</translation>
    </message>
    <message>
        <source>{partner} staat niet meer op de sociale kaart: kies een andere partner.</source>
        <translation>{partner} is no longer on the social map: choose another partner.</translation>
    </message>
    <message>
        <source>(niemand in het bijzonder)</source>
        <translation>(no one in particular)</translation>
    </message>
    <message>
        <source>Kies eerst de partner naar wie u de cliënt doorverwijst.</source>
        <translation>First choose the partner you are referring the client to.</translation>
    </message>
    <message>
        <source>Doorverwezen naar {partner}</source>
        <translation>Referred to {partner}</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Herinnering kopiëren</source>
        <translation>Copy a reminder</translation>
    </message>
    <message>
        <source>Tekst van de herinnering</source>
        <translation>Text of the reminder</translation>
    </message>
    <message>
        <source>&amp;Kopiëren en bijhouden</source>
        <translation>&amp;Copy and log</translation>
    </message>
    <message>
        <source>Gesprek van {moment}</source>
        <translation>Session of {moment}</translation>
    </message>
    <message>
        <source>Herinnering gekopieerd en als microcontact bijgehouden</source>
        <translation>Reminder copied and logged as a micro-contact</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>alle loketten</source>
        <translation>all desks</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>alle begeleiders</source>
        <translation>all counsellors</translation>
    </message>
    <message>
        <source>&amp;Berekenen</source>
        <translation>&amp;Calculate</translation>
    </message>
    <message>
        <source>Export &amp;XLSX</source>
        <translation>Export &amp;XLSX</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Export &amp;PDF</translation>
    </message>
    <message>
        <source>Export CS&amp;V</source>
        <translation>Export CS&amp;V</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Trechter: leervragen per niveau</source>
        <translation>Funnel: learning requests per level</translation>
    </message>
    <message>
        <source>Gesprekken per traject</source>
        <translation>Sessions per trajectory</translation>
    </message>
    <message>
        <source>Contacten per maand</source>
        <translation>Contacts per month</translation>
    </message>
    <message>
        <source>Contacten buiten de periode</source>
        <translation>Contacts outside the period</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Microcontacten per kanaal</source>
        <translation>Micro-contacts per channel</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>De cijfers van het kantoor zijn voor coördinatoren. Uw eigen werk ziet u op Vandaag (Ctrl+1) en bij Aanvragen (Ctrl+3); vraag uw coördinator naar de cijfers van uw leervragen.</source>
        <translation>The office&apos;s figures are for coordinators. You see your own work on Today (Ctrl+1) and under Requests (Ctrl+3); ask your coordinator for the figures of your learning requests.</translation>
    </message>
    <message>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Cijfers worden berekend…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <source>Periode {start} tot en met {end}</source>
        <translation>Period {start} up to and including {end}</translation>
    </message>
    <message>
        <source>Leervragen: {total} (anoniem {anonymous}, via partner {partner}) · cliënten: {clients} · trajecten: {trajectories}, gemiddeld {sessions} gesprekken en {contacts} contacten · gesprekken: {session_count} van gemiddeld {minutes}&#xa0;min · microcontacten: {micro} · ingeschreven na traject: {rate}</source>
        <translation>Learning requests: {total} (anonymous {anonymous}, via partner {partner}) · clients: {clients} · trajectories: {trajectories}, on average {sessions} sessions and {contacts} contacts · sessions: {session_count} of {minutes}&#xa0;min on average · micro-contacts: {micro} · enrolled after trajectory: {rate}</translation>
    </message>
    <message>
        <source>{percent}&#xa0;%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>n.v.t. (nog geen traject afgesloten)</source>
        <translation>n/a (no trajectory closed yet)</translation>
    </message>
    <message>
        <source>— de periode is nog niet begonnen (geteld op {day}).</source>
        <translation>— the period has not begun yet (counted on {day}).</translation>
    </message>
    <message>
        <source>— de periode loopt nog: geteld op {day}, dus {month} is nog niet om en de cijfers groeien nog.</source>
        <translation>— the period is still running: counted on {day}, so {month} is not over yet and the figures are still growing.</translation>
    </message>
    <message>
        <source>Contacten per maand, {first} tot en met {last}</source>
        <translation>Contacts per month, {first} to {last}</translation>
    </message>
    <message>
        <source>Contacten per maand: de laatste {count} van de periode, {first} tot en met {last}</source>
        <translation>Contacts per month: the last {count} of the period, {first} to {last}</translation>
    </message>
    <message>
        <source>{count} contacten in de eerdere maanden van de periode</source>
        <translation>{count} contacts in the earlier months of the period</translation>
    </message>
    <message>
        <source>{count} contacten vóór de periode</source>
        <translation>{count} contacts before the period</translation>
    </message>
    <message>
        <source>{count} contacten na de periode</source>
        <translation>{count} contacts after the period</translation>
    </message>
    <message>
        <source>Niet in de grafiek per maand: {parts}.</source>
        <translation>Not in the chart per month: {parts}.</translation>
    </message>
    <message>
        <source>Geteld worden de leervragen die in de periode geopend werden, met al hun contacten, ook die buiten de periode: die tellen mee in de kerncijfers hierboven en staan per maand in de exports.</source>
        <translation>Counted are the learning requests opened in the period, with all their contacts, also those outside the period: they count in the key figures above and are listed per month in the exports.</translation>
    </message>
    <message>
        <source>Rapport bewaren</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Export wordt gemaakt…</source>
        <translation>Creating export…</translation>
    </message>
    <message>
        <source>Bewaard: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>Leervraag</source>
        <translation>Learning request</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Leervragen filteren</source>
        <translation>Filter learning requests</translation>
    </message>
    <message>
        <source>Ook &amp;afgesloten leervragen tonen</source>
        <translation>Show &amp;closed requests too</translation>
    </message>
    <message>
        <source>Leervragen</source>
        <translation>Learning requests</translation>
    </message>
    <message>
        <source>Geen leervraag gevonden voor ‘{text}’.</source>
        <translation>No learning request found for ‘{text}’.</translation>
    </message>
    <message>
        <source>Nog geen leervragen in het kantoor. Een nieuwe vraag noteert u met Ctrl+N.</source>
        <translation>No learning requests in the office yet. Note a new question with Ctrl+N.</translation>
    </message>
    <message>
        <source>U hebt nog geen leervragen. Een nieuwe vraag noteert u met Ctrl+N.</source>
        <translation>You have no learning requests yet. Note a new question with Ctrl+N.</translation>
    </message>
    <message>
        <source>Geen lopende leervragen in het kantoor. Een nieuwe vraag noteert u met Ctrl+N; ook de afgesloten (beantwoorde) leervragen tonen: Alt+A.</source>
        <translation>No open learning requests in the office. Note a new question with Ctrl+N; show the closed (answered) requests too: Alt+C.</translation>
    </message>
    <message>
        <source>U hebt geen lopende leervragen. Een nieuwe vraag noteert u met Ctrl+N; ook de afgesloten (beantwoorde) leervragen tonen: Alt+A.</source>
        <translation>You have no open learning requests. Note a new question with Ctrl+N; show the closed (answered) requests too: Alt+C.</translation>
    </message>
</context>
<context>
    <name>SessionFormDialog</name>
    <message>
        <source>Gesprek registreren</source>
        <translation>Record session</translation>
    </message>
    <message>
        <source>Intake en informatiebemiddeling</source>
        <translation>Intake and information mediation</translation>
    </message>
    <message>
        <source>Trajectgesprek</source>
        <translation>Trajectory session</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(geen loket)</source>
        <translation>(no desk)</translation>
    </message>
    <message>
        <source>Het geboekte gesprek: het blijft op zijn geboekte moment.</source>
        <translation>The booked session: it keeps its booked moment.</translation>
    </message>
    <message>
        <source>Dit is de geboekte &amp;intake van {moment}: al gehouden, vroeger dan gepland</source>
        <translation>This is the booked &amp;intake of {moment}: held already, earlier than planned</translation>
    </message>
    <message>
        <source>Studieverleden, praktische drempels en netwerk: wat het dossier al weet (ook bij Ctrl+E). Een wijziging hier wordt bij de gegevens van de cliënt bewaard.</source>
        <translation>Study history, practical barriers and network: what the dossier already knows (also under Ctrl+E). A change here is saved in the client&apos;s details.</translation>
    </message>
    <message>
        <source>Wann&amp;eer</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>&amp;Soort gesprek</source>
        <translation>Session &amp;type</translation>
    </message>
    <message>
        <source>&amp;Duur</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>&amp;Loket</source>
        <translation>D&amp;esk</translation>
    </message>
    <message>
        <source>Sa&amp;menvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Leer&amp;vraag</source>
        <translation>Learning &amp;question</translation>
    </message>
    <message>
        <source>S&amp;tudieverleden</source>
        <translation>Study &amp;history</translation>
    </message>
    <message>
        <source>&amp;Praktische drempels</source>
        <translation>&amp;Practical barriers</translation>
    </message>
    <message>
        <source>Net&amp;werk</source>
        <translation>Net&amp;work</translation>
    </message>
    <message>
        <source>Er is een niet-bewaard concept van dit gesprek.</source>
        <translation>There is an unsaved draft of this session.</translation>
    </message>
    <message>
        <source>Concept &amp;herstellen</source>
        <translation>&amp;Restore draft</translation>
    </message>
    <message>
        <source>Concept we&amp;ggooien</source>
        <translation>Discard dra&amp;ft</translation>
    </message>
    <message>
        <source>&amp;Bewaren (Ctrl+Enter)</source>
        <translation>Sa&amp;ve (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Het concept kon niet bewaard worden: de schijf is vol. Uw tekst blijft staan; het wordt opnieuw geprobeerd.</source>
        <translation>The draft could not be saved: the disk is full. Your text stays; it will be tried again.</translation>
    </message>
    <message>
        <source>Het concept kon nu niet bewaard worden. Uw tekst blijft staan; het wordt opnieuw geprobeerd.</source>
        <translation>The draft could not be saved just now. Your text stays; it will be tried again.</translation>
    </message>
    <message>
        <source>Gesprek bewaard</source>
        <translation>Session saved</translation>
    </message>
    <message>
        <source>Het concept kon niet bewaard worden, dus het formulier blijft open: zo gaat uw tekst niet verloren. Maak ruimte vrij en sluit dan opnieuw, of bewaar het gesprek.</source>
        <translation>The draft could not be saved, so the form stays open: that way your text is not lost. Free some space and close again, or save the session.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>T&amp;aal</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <source>Deze twee gelden voor u op deze computer.</source>
        <translation>These two apply to you on this computer.</translation>
    </message>
    <message>
        <source>&amp;Deze computer</source>
        <translation>This &amp;computer</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source> minuut</source>
        <translation> minute</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Straat en nummer</source>
        <translation>Street and n&amp;umber</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Zo staat het kantoor bovenaan elke brief, op het ontvangstbewijs en de afsprakenkaart.</source>
        <translation>This is how the office appears at the top of every letter, on the receipt and on the appointment card.</translation>
    </message>
    <message>
        <source>&amp;Uurbedrag bijdrage (niveau 3)</source>
        <translation>Hourl&amp;y contribution (tier 3)</translation>
    </message>
    <message>
        <source>Kost per aanvraag niveau &amp;1</source>
        <translation>Cost per request tier &amp;1</translation>
    </message>
    <message>
        <source>Kost per aanvraag niveau &amp;2</source>
        <translation>Cost per request tier &amp;2</translation>
    </message>
    <message>
        <source>Kost per aanvraag niveau &amp;3</source>
        <translation>Cost per request tier &amp;3</translation>
    </message>
    <message>
        <source>Bewaar&amp;termijn</source>
        <translation>Re&amp;tention period</translation>
    </message>
    <message>
        <source>geen tweede kopie</source>
        <translation>no second copy</translation>
    </message>
    <message>
        <source>Kie&amp;zen…</source>
        <translation>Pic&amp;k…</translation>
    </message>
    <message>
        <source>Back-up&amp;map</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <source>Elke dag komt er ook een kopie van de back-up in deze map, bv. op een USB-stick. Bij het bewaren wordt er een back-up gemaakt en nagelezen.</source>
        <translation>Every day a copy of the backup also goes to this folder, e.g. on a USB stick. Saving makes a backup there and reads it back.</translation>
    </message>
    <message>
        <source>B&amp;riefhoofd</source>
        <translation>Lette&amp;rhead</translation>
    </message>
    <message>
        <source>&amp;Kantoor</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>Back-upmap kiezen</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Instellingen bewaard</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <source>Instellingen bewaard; de bewaartermijn blijft {years}</source>
        <translation>Settings saved; the retention period stays {years}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;vergeten (herstelsleutel)…</source>
        <translation>Passphrase &amp;forgotten (recovery key)…</translation>
    </message>
    <message>
        <source>&amp;Iemand anders aanmelden</source>
        <translation>Sign in as &amp;someone else</translation>
    </message>
    <message>
        <source>Meldt {name} af; wat er getypt was, blijft als concept bewaard.</source>
        <translation>Signs {name} out; what was typed is kept as a draft.</translation>
    </message>
    <message>
        <source>Leerwinkel Desk is vergrendeld. Wat u typte is bewaard.</source>
        <translation>Leerwinkel Desk is locked. What you typed has been kept.</translation>
    </message>
    <message>
        <source>Leerwinkel Desk &amp;sluiten</source>
        <translation>&amp;Close Leerwinkel Desk</translation>
    </message>
    <message>
        <source>Aanmelden lukte niet: de databank of een bestand ernaast kon niet geschreven worden ({reason}). Er is niets gewijzigd. Laat de IT-verantwoordelijke de map van de databank nakijken.</source>
        <translation>Signing in failed: the database or a file beside it could not be written ({reason}). Nothing was changed. Ask the IT person to check the database&apos;s folder.</translation>
    </message>
</context>
<context>
    <name>SocialMap</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <source>Zoek partner of gemeente</source>
        <translation>Search partner or municipality</translation>
    </message>
    <message>
        <source>Sociale kaart doorzoeken</source>
        <translation>Search the social map</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Geen partner gevonden met deze zoekterm of soort.</source>
        <translation>No partner found with this search or kind.</translation>
    </message>
    <message>
        <source>Nog geen partners. Voeg er een toe met Ctrl+Shift+S of lees ze in met Ctrl+I.</source>
        <translation>No partners yet. Add one with Ctrl+Shift+S or import them with Ctrl+I.</translation>
    </message>
    <message>
        <source>Nog geen partners op de sociale kaart: een coördinator voegt ze toe.</source>
        <translation>No partners on the social map yet: a coordinator adds them.</translation>
    </message>
    <message>
        <source>alle soorten</source>
        <translation>all types</translation>
    </message>
    <message>
        <source>&amp;Beheren… (Ctrl+Shift+S)</source>
        <translation>&amp;Manage… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>De databank is ook elders open (een tweede venster of een collega-programma).</source>
        <translation>The database is also open elsewhere (a second window or another program).</translation>
    </message>
    <message>
        <source>Ook elders open</source>
        <translation>Also open elsewhere</translation>
    </message>
    <message>
        <source>U bent niet aangemeld: kies eerst een eigen wachtwoordzin. Meld u opnieuw aan met de wachtwoordzin die u kreeg.</source>
        <translation>You are not signed in: choose your own passphrase first. Sign in again with the passphrase you were given.</translation>
    </message>
    <message>
        <source>U bent afgemeld. Een collega kan nu aanmelden.</source>
        <translation>You have signed out. A colleague can sign in now.</translation>
    </message>
    <message>
        <source>Deze databank werd gemaakt door een nieuwere versie van Leerwinkel Desk (schema {detail}). Installeer de nieuwste versie; de databank is niet gewijzigd.</source>
        <translation>This database was created by a newer version of Leerwinkel Desk (schema {detail}). Install the latest version; the database has not been changed.</translation>
    </message>
    <message>
        <source>De databank staat op een netwerkschijf ({detail}). Daar kan SQLite de bestanden niet veilig vergrendelen, dus Leerwinkel Desk opent ze niet. Bewaar de databank op de eigen schijf van deze computer; kantoren delen gegevens via synchronisatie.</source>
        <translation>The database is on a network drive ({detail}). SQLite cannot lock files safely there, so Leerwinkel Desk does not open it. Keep the database on this computer&apos;s own disk; offices share data through synchronisation.</translation>
    </message>
    <message>
        <source>De databank {detail} is beschadigd, of het is geen databank van Leerwinkel Desk die deze sleutel opent. Er is niets gewijzigd.

Wat nu? Sluit dit venster en werk niet verder op deze computer. Vraag de coördinator of de IT-verantwoordelijke van uw kantoor om de laatste goede back-up terug te zetten: de app maakt er elke dag één, in de map „backups” naast de databank. Wat sinds die back-up werd ingevoerd, moet daarna opnieuw worden ingevoerd.

Voor de IT-verantwoordelijke: sluit Leerwinkel Desk overal waar deze databank open is en voer uit: leerwinkel-desk restore BESTAND (een back-up uit die map; het beschadigde bestand blijft bewaard naast de databank).</source>
        <translation>The database {detail} is damaged, or it is not a Leerwinkel Desk database that this key opens. Nothing was changed.

What now? Close this window and do not go on working on this computer. Ask the coordinator or the IT person of your office to put back the last good backup: the app makes one every day, in the “backups” folder next to the database. What was entered since that backup has to be entered again afterwards.

For the IT person: close Leerwinkel Desk wherever this database is open and run: leerwinkel-desk restore FILE (a backup from that folder; the damaged file is kept next to the database).</translation>
    </message>
    <message>
        <source>Naast de databank lag een logbestand (-wal) dat er niet bij hoort: van een andere databank of een oude kopie. Het is opzijgezet als {detail}; de databank zelf is ongewijzigd. Start opnieuw. Ontbreekt er recent werk, zet dan een back-up terug: Beheer van de gegevens › Terugzetten.</source>
        <translation>Next to the database lay a log file (-wal) that does not belong to it: another database&apos;s, or an old copy. It was set aside as {detail}; the database itself is unchanged. Start again. If recent work is missing, restore a backup: Data care › Restore.</translation>
    </message>
    <message>
        <source>{detail} is geen databankbestand. Er is niets gewijzigd.</source>
        <translation>{detail} is not a database file. Nothing was changed.</translation>
    </message>
    <message>
        <source>De schijf is vol: de databank {detail} kon niet nagekeken of bijgewerkt worden. Er is niets gewijzigd. Maak ruimte vrij en start opnieuw.</source>
        <translation>The disk is full: the database {detail} could not be checked or upgraded. Nothing was changed. Free some space and start again.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {detail} ontbreekt of is beschadigd. Er is niets geopend of gewijzigd. Naast elke reservekopie in de map backups ligt een kopie (NAAM.db.keys.json).</source>
        <translation>The key file {detail} is missing or damaged. Nothing was opened or changed. A copy lies beside every backup in the backups folder (NAME.db.keys.json).</translation>
    </message>
    <message>
        <source>De databank {detail} kon niet gelezen worden (de schijf of de rechten op het bestand). Er is niets gewijzigd.</source>
        <translation>The database {detail} could not be read (the disk, or the file&apos;s permissions). Nothing was changed.</translation>
    </message>
    <message>
        <source>De databank {detail} of haar map is alleen-lezen. Er is niets gewijzigd.</source>
        <translation>The database {detail} or its folder is read-only. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{n} conflict</source>
        <translation>{n} conflict</translation>
    </message>
    <message>
        <source>{n} conflicten</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <source>Deze laptop is nog niet ingeschreven bij de synchronisatieserver van het kantoor. De beheerder van de server schrijft hem in met een eenmalige code (leerwinkel-desk device enrol, zie de handleiding); daarna toont Ctrl+F9 de laptops van het kantoor.</source>
        <translation>This laptop is not yet enrolled with the office&apos;s sync server. The server&apos;s administrator enrols it with a one-time code (leerwinkel-desk device enrol, see the manual); after that Ctrl+F9 shows the office&apos;s laptops.</translation>
    </message>
    <message>
        <source>Uw account werd afgesloten door een coördinator van het kantoor. Leerwinkel Desk is vergrendeld; wat u typte is bewaard.</source>
        <translation>Your account was closed by a coordinator of the office. Leerwinkel Desk is locked; what you typed has been kept.</translation>
    </message>
    <message>
        <source>1 wijziging van deze laptop is nog niet verstuurd: ze blijft hier en bereikt het kantoor alleen als een coördinator uw account weer opent.</source>
        <translation>1 change on this laptop has not been sent: it stays here and reaches the office only if a coordinator opens your account again.</translation>
    </message>
    <message>
        <source>{n} wijzigingen van deze laptop zijn nog niet verstuurd: ze blijven hier en bereiken het kantoor alleen als een coördinator uw account weer opent.</source>
        <translation>{n} changes on this laptop have not been sent: they stay here and reach the office only if a coordinator opens your account again.</translation>
    </message>
    <message>
        <source>Al uw wijzigingen waren verstuurd.</source>
        <translation>All your changes had been sent.</translation>
    </message>
    <message>
        <source>Opende een coördinator het weer, ontgrendel dan met uw wachtwoordzin terwijl de laptop de synchronisatieserver bereikt. Klopt de afsluiting niet, vraag het dan aan een coördinator.</source>
        <translation>If a coordinator opened it again, unlock with your passphrase while the laptop can reach the sync server. If the close is a mistake, ask a coordinator.</translation>
    </message>
    <message>
        <source>Deze laptop werd ingetrokken door een coördinator van het kantoor, en alles van het kantoor dat Leerwinkel Desk erop bewaarde, is gewist. Wat nog niet verstuurd was, komt nooit aan. Sluit Leerwinkel Desk.</source>
        <translation>This laptop was revoked by a coordinator of the office, and everything of the office that Leerwinkel Desk kept on it has been wiped. What had not been sent never arrives. Close Leerwinkel Desk.</translation>
    </message>
    <message>
        <source>Deze laptop werd ingetrokken door een coördinator van het kantoor: hij synchroniseert niet meer en Leerwinkel Desk blijft hier vergrendeld.</source>
        <translation>This laptop was revoked by a coordinator of the office: it no longer synchronises and Leerwinkel Desk stays locked here.</translation>
    </message>
    <message>
        <source>1 wijziging van deze laptop werd nooit verstuurd en komt nooit bij het kantoor aan.</source>
        <translation>1 change on this laptop was never sent and will never reach the office.</translation>
    </message>
    <message>
        <source>{n} wijzigingen van deze laptop werden nooit verstuurd en komen nooit bij het kantoor aan.</source>
        <translation>{n} changes on this laptop were never sent and will never reach the office.</translation>
    </message>
    <message>
        <source>Alle wijzigingen van deze laptop waren verstuurd.</source>
        <translation>All changes on this laptop had been sent.</translation>
    </message>
    <message>
        <source>Werk verder op een laptop van het kantoor die wel synchroniseert; klopt dit niet, vraag het dan aan een coördinator.</source>
        <translation>Go on working on an office laptop that does synchronise; if this is a mistake, ask a coordinator.</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>aansluiten nooit afgerond</source>
        <translation>join never finished</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Laptop ingetrokken</source>
        <translation>Laptop revoked</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync: laptop ingetrokken en gewist</source>
        <translation>Sync: laptop revoked and wiped</translation>
    </message>
    <message>
        <source>Sync: niet ingesteld</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Sync: laptop ingetrokken</source>
        <translation>Sync: laptop revoked</translation>
    </message>
    <message>
        <source>Sync: bezig…</source>
        <translation>Sync: running…</translation>
    </message>
    <message>
        <source>Sync: eerste synchronisatie onvolledig, F9 gaat verder</source>
        <translation>Sync: first sync incomplete, F9 continues</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Gesynchroniseerd: {pushed} verstuurd, {pulled} ontvangen</source>
        <translation>Synchronised: {pushed} sent, {pulled} received</translation>
    </message>
    <message>
        <source>Sync: {last} · {pending} te versturen · {conflicts}</source>
        <translation>Sync: {last} · {pending} to send · {conflicts}</translation>
    </message>
    <message>
        <source>; {conflicts} te beslissen (Shift+F9)</source>
        <translation>; {conflicts} to settle (Shift+F9)</translation>
    </message>
    <message>
        <source>De schijf is vol: wat de synchronisatie ontving is niet bewaard; de wijzigingen blijven klaarstaan. Maak ruimte vrij en synchroniseer opnieuw (F9).</source>
        <translation>The disk is full: what the sync received was not saved; the changes stay queued. Free some space and sync again (F9).</translation>
    </message>
    <message>
        <source>De synchronisatieserver is nu niet beschikbaar. Probeer het later opnieuw; de wijzigingen blijven klaarstaan.</source>
        <translation>The sync server is not available just now. Try again later; the changes stay queued.</translation>
    </message>
    <message>
        <source>De synchronisatieserver is niet bereikbaar; de wijzigingen blijven klaarstaan.</source>
        <translation>The sync server cannot be reached; the changes stay queued.</translation>
    </message>
    <message>
        <source>De synchronisatieserver vraagt een nieuwere versie van Leerwinkel Desk; niets gaat verloren.</source>
        <translation>The sync server needs a newer version of Leerwinkel Desk; nothing is lost.</translation>
    </message>
    <message>
        <source>De synchronisatie lukte niet ({code}); de wijzigingen blijven klaarstaan.</source>
        <translation>The sync did not succeed ({code}); the changes stay queued.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Uur</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Leervraag</source>
        <translation>Learning request</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Tegen</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Toestand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Zitdagen vandaag</source>
        <translation>Session days today</translation>
    </message>
    <message>
        <source>Geboekte gesprekken</source>
        <translation>Booked sessions</translation>
    </message>
    <message>
        <source>Opvolging te doen</source>
        <translation>Follow-up to do</translation>
    </message>
    <message>
        <source>Doorverwijzingen zonder uitkomst</source>
        <translation>Referrals without an outcome</translation>
    </message>
    <message>
        <source>Al 30 dagen geen contact</source>
        <translation>No contact for 30 days</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Niets gepland en niets op te volgen vandaag</source>
        <translation>Nothing planned and nothing to follow up today</translation>
    </message>
    <message>
        <source>Nieuwe contacten noteert u met Ctrl+N; een cliënt zoekt u met Ctrl+K.</source>
        <translation>Record a new contact with Ctrl+N; find a client with Ctrl+K.</translation>
    </message>
    <message>
        <source>Te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Enter: het gesprek invullen</source>
        <translation>Enter: fill in the session</translation>
    </message>
    <message>
        <source>Opvolging: vandaag en te laat</source>
        <translation>Follow-up: today and overdue</translation>
    </message>
    <message>
        <source>Enter: het opvolgcontact noteren</source>
        <translation>Enter: record the follow-up contact</translation>
    </message>
    <message>
        <source>Doorverwijzingen: kwam de cliënt aan?</source>
        <translation>Referrals: did the client arrive?</translation>
    </message>
    <message>
        <source>Enter: de uitkomst noteren</source>
        <translation>Enter: record the outcome</translation>
    </message>
    <message>
        <source>Enter: contact opnemen (microcontact)</source>
        <translation>Enter: get in touch (micro-contact)</translation>
    </message>
    <message>
        <source>Vandaag wordt geladen…</source>
        <translation>Loading Today…</translation>
    </message>
    <message>
        <source>Vandaag kon niet geladen worden. Druk F5 om opnieuw te proberen.</source>
        <translation>Today could not be loaded. Press F5 to try again.</translation>
    </message>
    <message>
        <source>Zitdagen vandaag ({day}): {plan}</source>
        <translation>Session days today ({day}): {plan}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>(naam gewist)</source>
        <translation>(name erased)</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>⚠ 1 dag te laat</source>
        <translation>⚠ 1 day late</translation>
    </message>
    <message>
        <source>⚠ {days} dagen te laat</source>
        <translation>⚠ {days} days late</translation>
    </message>
    <message>
        <source>Opvolgcontact: {topic} · fase {phase}</source>
        <translation>Follow-up contact: {topic} · phase {phase}</translation>
    </message>
    <message>
        <source>Opvolgcontact · fase {phase}</source>
        <translation>Follow-up contact · phase {phase}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Importeren en exporteren</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <source>Kie&amp;zen…</source>
        <translation>Pic&amp;k…</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Bestand of map</source>
        <translation>&amp;File or folder</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Nu &amp;importeren</source>
        <translation>&amp;Import now</translation>
    </message>
    <message>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Voorbeeldbestand bewaren…</source>
        <translation>Save an &amp;example file…</translation>
    </message>
    <message>
        <source>Nodig</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Wat erin staat</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <source>Kolommen van het bestand</source>
        <translation>The file&apos;s columns</translation>
    </message>
    <message>
        <source>&amp;Kolommen</source>
        <translation>Co&amp;lumns</translation>
    </message>
    <message>
        <source>Registraties importeren (map met clients.csv, requests.csv, contacts.csv)</source>
        <translation>Import registrations (a folder with clients.csv, requests.csv, contacts.csv)</translation>
    </message>
    <message>
        <source>Registraties exporteren (naar een map)</source>
        <translation>Export registrations (to a folder)</translation>
    </message>
    <message>
        <source>Monitoring-extract (gepseudonimiseerd, CSV)</source>
        <translation>Monitoring extract (pseudonymised, CSV)</translation>
    </message>
    <message>
        <source>Opleidingsaanbod importeren (CSV)</source>
        <translation>Import the training offer (CSV)</translation>
    </message>
    <message>
        <source>Sociale kaart importeren (CSV)</source>
        <translation>Import the social map (CSV)</translation>
    </message>
    <message>
        <source>&amp;Nakijken</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Eén rij per {what}, met een kopregel. De kolommen in elke volgorde, met hun naam of hun code; alleen de verplichte moeten er zijn. Een puntkomma of komma ertussen; UTF-8 zoals Excel het als &apos;CSV UTF-8&apos; bewaart, of een ouder Excel-bestand. Een bestand om in te vullen: Voorbeeldbestand bewaren (Alt+V).</source>
        <translation>One row per {what}, with a header row. The columns in any order, by their Dutch name or their code; only the required ones must be there. A semicolon or comma between them; UTF-8 as Excel saves &apos;CSV UTF-8&apos;, or an older Excel file. A file to fill in: Save an example file (Alt+E).</translation>
    </message>
    <message>
        <source>opleiding</source>
        <translation>course</translation>
    </message>
    <message>
        <source>partner of contactpersoon</source>
        <translation>partner or contact person</translation>
    </message>
    <message>
        <source>{holds}
Ook als kolom: {others}</source>
        <translation>{holds}
Also as column: {others}</translation>
    </message>
    <message>
        <source>opleidingsaanbod-voorbeeld.csv</source>
        <translation>training-offer-example.csv</translation>
    </message>
    <message>
        <source>sociale-kaart-voorbeeld.csv</source>
        <translation>social-map-example.csv</translation>
    </message>
    <message>
        <source>Voorbeeldbestand bewaren</source>
        <translation>Save an example file</translation>
    </message>
    <message>
        <source>Het voorbeeldbestand kon niet bewaard worden als {path}: kies een andere map.</source>
        <translation>The example file could not be saved as {path}: choose another folder.</translation>
    </message>
    <message>
        <source>Voorbeeldbestand bewaard als {path}. Vul het aan in Excel (de voorbeeldregel vervangen of wissen), bewaar het als CSV en kijk het dan na (Alt+N).</source>
        <translation>Example file saved as {path}. Fill it in in Excel (replace or delete the example row), save it as CSV, then check it (Alt+C).</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Extract bewaren</source>
        <translation>Save the extract</translation>
    </message>
    <message>
        <source>CSV-bestand kiezen</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>Kies eerst een bestand of map.</source>
        <translation>Choose a file or folder first.</translation>
    </message>
    <message>
        <source>Import klaar</source>
        <translation>Import done</translation>
    </message>
    <message>
        <source>Wordt gestopt…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>1 probleem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>{n} problemen</source>
        <translation>{n} problems</translation>
    </message>
    <message>
        <source>Nagekeken: {found}. Er werd niets geïmporteerd; verbeter het bestand en kijk opnieuw na.</source>
        <translation>Checked: {found}. Nothing was imported; correct the file and check again.</translation>
    </message>
    <message>
        <source>Nagekeken, zonder fouten. {counts}</source>
        <translation>Checked, no errors. {counts}</translation>
    </message>
    <message>
        <source>Nu importeren?</source>
        <translation>Import now?</translation>
    </message>
    <message>
        <source>Het bestand is geen UTF-8: het werd gelezen als Windows-1252 (een ouder Excel-bestand). Staan de letters met accenten juist, bv. {words}? Zo niet: bewaar het in Excel als &apos;CSV UTF-8&apos; en kijk opnieuw na.</source>
        <translation>The file is not UTF-8: it was read as Windows-1252 (an older Excel file). Are the accented letters right, e.g. {words}? If not: save it in Excel as &apos;CSV UTF-8&apos; and check again.</translation>
    </message>
    <message>
        <source>Het bestand is geen UTF-8: het werd gelezen als Windows-1252 (een ouder Excel-bestand).</source>
        <translation>The file is not UTF-8: it was read as Windows-1252 (an older Excel file).</translation>
    </message>
    <message>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <source>mag leeg</source>
        <translation>may be empty</translation>
    </message>
    <message>
        <source>verplicht voor een nieuwe aanbieder</source>
        <translation>required for a new provider</translation>
    </message>
    <message>
        <source>een naam, op één regel</source>
        <translation>a name, on one line</translation>
    </message>
    <message>
        <source>tekst op één regel, hoogstens {limit} tekens</source>
        <translation>text on one line, at most {limit} characters</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>een geheel getal van {low} tot {high}</source>
        <translation>a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>een bedrag in euro, bv. 350,50</source>
        <translation>an amount in euro, e.g. 350,50</translation>
    </message>
    <message>
        <source>een datum, bv. 01/09/2027 of 2027-09-01</source>
        <translation>a date, e.g. 01/09/2027 or 2027-09-01</translation>
    </message>
    <message>
        <source>één van: {choices}</source>
        <translation>one of: {choices}</translation>
    </message>
    <message>
        <source>een of meer van: {choices}; met komma&apos;s ertussen</source>
        <translation>one or more of: {choices}; with commas between them</translation>
    </message>
    <message>
        <source>een webadres, bv. www.voorbeeld.be</source>
        <translation>a web address, e.g. www.example.be</translation>
    </message>
    <message>
        <source>een telefoonnummer, bv. 056 12 34 56</source>
        <translation>a phone number, e.g. 056 12 34 56</translation>
    </message>
    <message>
        <source>een e-mailadres</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>een Belgische postcode (4 cijfers)</source>
        <translation>a Belgian postcode (4 digits)</translation>
    </message>
    <message>
        <source>(rijen met dezelfde naam horen bij één aanbieder of partner; een nieuwe wordt gemaakt)</source>
        <translation>(rows with the same name belong to one provider or partner; a new one is made)</translation>
    </message>
    <message>
        <source>(ingevuld: een erkend diploma)</source>
        <translation>(filled in: a recognised qualification)</translation>
    </message>
    <message>
        <source>(een nieuwe contactpersoon bij de partner)</source>
        <translation>(a new contact person at the partner)</translation>
    </message>
    <message>
        <source>Geïmporteerd. {counts}</source>
        <translation>Imported. {counts}</translation>
    </message>
    <message>
        <source>Niet geïmporteerd: het bestand veranderde sinds het nakijken.</source>
        <translation>Not imported: the file changed since it was checked.</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {folder}: {clients} cliënten, {requests} leervragen, {contacts} contacten.</source>
        <translation>Exported to {folder}: {clients} clients, {requests} learning requests, {contacts} contacts.</translation>
    </message>
    <message>
        <source>Extract bewaard als {path}: {n} leervragen, zonder namen.</source>
        <translation>Extract saved as {path}: {n} learning requests, without names.</translation>
    </message>
    <message>
        <source>Opleidingen: {new} nieuw, {old} al in het aanbod; nieuwe aanbieders: {providers}.</source>
        <translation>Courses: {new} new, {old} already in the offer; new providers: {providers}.</translation>
    </message>
    <message>
        <source>Partners: {new} nieuw, {old} al op de kaart; {contacts} nieuwe contactpersonen.</source>
        <translation>Partners: {new} new, {old} already on the map; {contacts} new contact persons.</translation>
    </message>
    <message>
        <source>Cliënten: {c} nieuw, {cu} bijgewerkt; leervragen: {r} nieuw, {ru} bijgewerkt; contacten: {k} nieuw.</source>
        <translation>Clients: {c} new, {cu} updated; learning requests: {r} new, {ru} updated; contacts: {k} new.</translation>
    </message>
    <message>
        <source>Nieuwe doorverwijzende organisaties: {names}.</source>
        <translation>New referring organisations: {names}.</translation>
    </message>
    <message>
        <source>Nieuwe loketten: {names}.</source>
        <translation>New desks: {names}.</translation>
    </message>
    <message>
        <source>Nieuwe begeleiders: {names}.</source>
        <translation>New counsellors: {names}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>1 · Informatie</source>
        <translation>1 · Information</translation>
    </message>
    <message>
        <source>2 · Informatiebemiddeling</source>
        <translation>2 · Information mediation</translation>
    </message>
    <message>
        <source>3 · Begeleidingstraject</source>
        <translation>3 · Guidance trajectory</translation>
    </message>
    <message>
        <source>Toeleiding</source>
        <translation>Referral in</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Informatieconsulent</source>
        <translation>Information officer</translation>
    </message>
    <message>
        <source>Leerloopbaanbegeleider</source>
        <translation>Learning-career counsellor</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sms</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Videogesprek</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Ingeschreven</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Doorverwezen</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Geen keuze</source>
        <translation>No choice</translation>
    </message>
    <message>
        <source>Afgehaakt</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Naam en geboortedatum</source>
        <translation>Name and date of birth</translation>
    </message>
    <message>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Leervraag</source>
        <translation>Learning question</translation>
    </message>
    <message>
        <source>Studieverleden</source>
        <translation>Study history</translation>
    </message>
    <message>
        <source>Niveau Nederlands</source>
        <translation>Dutch level</translation>
    </message>
    <message>
        <source>Sociale situatie</source>
        <translation>Social situation</translation>
    </message>
    <message>
        <source>Praktische drempels</source>
        <translation>Practical barriers</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort aanbieder</source>
        <translation>Type of provider</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Naam van het diploma</source>
        <translation>Name of the qualification</translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Contactpersoon van de ontvanger</source>
        <translation>Recipient&apos;s contact person</translation>
    </message>
    <message>
        <source>Ontvangende organisatie</source>
        <translation>Receiving organisation</translation>
    </message>
    <message>
        <source>Erkend diploma</source>
        <translation>Recognised qualification</translation>
    </message>
    <message>
        <source>Doorverwezen op</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Contactpersoon van de verwijzer</source>
        <translation>Referrer&apos;s contact person</translation>
    </message>
    <message>
        <source>Verwijzende organisatie</source>
        <translation>Referring organisation</translation>
    </message>
    <message>
        <source>Aangemeld door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Leervraagnummer</source>
        <translation>Request number</translation>
    </message>
    <message>
        <source>Niet meer gebruikt sinds</source>
        <translation>No longer used since</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Type of session</translation>
    </message>
    <message>
        <source>Gedeelde gegevens</source>
        <translation>Shared data</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Tijd van</source>
        <translation>Time from</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Support network</translation>
    </message>
    <message>
        <source>Besproken opties</source>
        <translation>Options discussed</translation>
    </message>
    <message>
        <source>Verloop van het traject</source>
        <translation>Course of the trajectory</translation>
    </message>
    <message>
        <source>werkend</source>
        <translation>in work</translation>
    </message>
    <message>
        <source>werkzoekend</source>
        <translation>job seeker</translation>
    </message>
    <message>
        <source>met leefloon</source>
        <translation>on subsistence income</translation>
    </message>
    <message>
        <source>studerend</source>
        <translation>studying</translation>
    </message>
    <message>
        <source>andere</source>
        <translation>other situation</translation>
    </message>
    <message>
        <source>x (anders of niet gezegd)</source>
        <translation>x (other or not said)</translation>
    </message>
    <message>
        <source>Partner op de hoogte houden</source>
        <translation>Keep partner informed</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Ondertekend formulier</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>Digitaal</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Telefoongesprek</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Microcontact</source>
        <translation>Micro-contact</translation>
    </message>
    <message>
        <source>Doorverwijzing opgevolgd</source>
        <translation>Referral followed up</translation>
    </message>
    <message>
        <source>Bijdrage</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>aangekomen</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>niet aangekomen</source>
        <translation>did not arrive</translation>
    </message>
    <message>
        <source>VDAB</source>
        <translation>VDAB (employment service)</translation>
    </message>
    <message>
        <source>Werkwinkel</source>
        <translation>Job shop</translation>
    </message>
    <message>
        <source>OCMW / sociaal huis</source>
        <translation>OCMW / social services</translation>
    </message>
    <message>
        <source>Agentschap Integratie en Inburgering</source>
        <translation>Agency for Integration and Civic Integration</translation>
    </message>
    <message>
        <source>CLB</source>
        <translation>CLB (pupil guidance centre)</translation>
    </message>
    <message>
        <source>CAW</source>
        <translation>CAW (general welfare centre)</translation>
    </message>
    <message>
        <source>School of opleidingscentrum</source>
        <translation>School or training centre</translation>
    </message>
    <message>
        <source>Jeugdwerk</source>
        <translation>Youth work</translation>
    </message>
    <message>
        <source>Onderwijs in de gevangenis</source>
        <translation>Prison education</translation>
    </message>
    <message>
        <source>Andere organisatie</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>Centrum voor basiseducatie</source>
        <translation>Centre for basic education</translation>
    </message>
    <message>
        <source>Centrum voor volwassenenonderwijs</source>
        <translation>Centre for adult education</translation>
    </message>
    <message>
        <source>Hogeschool</source>
        <translation>University college</translation>
    </message>
    <message>
        <source>Universiteit</source>
        <translation>University</translation>
    </message>
    <message>
        <source>VDAB-opleiding</source>
        <translation>VDAB training</translation>
    </message>
    <message>
        <source>Syntra</source>
        <translation>Syntra</translation>
    </message>
    <message>
        <source>Vormingplus</source>
        <translation>Vormingplus</translation>
    </message>
    <message>
        <source>Deeltijds kunstonderwijs</source>
        <translation>Part-time arts education</translation>
    </message>
    <message>
        <source>Ligo</source>
        <translation>Ligo</translation>
    </message>
    <message>
        <source>Sociaal-cultureel werk</source>
        <translation>Socio-cultural work</translation>
    </message>
    <message>
        <source>Sectorfonds</source>
        <translation>Sector fund</translation>
    </message>
    <message>
        <source>Private opleider</source>
        <translation>Private training provider</translation>
    </message>
    <message>
        <source>Diplomaerkenning</source>
        <translation>Diploma recognition body</translation>
    </message>
    <message>
        <source>overdag</source>
        <translation>daytime</translation>
    </message>
    <message>
        <source>&apos;s avonds</source>
        <translation>evenings</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>modulair</source>
        <translation>modular</translation>
    </message>
    <message>
        <source>opleidingscheques</source>
        <translation>training vouchers</translation>
    </message>
    <message>
        <source>opleidingsverlof</source>
        <translation>training leave</translation>
    </message>
    <message>
        <source>vrijstelling inschrijvingsgeld</source>
        <translation>enrolment fee exemption</translation>
    </message>
    <message>
        <source>Infosessie voor partnerpersoneel</source>
        <translation>Info session for partner staff</translation>
    </message>
    <message>
        <source>Vraag van een partnerbegeleider</source>
        <translation>Question from a partner counsellor</translation>
    </message>
    <message>
        <source>Hiaat in het aanbod</source>
        <translation>Gap in the training offer</translation>
    </message>
    <message>
        <source>Drempel</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Training offer</translation>
    </message>
    <message>
        <source>Kostprijs</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Mobiliteit</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Kinderopvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Erkenning van diploma&apos;s</source>
        <translation>Recognition of qualifications</translation>
    </message>
    <message>
        <source>Uurrooster</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Digitale vaardigheden</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>Ander thema</source>
        <translation>Other theme</translation>
    </message>
    <message>
        <source>Het einde ligt voor het begin.</source>
        <translation>The end lies before the start.</translation>
    </message>
    <message>
        <source>Het logo moet een bestand in de map van het briefhoofd zelf zijn.</source>
        <translation>The logo must be a file in the letterhead&apos;s own folder.</translation>
    </message>
    <message>
        <source>Het logo is te groot: hoogstens 1 MB en 2000 beeldpunten breed en hoog.</source>
        <translation>The logo is too large: at most 1 MB and 2000 pixels wide and high.</translation>
    </message>
    <message>
        <source>Het logo is geen PNG- of JPEG-afbeelding.</source>
        <translation>The logo is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>In deze map kan geen back-up geschreven worden (bestaat ze, en is de schijf aangesloten?).</source>
        <translation>No backup can be written in this folder (does it exist, and is the drive plugged in?).</translation>
    </message>
    <message>
        <source>De back-up in deze map kon niet nagelezen worden: kies een andere map of schijf.</source>
        <translation>The backup in this folder could not be read back: choose another folder or drive.</translation>
    </message>
    <message>
        <source>Het bestand is geen UTF-8: bewaar het in Excel als &apos;CSV UTF-8&apos;.</source>
        <translation>The file is not UTF-8: save it in Excel as &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>In deze map staan geen clients.csv, requests.csv of contacts.csv.</source>
        <translation>This folder holds no clients.csv, requests.csv or contacts.csv.</translation>
    </message>
    <message>
        <source>Deze leervraag is van {owner}. U kunt ze lezen; om er iets in te registreren vraagt u {owner} of een coördinator om ze aan u toe te wijzen (Toewijzen, Ctrl+Shift+W).</source>
        <translation>This learning request belongs to {owner}. You can read it; to record anything in it, ask {owner} or a coordinator to assign it to you (Assign, Ctrl+Shift+W).</translation>
    </message>
    <message>
        <source>Dit account werd afgesloten door een coördinator van het kantoor: aanmelden kan nu niet. Opent een coördinator het weer, dan lukt het hier met dezelfde wachtwoordzin zodra de laptop de synchronisatieserver bereikt.</source>
        <translation>This account was closed by a coordinator of the office: signing in is not possible now. If a coordinator opens it again, the same passphrase signs in here once the laptop reaches the sync server.</translation>
    </message>
    <message>
        <source>Deze laptop werd ingetrokken door een coördinator van het kantoor: hier aanmelden kan niet meer.</source>
        <translation>This laptop was revoked by a coordinator of the office: signing in here is no longer possible.</translation>
    </message>
    <message>
        <source>Gestopt: er werd niets bewaard.</source>
        <translation>Stopped: nothing was saved.</translation>
    </message>
    <message>
        <source>Deze herstelsleutel opent de databank niet, of de gebruiker is geen coördinator. Controleer de sleutel op het afgedrukte blad.</source>
        <translation>This recovery key does not open the database, or the user is not a coordinator. Check the key on the printed sheet.</translation>
    </message>
    <message>
        <source>Dit is geen Belgische postcode: vier cijfers, zoals 8500.</source>
        <translation>This is not a Belgian postcode: four digits, such as 8500.</translation>
    </message>
    <message>
        <source>Dit ziet er niet uit als een dossier- of leervraagnummer: zoals {example}.</source>
        <translation>This does not look like a file or request number: such as {example}.</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Uurbedrag</source>
        <translation>Hourly amount</translation>
    </message>
    <message>
        <source>Tijd tot</source>
        <translation>Time until</translation>
    </message>
    <message>
        <source>Om de … weken</source>
        <translation>Every … weeks</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Niveau (EQF)</source>
        <translation>Level (EQF)</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Straat en nummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kost per aanvraag niveau 1</source>
        <translation>Cost per request tier 1</translation>
    </message>
    <message>
        <source>Kost per aanvraag niveau 2</source>
        <translation>Cost per request tier 2</translation>
    </message>
    <message>
        <source>Kost per aanvraag niveau 3</source>
        <translation>Cost per request tier 3</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Back-upmap</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>moedertaal</source>
        <translation>native language</translation>
    </message>
    <message>
        <source>Informatie aan het loket</source>
        <translation>Information at the desk</translation>
    </message>
    <message>
        <source>Intake en informatiebemiddeling</source>
        <translation>Intake and information mediation</translation>
    </message>
    <message>
        <source>Trajectgesprek</source>
        <translation>Trajectory session</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>gehouden</source>
        <translation>took place</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>called off</translation>
    </message>
    <message>
        <source>niet gekomen</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>binnenkomend</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>uitgaand</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>zelf gekomen</source>
        <translation>came on their own</translation>
    </message>
    <message>
        <source>via een partner</source>
        <translation>through a partner</translation>
    </message>
    <message>
        <source>ter plaatse</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>volledig online</source>
        <translation>fully online</translation>
    </message>
    <message>
        <source>hybride</source>
        <translation>hybrid (on site and online)</translation>
    </message>
    <message>
        <source>vrouw</source>
        <translation>woman</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>anders (X)</source>
        <translation>other (X)</translation>
    </message>
    <message>
        <source>geen diploma</source>
        <translation>no qualification</translation>
    </message>
    <message>
        <source>Persoonlijk</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>P</source>
        <comment>channel key: persoonlijk</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>T</source>
        <comment>channel key: telefoon</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>E</source>
        <comment>channel key: e-mail</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>S</source>
        <comment>channel key: sms</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>W</source>
        <comment>channel key: WhatsApp</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>F</source>
        <comment>channel key: Facebook</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>C</source>
        <comment>channel key: chat</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>V</source>
        <comment>channel key: videogesprek</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>B</source>
        <comment>channel key: brief</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>I</source>
        <comment>channel key: website (internet)</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>lager onderwijs</source>
        <translation>primary education</translation>
    </message>
    <message>
        <source>lager secundair</source>
        <translation>lower secondary</translation>
    </message>
    <message>
        <source>secundair onderwijs</source>
        <translation>secondary education</translation>
    </message>
    <message>
        <source>hoger onderwijs</source>
        <translation>higher education</translation>
    </message>
    <message>
        <source>Inschrijving</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Wissing (AVG)</source>
        <translation>Erasure (GDPR)</translation>
    </message>
    <message>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Besproken optie</source>
        <translation>Option discussed</translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Stap in de leervraag</source>
        <translation>Step in the request</translation>
    </message>
    <message>
        <source>Tweedelijnsactiviteit</source>
        <translation>Second-line activity</translation>
    </message>
    <message>
        <source>Signaal bij een leervraag</source>
        <translation>Signal on a request</translation>
    </message>
    <message>
        <source>Zitdag</source>
        <translation>Consultation day</translation>
    </message>
    <message>
        <source>Samenvoeging van dossiers</source>
        <translation>Merge of files</translation>
    </message>
    <message>
        <source>Gebeurtenis in het auditspoor</source>
        <translation>Audit trail event</translation>
    </message>
    <message>
        <source>Ander gegeven</source>
        <translation>Other record</translation>
    </message>
    <message>
        <source>werk zoeken</source>
        <translation>looking for work</translation>
    </message>
    <message>
        <source>Nederlands nog te zwak</source>
        <translation>Dutch still too weak</translation>
    </message>
    <message>
        <source>welzijn, schulden of wonen</source>
        <translation>welfare, debts or housing</translation>
    </message>
    <message>
        <source>financiële steun</source>
        <translation>financial support</translation>
    </message>
    <message>
        <source>cv en solliciteren</source>
        <translation>CV and applying</translation>
    </message>
    <message>
        <source>jongere onder 18</source>
        <translation>young person under 18</translation>
    </message>
    <message>
        <source>begeleiding door de school</source>
        <translation>guidance by the school</translation>
    </message>
    <message>
        <source>diplomagelijkschakeling</source>
        <translation>recognition of a foreign diploma</translation>
    </message>
    <message>
        <source>erkenning van competenties (EVC/EVK)</source>
        <translation>recognition of prior learning (EVC/EVK)</translation>
    </message>
    <message>
        <source>andere reden</source>
        <translation>other reason</translation>
    </message>
    <message>
        <source>recht op leefloon</source>
        <translation>entitled to subsistence income</translation>
    </message>
    <message>
        <source>inburgeringstraject</source>
        <translation>civic integration path</translation>
    </message>
    <message>
        <source>gedetineerd</source>
        <translation>detained</translation>
    </message>
    <message>
        <source>andere vervangingsuitkering</source>
        <translation>other replacement income</translation>
    </message>
    <message>
        <source>handicap</source>
        <translation>with a disability</translation>
    </message>
    <message>
        <source>betaald door de cliënt</source>
        <translation>paid by the client</translation>
    </message>
    <message>
        <source>met loopbaancheques</source>
        <translation>with career vouchers</translation>
    </message>
    <message>
        <source>vrijgesteld (sociale correctie)</source>
        <translation>exempt (social correction)</translation>
    </message>
    <message>
        <source>gratis (niveau 1-2)</source>
        <translation>free (levels 1-2)</translation>
    </message>
    <message>
        <source>Samenvatting voor de cliënt</source>
        <translation>Summary for the client</translation>
    </message>
    <message>
        <source>Overdrachtsbrief</source>
        <translation>Handover letter</translation>
    </message>
    <message>
        <source>{hour}.{minute:02d} uur</source>
        <translation>{hour}:{minute:02d}</translation>
    </message>
    <message>
        <source>nl_BE</source>
        <comment>locale of the figures on screen</comment>
        <translation>en_GB</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Deze waarde ligt buiten het toegelaten bereik.</source>
        <translation>This value is outside the allowed range.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>Deze zitdag bestaat al: zelfde begeleider, loket, dag en uren.</source>
        <translation>This session day exists already: same counsellor, desk, day and hours.</translation>
    </message>
    <message>
        <source>Deze begeleider heeft op die dag al een zitdag in deze uren.</source>
        <translation>This counsellor already has a session day in these hours on that day.</translation>
    </message>
    <message>
        <source>Deze zitdag is al voorbij: wat gebeurd is, blijft zoals het was.</source>
        <translation>This session day is over: what happened stays as it was.</translation>
    </message>
    <message>
        <source>Deze zitdag is al afgelopen: voeg een nieuwe zitdag toe.</source>
        <translation>This session day has ended: add a new session day.</translation>
    </message>
    <message>
        <source>Dit account is afgesloten: het krijgt geen nieuw werk meer.</source>
        <translation>This account was closed: it gets no new work.</translation>
    </message>
    <message>
        <source>Deze tekst bevat een onzichtbaar stuurteken (zoals NUL) dat niet bewaard kan worden. Typ hem opnieuw, of plak hem zonder opmaak; regeleinden en tabs kunnen wel.</source>
        <translation>This text holds an invisible control character (such as NUL) that cannot be saved. Type it again, or paste it without formatting; line breaks and tabs are fine.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn niet relevant voor het studietraject.</source>
        <translation>This data is not relevant to the study trajectory.</translation>
    </message>
    <message>
        <source>Kies minstens één gegeven.</source>
        <translation>Choose at least one data item.</translation>
    </message>
    <message>
        <source>De brief deelt nooit meer dan bij de warme overdracht aan deze ontvanger beslist werd.</source>
        <translation>The letter never shares more than was decided at the warm handover to this recipient.</translation>
    </message>
    <message>
        <source>Een intake kan enkel voor een geregistreerde cliënt: kies wie het is, of registreer de persoon eerst als nieuwe cliënt (Ctrl+Shift+N).</source>
        <translation>An intake can only be booked for a registered client: choose who it is, or first register the person as a new client (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Deze naam is niet uit de lijst gekozen: kies de cliënt (pijl omlaag, Enter), registreer een nieuwe cliënt (Ctrl+Shift+N), of maak het veld leeg voor een vraag zonder cliënt.</source>
        <translation>This name was not chosen from the list: choose the client (Down arrow, Enter), register a new client (Ctrl+Shift+N), or empty the field for a question without a client.</translation>
    </message>
    <message>
        <source>Dit vrije moment is aan een ander loket dan het gekozen loket.</source>
        <translation>This free time is at another desk than the desk chosen.</translation>
    </message>
    <message>
        <source>Koppel eerst een cliënt aan deze leervraag.</source>
        <translation>Link a client to this learning request first.</translation>
    </message>
    <message>
        <source>Een vraag op niveau 1 wordt beantwoord of doorverwezen.</source>
        <translation>A level 1 question is either answered or referred on.</translation>
    </message>
    <message>
        <source>Een wachtwoordzin heeft minstens 10 tekens.</source>
        <translation>A passphrase has at least 10 characters.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin is makkelijk te raden: neem een paar ongewone woorden.</source>
        <translation>This passphrase is easy to guess: take a few unusual words.</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Dit klopt niet. Er is niets gewijzigd.</source>
        <translation>This is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <source>Kies een andere wachtwoordzin dan de huidige.</source>
        <translation>Choose a passphrase other than the current one.</translation>
    </message>
    <message>
        <source>Deze gebruikersnaam bestaat al.</source>
        <translation>This user name already exists.</translation>
    </message>
    <message>
        <source>Een gebruikersnaam is één woord: letters, cijfers en . - _ (geen spaties of andere tekens).</source>
        <translation>A login is one word: letters, digits and . - _ (no spaces or other characters).</translation>
    </message>
    <message>
        <source>Intussen werd een nieuwere herstelsleutel gemaakt: deze wordt niet gebruikt.</source>
        <translation>A newer recovery key was made meanwhile: this one is not used.</translation>
    </message>
    <message>
        <source>Dit moment ligt nog in de toekomst: het kan nog niet als gehouden worden geregistreerd.</source>
        <translation>This moment is still in the future: it cannot be recorded as held yet.</translation>
    </message>
    <message>
        <source>Geen bestaande datum: typ de dag eerst, bv. 02/04/1990 of 02041990.</source>
        <translation>Not a real date: type the day first, e.g. 02/04/1990 or 02041990.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>Dit kan niet negatief zijn.</source>
        <translation>This cannot be negative.</translation>
    </message>
    <message>
        <source>Het uurbedrag van het kantoor is nog niet ingesteld: een coördinator stelt het in.</source>
        <translation>The office&apos;s hourly amount has not been set yet: a coordinator sets it.</translation>
    </message>
    <message>
        <source>Deze contactpersoon werkt bij een andere organisatie.</source>
        <translation>This contact person works at another organisation.</translation>
    </message>
    <message>
        <source>Deze datum ligt meer dan {years} jaar terug.</source>
        <translation>This date lies more than {years} years ago.</translation>
    </message>
    <message>
        <source>Deze cliënt heeft op dat moment al een geboekt gesprek: kies een ander moment.</source>
        <translation>This client already has a session booked at that moment: choose another one.</translation>
    </message>
    <message>
        <source>Kies eerst het kanaal met zijn letter, bijvoorbeeld T voor telefoon.</source>
        <translation>First choose the channel by its letter, for example P for phone.</translation>
    </message>
    <message>
        <source>Typ eerst de vrije optie, of kies een opleiding in de lijst en voeg die toe.</source>
        <translation>Type the free option first, or choose a course in the list and add it.</translation>
    </message>
    <message>
        <source>Dit is de keuze van de cliënt: die blijft in de vergelijking. Markeer eerst de juiste optie als keuze; daarna kan deze weg.</source>
        <translation>This is the client&apos;s choice: it stays in the comparison. First mark the right option as the choice; then this one can be removed.</translation>
    </message>
    <message>
        <source>Een toestemming kan niet vervallen voor ze gegeven werd.</source>
        <translation>A consent cannot expire before it was given.</translation>
    </message>
    <message>
        <source>U kunt uw eigen account niet afsluiten: een andere coördinator doet dat.</source>
        <translation>You cannot close your own account: another coordinator does that.</translation>
    </message>
    <message>
        <source>Een gesprek van aangezicht tot aangezicht is geen microcontact: registreer het als gesprek (Ctrl+G).</source>
        <translation>A face-to-face conversation is not a micro-contact: register it as a session (Ctrl+G).</translation>
    </message>
    <message>
        <source>Kies twee verschillende cliënten om samen te voegen.</source>
        <translation>Choose two different clients to merge.</translation>
    </message>
    <message>
        <source>Een informatieconsulent neemt enkel vragen op niveau 1: kies een begeleider.</source>
        <translation>An information officer only takes tier 1 questions: choose a counsellor.</translation>
    </message>
    <message>
        <source>Meer dan één ontvanger op de sociale kaart heeft deze naam: kies er één uit de lijst.</source>
        <translation>More than one recipient on the social map has this name: choose one from the list.</translation>
    </message>
    <message>
        <source>Kies een weekdag, of één datum.</source>
        <translation>Choose a weekday, or one date.</translation>
    </message>
    <message>
        <source>Het sleutelbestand van de monitoringexport naast de databank is beschadigd: er werd niets geëxporteerd. Zet het terug uit een back-up.</source>
        <translation>The monitoring export&apos;s key file beside the database is damaged: nothing was exported. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Er is geen collega met deze gebruikersnaam.</source>
        <translation>There is no colleague with this user name.</translation>
    </message>
    <message>
        <source>Deze ontvanger staat niet op de sociale kaart.</source>
        <translation>This recipient is not on the social map.</translation>
    </message>
    <message>
        <source>Er is geen leervraag met dit nummer.</source>
        <translation>There is no learning request with this number.</translation>
    </message>
    <message>
        <source>{name} is een leeg bestand: het is geen back-up van Leerwinkel Desk. Er is niets veranderd.</source>
        <translation>{name} is an empty file: it is not a backup of Leerwinkel Desk. Nothing was changed.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Er is geen geldige toestemming van de cliënt voor deze ontvanger en deze gegevens. Registreer eerst de toestemming.</source>
        <translation>There is no valid consent from the client for this recipient and this data. Record the consent first.</translation>
    </message>
    <message>
        <source>Deze persoon lijkt al geregistreerd. Kijk de mogelijke dubbels na of bevestig dat het iemand anders is.</source>
        <translation>This person seems to be registered already. Check the possible duplicates or confirm that it is someone else.</translation>
    </message>
    <message>
        <source>Geef een reden op.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>Deze stap kan niet in de huidige fase van de leervraag.</source>
        <translation>This step is not possible in the current phase of the learning request.</translation>
    </message>
    <message>
        <source>Uw rol laat deze actie niet toe.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>Dit kan niet meer: de toestand is intussen veranderd.</source>
        <translation>This is no longer possible: the status has changed in the meantime.</translation>
    </message>
    <message>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation>This item does not exist (any more).</translation>
    </message>
    <message>
        <source>Aanmelden mislukt. Controleer gebruikersnaam en wachtwoordzin.</source>
        <translation>Sign-in failed. Check the user name and passphrase.</translation>
    </message>
    <message>
        <source>De databank kreeg elders een nieuwe sleutel: er is niets bewaard. Meld u opnieuw aan en bewaar dan opnieuw; uw tekst blijft staan.</source>
        <translation>The database got a new key elsewhere: nothing was saved. Sign in again, then save again; your text stays.</translation>
    </message>
    <message>
        <source>Een ander programma heeft het databankbestand intussen vervangen of verplaatst: er is niets bewaard. Kopieer wat u typte, sluit Leerwinkel Desk en start het opnieuw.</source>
        <translation>Another program replaced or moved the database file meanwhile: nothing was saved. Copy what you typed, close Leerwinkel Desk and start it again.</translation>
    </message>
    <message>
        <source>Deze back-up kan niet teruggezet worden: ze is weg of beschadigd, of ze hoort bij een andere installatie. Er is niets veranderd.</source>
        <translation>This backup cannot be restored: it is gone or damaged, or it belongs to another installation. Nothing was changed.</translation>
    </message>
    <message>
        <source>De back-upmap naast de databank („backups”) is geen map maar een bestand: er kan geen back-up in. Hernoem of verplaats dat bestand; de app maakt de map dan zelf opnieuw. Er is niets veranderd.</source>
        <translation>The backup folder next to the database (“backups”) is not a folder but a file: no backup can go into it. Rename or move that file; the app then makes the folder again itself. Nothing was changed.</translation>
    </message>
    <message>
        <source>De databank is nog elders open (een tweede venster of een collega-programma): sluit dat eerst en zet dan de back-up terug. Er is niets veranderd.</source>
        <translation>The database is still open elsewhere (a second window or a colleague’s program): close it first, then restore the backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>De schijf is vol: er is niets bewaard. Maak ruimte vrij en probeer opnieuw; uw tekst blijft staan.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again; your text stays.</translation>
    </message>
    <message>
        <source>De actie kon niet worden uitgevoerd ({code}).</source>
        <translation>The action could not be carried out ({code}).</translation>
    </message>
    <message>
        <source>{field} is nu {value}</source>
        <translation>{field} is now {value}</translation>
    </message>
    <message>
        <source>Intussen elders gewijzigd (in een ander venster of door een collega): {now}. Er is niets bewaard en uw tekst blijft staan. Kijk het na; bewaart u opnieuw, dan vervangt uw tekst wat er nu staat.</source>
        <translation>Changed elsewhere meanwhile (in another window or by a colleague): {now}. Nothing was saved and your text stays. Check it; if you save again, your text replaces what is there now.</translation>
    </message>
    <message>
        <source>Dit ligt meer dan {days} dagen terug: kies een datum vanaf {earliest}.</source>
        <translation>This lies more than {days} days back: choose a date from {earliest} on.</translation>
    </message>
    <message>
        <source>Dit ligt nog in de toekomst: kies een moment van {earliest} tot nu ({now}).</source>
        <translation>This lies in the future: choose a moment from {earliest} until now ({now}).</translation>
    </message>
    <message>
        <source>Dit ligt nog in de toekomst: kies een datum van {earliest} tot vandaag ({today}).</source>
        <translation>This lies in the future: choose a date from {earliest} until today ({today}).</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>een andere keuze</source>
        <translation>another choice</translation>
    </message>
    <message>
        <source>Dit is geen bedrag: typ een getal in euro, zoals 12,50 (zonder letters of €-teken).</source>
        <translation>This is not an amount: type a number of euros, such as 12.50 (no letters or € sign).</translation>
    </message>
    <message>
        <source>Dit is geen datum: typ de dag zoals 02/04/2025.</source>
        <translation>This is not a date: type the day like 02/04/2025.</translation>
    </message>
    <message>
        <source>Dit ziet er niet uit als een telefoonnummer: typ cijfers, eventueel met + vooraan, zoals 0470 12 34 56.</source>
        <translation>This does not look like a phone number: type digits, with a + in front if needed, such as 0470 12 34 56.</translation>
    </message>
    <message>
        <source>Dit ziet er niet uit als een e-mailadres: één @ met iets ervoor en erna, zonder spaties, zoals naam@voorbeeld.be.</source>
        <translation>This does not look like an e-mail address: one @ with something before and after it, no spaces, such as name@example.be.</translation>
    </message>
    <message>
        <source>Dit ziet er niet uit als een adres: straat en huisnummer, zoals Kerkstraat 12.</source>
        <translation>This does not look like an address: street and number, such as Kerkstraat 12.</translation>
    </message>
    <message>
        <source>Dit ziet er niet uit als een webadres: zoals www.voorbeeld.be.</source>
        <translation>This does not look like a web address: such as www.example.be.</translation>
    </message>
    <message>
        <source>Dit is geen getal: typ alleen cijfers.</source>
        <translation>This is not a number: type digits only.</translation>
    </message>
    <message>
        <source>Deze waarde heeft niet de vorm die hier verwacht wordt.</source>
        <translation>This value does not have the form expected here.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang: hoogstens {limit} tekens.</source>
        <translation>This text is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tevredenheid</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Leervragen</source>
        <translation>Learning requests</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Maximale kostprijs</source>
        <translation>Maximum cost</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Mag aanmelden</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>Met loopbaancheques</source>
        <translation>With career vouchers</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Gekozen op</source>
        <translation>Chosen on</translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Besproken op</source>
        <translation>Discussed on</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Opleiding</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Overdag</source>
        <translation>Daytime</translation>
    </message>
    <message>
        <source>Verwijderd op</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Lesvorm</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Moeizaam schoolverleden</source>
        <translation>Difficult school past</translation>
    </message>
    <message>
        <source>Richting</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Wegbeschrijving</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Duur in uren</source>
        <translation>Duration in hours</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Vereist niveau Nederlands</source>
        <translation>Required level of Dutch</translation>
    </message>
    <message>
        <source>Opleidingsverlof</source>
        <translation>Training leave</translation>
    </message>
    <message>
        <source>Ingeschreven op</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Toelatingsvoorwaarden</source>
        <translation>Entry requirements</translation>
    </message>
    <message>
        <source>&apos;s Avonds</source>
        <translation>Evenings</translation>
    </message>
    <message>
        <source>Vrijstelling</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>Vrijstelling van inschrijvingsgeld</source>
        <translation>Fee exemption</translation>
    </message>
    <message>
        <source>Eerste kanaal</source>
        <translation>First channel</translation>
    </message>
    <message>
        <source>Opvolgen</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Opvolgen tegen</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>Buitenlands diploma</source>
        <translation>Foreign qualification</translation>
    </message>
    <message>
        <source>Optie (eigen tekst)</source>
        <translation>Option (own words)</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Aangekomen</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Hoogste diploma</source>
        <translation>Highest qualification</translation>
    </message>
    <message>
        <source>Gastorganisatie</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Uurbijdrage</source>
        <translation>Hourly contribution</translation>
    </message>
    <message>
        <source>Interesses</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Opgevolgd op</source>
        <translation>Followed up on</translation>
    </message>
    <message>
        <source>Notitie bij de opvolging</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <source>Vorm van de toestemming</source>
        <translation>Form of consent</translation>
    </message>
    <message>
        <source>Manier van overdragen</source>
        <translation>Handover mode</translation>
    </message>
    <message>
        <source>Modulair</source>
        <translation>Modular</translation>
    </message>
    <message>
        <source>Volgende start</source>
        <translation>Next start</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Betaling</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Persoonlijke situatie</source>
        <translation>Personal situation</translation>
    </message>
    <message>
        <source>Duur van een gesprek</source>
        <translation>Session length</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Opleidingscheques</source>
        <translation>Training vouchers</translation>
    </message>
    <message>
        <source>Webadres</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Zwak netwerk</source>
        <translation>Weak network</translation>
    </message>
    <message>
        <source>Weekdag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>In het weekend</source>
        <translation>Weekends</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>onbepaald</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Toestemmingen in voege</source>
        <translation>Consents in force</translation>
    </message>
    <message>
        <source>&amp;Toestemmingen in voege</source>
        <translation>&amp;Consents in force</translation>
    </message>
    <message>
        <source>Na het intrekken wordt er niets meer mee gedeeld: geen overdracht en geen brief. Wat al gedeeld werd, blijft gedeeld.</source>
        <translation>Once withdrawn, nothing more is shared under it: no handover and no letter. What was shared already stays shared.</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>De toestemming voor {recipient} ({purpose}, sinds {since}) intrekken? Er wordt daarna niets meer mee gedeeld; om opnieuw te delen geeft de cliënt een nieuwe toestemming.</source>
        <translation>Withdraw the consent for {recipient} ({purpose}, since {since})? Nothing more is shared under it after that; to share again, the client gives a new consent.</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Niet intrekken</source>
        <translation>Do not withdraw</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <source>niets</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ZitdagenDialog</name>
    <message>
        <source>Zitdagen</source>
        <translation>Session days (zitdagen)</translation>
    </message>
    <message>
        <source>&amp;Nieuwe zitdag</source>
        <translation>&amp;New session day</translation>
    </message>
    <message>
        <source>één keer, op een datum</source>
        <translation>once, on a date</translation>
    </message>
    <message>
        <source>dd/mm/jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source> week</source>
        <translation> week</translation>
    </message>
    <message>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>&amp;Loket</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>Be&amp;geleider</source>
        <translation>&amp;Counsellor</translation>
    </message>
    <message>
        <source>&amp;Weekdag</source>
        <translation>&amp;Weekday</translation>
    </message>
    <message>
        <source>Om de … w&amp;eken</source>
        <translation>Every … wee&amp;ks</translation>
    </message>
    <message>
        <source>&amp;Vanaf (of de datum)</source>
        <translation>&amp;From (or the date)</translation>
    </message>
    <message>
        <source>&amp;Tijd van</source>
        <translation>&amp;Time from</translation>
    </message>
    <message>
        <source>Tijd t&amp;ot</source>
        <translation>Time &amp;until</translation>
    </message>
    <message>
        <source>&amp;Duur van een gesprek (min)</source>
        <translation>Session &amp;length (min)</translation>
    </message>
    <message>
        <source>om de {n} weken {day}</source>
        <translation>every {n} weeks on {day}</translation>
    </message>
    <message>
        <source>elke {day}</source>
        <translation>every {day}</translation>
    </message>
    <message>
        <source>vanaf {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <source>tot en met {day}</source>
        <translation>up to and including {day}</translation>
    </message>
    <message>
        <source>Zitdag bewaard</source>
        <translation>Session day saved</translation>
    </message>
</context>
</TS>
