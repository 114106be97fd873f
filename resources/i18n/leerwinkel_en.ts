<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="41"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="54"/>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="44"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="45"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="46"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="47"/>
        <source>Aanmelden</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="48"/>
        <source>kan aanmelden</source>
        <translation>can sign in</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="48"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="61"/>
        <source>Account &amp;openen</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="62"/>
        <source>Nieuwe collega</source>
        <translation>New colleague</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="64"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="64"/>
        <source>&amp;Volledige naam</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="65"/>
        <source>&amp;Rol</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="65"/>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="66"/>
        <source>Wachtwoordzin &amp;herhalen</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="71"/>
        <source>Wachtwoordzin &amp;instellen</source>
        <translation>&amp;Set passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="72"/>
        <source>Account af&amp;sluiten</source>
        <translation>&amp;Close account</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="73"/>
        <source>Gekozen collega</source>
        <translation>Selected colleague</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="75"/>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="76"/>
        <source>Nieuwe wachtwoordzin h&amp;erhalen</source>
        <translation>R&amp;epeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="115"/>
        <source>Account {login} geopend.</source>
        <translation>Account {login} opened.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="128"/>
        <source>Nieuwe wachtwoordzin voor {login}: kan aanmelden.</source>
        <translation>New passphrase for {login}: can sign in.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="135"/>
        <source>Account {login} afgesloten: aanmelden en de sleutel tot de databank zijn weg. Een nieuwe wachtwoordzin opent het weer.</source>
        <translation>Account {login} closed: sign-in and the key to the database are gone. A new passphrase opens it again.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/accounts.py" line="141"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="40"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="41"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="42"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="43"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="44"/>
        <source>Gegeven</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="45"/>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="24"/>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="27"/>
        <source>actie, bv. client. of login</source>
        <translation>action, e.g. client. or login</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="28"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="30"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="31"/>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/audit.py" line="47"/>
        <source>Gebeurtenissen</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="133"/>
        <source>Zoek opleiding, aanbieder of gemeente</source>
        <translation>Search training, provider or municipality</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="134"/>
        <source>Opleidingsaanbod doorzoeken</source>
        <translation>Search the training offer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="136"/>
        <source>Opleidingen</source>
        <translation>Training courses</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="81"/>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="82"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="83"/>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="84"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="85"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="86"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="32"/>
        <source>Zoek op naam, dossiernummer, telefoon of e-mail</source>
        <translation>Search by name, file number, phone or email</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="33"/>
        <source>Cliënten zoeken</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="34"/>
        <source>&amp;Nieuwe cliënt (Ctrl+Shift+N)</source>
        <translation>&amp;New client (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="36"/>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="22"/>
        <source>Leervraag afsluiten</source>
        <translation>Close learning request</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="24"/>
        <source>Resultaat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="27"/>
        <source>niet gevraagd</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="28"/>
        <source>Tevredenheid (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="30"/>
        <source>&amp;Resultaat</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="31"/>
        <source>&amp;Tevredenheid (1-5)</source>
        <translation>&amp;Satisfaction (1-5)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="123"/>
        <source>Toestemming registreren</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="128"/>
        <source>Gegevens die gedeeld mogen worden</source>
        <translation>Data that may be shared</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="135"/>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="136"/>
        <source>&amp;Doel</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="137"/>
        <source>&amp;Gegevens</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="138"/>
        <source>&amp;Hoe gegeven</source>
        <translation>&amp;How given</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="139"/>
        <source>Geldig &amp;tot</source>
        <translation>Valid un&amp;til</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="36"/>
        <source>Opleiding</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="37"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="49"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="38"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="39"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="40"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="57"/>
        <source>Kostprijs</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="41"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="62"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="47"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="47"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="50"/>
        <source>Niveau (EQF)</source>
        <translation>Level (EQF)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="51"/>
        <source>Erkend diploma</source>
        <translation>Recognised qualification</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="52"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="53"/>
        <source>&apos;s Avonds</source>
        <translation>Evenings</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="54"/>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="55"/>
        <source>Online/hybride</source>
        <translation>Online/hybrid</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="56"/>
        <source>Plaats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="58"/>
        <source>Opleidingscheques</source>
        <translation>Training vouchers</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="59"/>
        <source>Opleidingsverlof</source>
        <translation>Training leave</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="60"/>
        <source>Vrijstelling inschrijvingsgeld</source>
        <translation>Enrolment fee exemption</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="61"/>
        <source>Niveau Nederlands</source>
        <translation>Dutch level</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/crash.py" line="60"/>
        <source>Er ging iets onverwachts mis. Wat u typte is bewaard als concept ({kept}) en wordt terug aangeboden. De fout staat in het logboek, zonder persoonsgegevens.</source>
        <translation>Something unexpected went wrong. What you typed has been saved as a draft ({kept}) and will be offered to you again. The error has been written to the log, without personal data.</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="52"/>
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="60"/>
        <source>&amp;Anoniem (enkel bij een informatievraag)</source>
        <translation>&amp;Anonymous (information questions only)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="62"/>
        <source>naam of dossiernummer</source>
        <translation>name or file number</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="72"/>
        <source>zelf gekomen — of typ een partner</source>
        <translation>came on their own — or type a partner</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="81"/>
        <source>(geen loket)</source>
        <translation>(no desk)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="86"/>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="86"/>
        <source>&amp;Vraag</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="87"/>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="87"/>
        <source>&amp;Cliënt</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="88"/>
        <source>&amp;Doorverwezen door</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="89"/>
        <source>Contact&amp;persoon</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="90"/>
        <source>&amp;Loket</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="95"/>
        <source>Niveau 1: meteen beantwoorden</source>
        <translation>Level 1: answer right away</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="97"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="101"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="102"/>
        <source>&amp;Beantwoorden (Ctrl+B)</source>
        <translation>A&amp;nswer (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="105"/>
        <source>An&amp;twoord</source>
        <translation>Ans&amp;wer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="106"/>
        <source>&amp;Minuten</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="109"/>
        <source>Niveau 2-3: intake boeken</source>
        <translation>Level 2-3: book an intake</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="111"/>
        <source>Vrij moment</source>
        <translation>Free slot</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="112"/>
        <source>&amp;Intake boeken (Ctrl+I)</source>
        <translation>Book &amp;intake (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="169"/>
        <source>(niemand in het bijzonder)</source>
        <translation>(no one in particular)</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="96"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="100"/>
        <source>Leervragen</source>
        <translation>Learning requests</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="105"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="113"/>
        <source>Acties op de leervraag</source>
        <translation>Actions on the learning request</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="130"/>
        <source>Microcontact (Ctrl+M)</source>
        <translation>Micro-contact (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="131"/>
        <source>Gesprek (Ctrl+G)</source>
        <translation>Session (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="132"/>
        <source>Naar traject (Ctrl+Shift+T)</source>
        <translation>To trajectory (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="133"/>
        <source>Opties (Ctrl+O)</source>
        <translation>Options (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="134"/>
        <source>Toestemming (Ctrl+Shift+C)</source>
        <translation>Consent (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="135"/>
        <source>Overdracht (Ctrl+Shift+H)</source>
        <translation>Handover (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="136"/>
        <source>Opvolgen (Ctrl+Shift+F)</source>
        <translation>Follow up (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="137"/>
        <source>Ingeschreven (Ctrl+Shift+I)</source>
        <translation>Enrolled (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="138"/>
        <source>Afsluiten (Ctrl+Shift+A)</source>
        <translation>Close (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="139"/>
        <source>Afdrukken (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="140"/>
        <source>Inzage (AVG)… (Ctrl+Shift+E)</source>
        <translation>Access request (GDPR)… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="141"/>
        <source>Wissen (AVG)…</source>
        <translation>Erase (GDPR)…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="149"/>
        <source>{age} jaar</source>
        <translation>{age} years old</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="150"/>
        <source>Status: {s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="151"/>
        <source>Nederlands: {level}</source>
        <translation>Dutch: {level}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="152"/>
        <source>⚑ moeizaam schoolverleden</source>
        <translation>⚑ difficult school history</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="153"/>
        <source>⚑ zwak netwerk</source>
        <translation>⚑ weak support network</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="199"/>
        <source>Inzage bewaren in map</source>
        <translation>Save the access request in folder</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="216"/>
        <source>Inzage bewaard: {json} en {pdf}</source>
        <translation>Access request saved: {json} and {pdf}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="225"/>
        <source>Inzage wordt gemaakt…</source>
        <translation>Making the access request…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="232"/>
        <source>Cliënt wissen</source>
        <translation>Erase client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="233"/>
        <source>Alle gegevens van deze persoon worden gewist; dit kan niet ongedaan worden.
Typ het dossiernummer {number} om te bevestigen.</source>
        <translation>All data of this person will be erased; this cannot be undone.
Type the file number {number} to confirm.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/feedback.py" line="18"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="54"/>
        <source>Welkom bij Leerwinkel Desk</source>
        <translation>Welcome to Leerwinkel Desk</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="55"/>
        <source>&amp;Demo verkennen: oefengegevens, aanmelden als {login} met de wachtwoordzin {passphrase}</source>
        <translation>Explore the &amp;demo: practice data, sign in as {login} with the passphrase {passphrase}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="58"/>
        <source>&amp;Ons kantoor inrichten: een lege, versleutelde databank</source>
        <translation>Set up &amp;our office: an empty, encrypted database</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="65"/>
        <source>&amp;Naam van het kantoor</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="65"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="66"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="66"/>
        <source>&amp;Volledige naam</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="67"/>
        <source>&amp;Wachtwoordzin (minstens {n} tekens)</source>
        <translation>&amp;Passphrase (at least {n} characters)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="69"/>
        <source>Wachtwoordzin &amp;herhalen</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="80"/>
        <source>Starten</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="84"/>
        <source>Er is nog geen databank op deze computer. Wat wilt u doen?</source>
        <translation>There is no database on this computer yet. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="88"/>
        <source>De wachtwoordzin ontgrendelt de versleutelde databank. Zonder wachtwoordzin kan niemand de gegevens lezen, ook wij niet.</source>
        <translation>The passphrase unlocks the encrypted database. Without it nobody can read the data, not even us.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/first_run.py" line="133"/>
        <source>⚠ De databank kon niet worden gemaakt ({kind}). Er werd niets bewaard.</source>
        <translation>⚠ The database could not be created ({kind}). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="169"/>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="173"/>
        <source>Gegevens die gedeeld worden</source>
        <translation>Data that will be shared</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="174"/>
        <source>⚠ Geen geldige toestemming voor deze ontvanger: er kan niets gedeeld worden. Registreer eerst de toestemming.</source>
        <translation>⚠ No valid consent for this recipient: nothing can be shared. Record the consent first.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="178"/>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="179"/>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="180"/>
        <source>Wordt &amp;gedeeld</source>
        <translation>To be &amp;shared</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="183"/>
        <source>Overdracht registreren</source>
        <translation>Record handover</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="113"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="113"/>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="114"/>
        <source>Aanvragen</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="114"/>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="115"/>
        <source>Opleidingsaanbod</source>
        <translation>Training offer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="115"/>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="116"/>
        <source>Tweedelijn &amp; signalen</source>
        <translation>Second line &amp; signals</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="122"/>
        <source>Leerwinkel Desk — {office}</source>
        <translation>Leerwinkel Desk — {office}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="123"/>
        <source>Zoek cliënt: naam, dossiernummer, telefoon of e-mail (Ctrl+K)</source>
        <translation>Search client: name, file number, phone or email (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="124"/>
        <source>Cliënt zoeken</source>
        <translation>Search client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="125"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="126"/>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="150"/>
        <source>Gebruiker: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="152"/>
        <source>Loket vandaag: {loket}</source>
        <translation>Desk today: {loket}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="153"/>
        <source>geen zitdag</source>
        <translation>no session day</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="154"/>
        <source>Databank: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="155"/>
        <source>Sync: niet ingesteld</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="165"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="166"/>
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="167"/>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="168"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="169"/>
        <source>Microcontact</source>
        <translation>Micro-contact</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="170"/>
        <source>Gesprek</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="171"/>
        <source>Naar traject</source>
        <translation>To trajectory</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="172"/>
        <source>Opties</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="173"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="174"/>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="175"/>
        <source>Opvolgen</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="176"/>
        <source>Ingeschreven</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="177"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="178"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="179"/>
        <source>Inzage (AVG)</source>
        <translation>Access request (GDPR)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="180"/>
        <source>Taal wisselen</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="181"/>
        <source>Cliënten samenvoegen</source>
        <translation>Merge clients</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="182"/>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="183"/>
        <source>Beheer van de gegevens</source>
        <translation>Data care</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="184"/>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="356"/>
        <source>Dagelijkse back-up gemaakt</source>
        <translation>Daily backup made</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="358"/>
        <source>bewaartermijn: {requests} leervragen geanonimiseerd, {clients} cliënten gewist</source>
        <translation>retention period: {requests} requests anonymised, {clients} clients erased</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="364"/>
        <source>⚠ De dagelijkse back-up of de bewaartermijn is mislukt</source>
        <translation>⚠ The daily backup or the retention period failed</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="33"/>
        <source>Beheer van de gegevens</source>
        <translation>Data care</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="36"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="37"/>
        <source>Back-up &amp;maken</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="38"/>
        <source>&amp;Herstellen…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="42"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="43"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="44"/>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="45"/>
        <source>Nu &amp;anonimiseren</source>
        <translation>&amp;Anonymise now</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="47"/>
        <source>Als &amp;bewaartermijn instellen</source>
        <translation>Keep as retention &amp;period</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="49"/>
        <source>De app past de bewaartermijn zelf toe bij elke start, na de dagelijkse back-up. Het voorbeeld toont wat dan weggaat.</source>
        <translation>The app applies the retention period by itself at every start, after the daily backup. The preview shows what will go then.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="56"/>
        <source>Back-ups (versleuteld, naast de databank)</source>
        <translation>Backups (encrypted, next to the database)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="63"/>
        <source>Bewaartermijn: leervragen langer afgesloten worden geanonimiseerd</source>
        <translation>Retention: learning requests closed longer ago are anonymised</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="94"/>
        <source>Back-up gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="104"/>
        <source>Hersteld uit {name}; {n} later gewiste personen opnieuw gewist.</source>
        <translation>Restored from {name}; {n} people erased later were erased again.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="113"/>
        <source>Afgesloten vóór {cutoff}: {requests} leervragen worden geanonimiseerd, {clients} cliënten volledig gewist.</source>
        <translation>Closed before {cutoff}: {requests} learning requests will be anonymised, {clients} clients erased completely.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="128"/>
        <source>Bewaartermijn ingesteld op {years} jaar.</source>
        <translation>Retention period set to {years} years.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/maintenance.py" line="134"/>
        <source>{requests} leervragen geanonimiseerd.</source>
        <translation>{requests} learning requests anonymised.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="73"/>
        <source>Dubbele cliënten samenvoegen</source>
        <translation>Merge duplicate clients</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="76"/>
        <source>Eerste cliënt</source>
        <translation>First client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="77"/>
        <source>Tweede cliënt</source>
        <translation>Second client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="78"/>
        <source>Deze &amp;bewaren</source>
        <translation>&amp;Keep this one</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="79"/>
        <source>Deze b&amp;ewaren</source>
        <translation>K&amp;eep this one</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="82"/>
        <source>Beide dossiers naast elkaar</source>
        <translation>Both files side by side</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="83"/>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="85"/>
        <source>Recente samenvoegingen</source>
        <translation>Recent merges</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="86"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="101"/>
        <source>Recente samenvoegingen:</source>
        <translation>Recent merges:</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="118"/>
        <source>Eerste</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/merge.py" line="118"/>
        <source>Tweede</source>
        <translation>Second</translation>
    </message>
</context>
<context>
    <name>MicroContactDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="33"/>
        <source>Microcontact</source>
        <translation>Micro-contact</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="37"/>
        <source>Kies het kanaal met een letter:</source>
        <translation>Choose the channel with a letter:</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="39"/>
        <source>Kanaal: —</source>
        <translation>Channel: —</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="40"/>
        <source>Gekozen kanaal</source>
        <translation>Chosen channel</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="42"/>
        <source>Wat werd er gezegd of gestuurd</source>
        <translation>What was said or sent</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="43"/>
        <source>Eén regel, bv. herinnering afspraak gestuurd</source>
        <translation>One line, e.g. appointment reminder sent</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="47"/>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="48"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="51"/>
        <source>&amp;Samenvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="52"/>
        <source>&amp;Minuten (optioneel)</source>
        <translation>&amp;Minutes (optional)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="63"/>
        <source>W</source>
        <comment>WhatsApp</comment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="63"/>
        <source>S</source>
        <comment>sms</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="63"/>
        <source>T</source>
        <comment>telefoon</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="63"/>
        <source>E</source>
        <comment>e-mail</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="64"/>
        <source>F</source>
        <comment>Facebook</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="64"/>
        <source>C</source>
        <comment>chat</comment>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="64"/>
        <source>V</source>
        <comment>video</comment>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="64"/>
        <source>B</source>
        <comment>brief</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="74"/>
        <source>Kanaal: {name}</source>
        <translation>Channel: {name}</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="34"/>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="39"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="43"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="43"/>
        <source>&amp;Naam</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="44"/>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="44"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="45"/>
        <source>&amp;E-mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="48"/>
        <source>Mogelijk al geregistreerd:</source>
        <translation>Possibly already registered:</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="50"/>
        <source>Mogelijke dubbels</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="51"/>
        <source>Dit is iemand &amp;anders: toch aanmaken</source>
        <translation>This is someone &amp;else: create anyway</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="70"/>
        <source>Opties en keuze</source>
        <translation>Options and choice</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="73"/>
        <source>zoek opleiding, aanbieder of gemeente</source>
        <translation>search training, provider or municipality</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="74"/>
        <source>Zoek in het opleidingsaanbod</source>
        <translation>Search the training offer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="75"/>
        <source>&apos;s &amp;avonds</source>
        <translation>&amp;Evenings</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="76"/>
        <source>o&amp;nline/hybride</source>
        <translation>O&amp;nline/hybrid</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="78"/>
        <source>max. €</source>
        <translation>max. €</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="79"/>
        <source>Maximale kostprijs</source>
        <translation>Maximum cost</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="87"/>
        <source>Opleidingen</source>
        <translation>Training courses</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="88"/>
        <source>Als &amp;optie toevoegen</source>
        <translation>Add as &amp;option</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="90"/>
        <source>of een optie buiten het aanbod</source>
        <translation>or an option outside the training offer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="91"/>
        <source>Vrije optie</source>
        <translation>Free option</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="92"/>
        <source>&amp;Vrije optie toevoegen</source>
        <translation>Add &amp;free option</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="94"/>
        <source>Vergelijking van de opties</source>
        <translation>Comparison of the options</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="95"/>
        <source>Als &amp;keuze markeren</source>
        <translation>Mark as &amp;choice</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="105"/>
        <source>Besproken opties naast elkaar:</source>
        <translation>Discussed options side by side:</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="38"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="45"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="39"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="46"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="40"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="41"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="42"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="47"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="48"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="49"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="51"/>
        <source>Tweedelijnsactiviteiten</source>
        <translation>Second-line activities</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="53"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="57"/>
        <source>Infosessie voor partnerpersoneel</source>
        <translation>Info session for partner staff</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="58"/>
        <source>Vraag van een partnerbegeleider</source>
        <translation>Question from a partner counsellor</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="60"/>
        <source>(geen partner)</source>
        <translation>(no partner)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="64"/>
        <source>onderwerp</source>
        <translation>subject</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="67"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="70"/>
        <source> deeln.</source>
        <translation> particip.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="71"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="73"/>
        <source>Hiaat in het aanbod</source>
        <translation>Gap in the training offer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="73"/>
        <source>Drempel</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="76"/>
        <source>regio</source>
        <translation>region</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="78"/>
        <source>wat loopt er mis?</source>
        <translation>what is going wrong?</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="79"/>
        <source>Signaal &amp;melden</source>
        <translation>&amp;Report signal</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="82"/>
        <source>Soort activiteit</source>
        <translation>Type of activity</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="83"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="84"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="85"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="86"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="87"/>
        <source>Soort signaal</source>
        <translation>Type of signal</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="88"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="89"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="90"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="92"/>
        <source>Tweedelijnsdienstverlening</source>
        <translation>Second-line services</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="100"/>
        <source>Signalen naar het beleid</source>
        <translation>Signals to policy makers</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="62"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="64"/>
        <source>&amp;Samenvatting voor de cliënt</source>
        <translation>&amp;Summary for the client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="65"/>
        <source>&amp;Brief warme overdracht aan:</source>
        <translation>Warm handover &amp;letter to:</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="66"/>
        <source>Eerder gemaakte brief &amp;opnieuw:</source>
        <translation>Earlier letter &amp;again:</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="70"/>
        <source>Eerder gemaakte brieven</source>
        <translation>Earlier letters</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="72"/>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="72"/>
        <source>warme overdracht</source>
        <translation>warm handover</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="84"/>
        <source>&amp;Voorbeeld maken</source>
        <translation>&amp;Generate preview</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="85"/>
        <source>&amp;Afdrukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="86"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="96"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="140"/>
        <source>Document wordt gemaakt…</source>
        <translation>Creating document…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="160"/>
        <source>Bewaard in het dossier als {name}</source>
        <translation>Saved in the client&apos;s file as {name}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="187"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/printing.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="55"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="59"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="62"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="63"/>
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="95"/>
        <source>(de organisatie)</source>
        <translation>(the organisation)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="57"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="84"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="58"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="61"/>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="62"/>
        <source>alle loketten</source>
        <translation>all desks</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="66"/>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="67"/>
        <source>alle begeleiders</source>
        <translation>all counsellors</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="70"/>
        <source>&amp;Berekenen</source>
        <translation>&amp;Calculate</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="72"/>
        <source>Export &amp;XLSX</source>
        <translation>Export &amp;XLSX</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="72"/>
        <source>Export &amp;PDF</source>
        <translation>Export &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="72"/>
        <source>Export CS&amp;V</source>
        <translation>Export CS&amp;V</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="75"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="77"/>
        <source>Trechter: leervragen per niveau</source>
        <translation>Funnel: learning requests per level</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="78"/>
        <source>Gesprekken per traject</source>
        <translation>Sessions per trajectory</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="79"/>
        <source>Contacten per maand (laatste 12)</source>
        <translation>Contacts per month (last 12)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="80"/>
        <source>Resultaten</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="81"/>
        <source>Microcontacten per kanaal</source>
        <translation>Micro-contacts per channel</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="84"/>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="117"/>
        <source>Cijfers worden berekend…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="133"/>
        <source>Periode {start} tot en met {end}</source>
        <translation>Period {start} up to and including {end}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="136"/>
        <source>Leervragen: {total} (anoniem {anonymous}, via partner {partner}) · cliënten: {clients} · trajecten: {trajectories}, gemiddeld {sessions} gesprekken en {contacts} contacten · gesprekken: {session_count} van gemiddeld {minutes} min · microcontacten: {micro} · ingeschreven na traject: {rate} %</source>
        <translation>Learning requests: {total} (anonymous {anonymous}, via partner {partner}) · clients: {clients} · trajectories: {trajectories}, on average {sessions} sessions and {contacts} contacts · sessions: {session_count} of {minutes} min on average · micro-contacts: {micro} · enrolled after trajectory: {rate} %</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="157"/>
        <source>Rapport bewaren</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="167"/>
        <source>Export wordt gemaakt…</source>
        <translation>Creating export…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="169"/>
        <source>Bewaard: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="62"/>
        <source>Leervraag</source>
        <translation>Learning request</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="63"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="64"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="65"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="66"/>
        <source>Resultaat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="67"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="73"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="74"/>
        <source>Leervragen filteren</source>
        <translation>Filter learning requests</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="76"/>
        <source>Open leervragen</source>
        <translation>Open learning requests</translation>
    </message>
</context>
<context>
    <name>SessionFormDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="48"/>
        <source>Gesprek registreren</source>
        <translation>Record session</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="51"/>
        <source>Intake en informatiebemiddeling</source>
        <translation>Intake and information mediation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="52"/>
        <source>Trajectgesprek</source>
        <translation>Trajectory session</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="53"/>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="57"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="59"/>
        <source>(geen loket)</source>
        <translation>(no desk)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="70"/>
        <source>&amp;Soort gesprek</source>
        <translation>Session &amp;type</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="70"/>
        <source>&amp;Duur</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="71"/>
        <source>&amp;Loket</source>
        <translation>D&amp;esk</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="71"/>
        <source>Sa&amp;menvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="72"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="72"/>
        <source>Leer&amp;vraag</source>
        <translation>Learning &amp;question</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="73"/>
        <source>S&amp;tudieverleden</source>
        <translation>Study &amp;history</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="74"/>
        <source>&amp;Praktische drempels</source>
        <translation>&amp;Practical barriers</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="75"/>
        <source>Net&amp;werk</source>
        <translation>Net&amp;work</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="82"/>
        <source>Er is een niet-bewaard concept van dit gesprek.</source>
        <translation>There is an unsaved draft of this session.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="83"/>
        <source>Concept &amp;terughalen</source>
        <translation>&amp;Restore draft</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="84"/>
        <source>Concept &amp;verwerpen</source>
        <translation>Disc&amp;ard draft</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="90"/>
        <source>Bewaren (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="92"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="33"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="33"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="46"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="35"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="39"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="41"/>
        <source>&amp;Gebruiker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="42"/>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="46"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sign_in.py" line="50"/>
        <source>Leerwinkel Desk is vergrendeld. Wat u typte is bewaard.</source>
        <translation>Leerwinkel Desk is locked. What you typed has been kept.</translation>
    </message>
</context>
<context>
    <name>SocialMap</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="106"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="107"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="108"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="109"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="110"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="100"/>
        <source>Zoek partner of gemeente</source>
        <translation>Search partner or municipality</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="101"/>
        <source>Sociale kaart doorzoeken</source>
        <translation>Search the social map</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="104"/>
        <source>Soort organisatie</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="102"/>
        <source>alle soorten</source>
        <translation>all types</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="112"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="435"/>
        <source>Deze databank werd gemaakt door een nieuwere versie van Leerwinkel Desk (schema {detail}). Installeer de nieuwste versie; de databank is niet gewijzigd.</source>
        <translation>This database was created by a newer version of Leerwinkel Desk (schema {detail}). Install the latest version; the database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="440"/>
        <source>De databank staat op een netwerkschijf ({detail}). Daar kan SQLite de bestanden niet veilig vergrendelen, dus Leerwinkel Desk opent ze niet. Bewaar de databank op de eigen schijf van deze computer; kantoren delen gegevens via synchronisatie.</source>
        <translation>The database is on a network drive ({detail}). SQLite cannot lock files safely there, so Leerwinkel Desk does not open it. Keep the database on this computer&apos;s own disk; offices share data through synchronisation.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="74"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="75"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="76"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="77"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="78"/>
        <source>Leervraag</source>
        <translation>Learning request</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="79"/>
        <source>Met</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="80"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="59"/>
        <source>Uur</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="60"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="66"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="71"/>
        <source>Leervraag</source>
        <translation>Learning request</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="61"/>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="62"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="65"/>
        <source>Tegen</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="67"/>
        <source>⚠ te laat</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="67"/>
        <source>Toestand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="68"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="72"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="73"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="74"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="57"/>
        <source>Zitdagen vandaag</source>
        <translation>Session days today</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="77"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="83"/>
        <source>Geboekte gesprekken</source>
        <translation>Booked sessions</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="78"/>
        <source>Opvolging te doen</source>
        <translation>Follow-up to do</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="79"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="85"/>
        <source>Al 30 dagen geen contact</source>
        <translation>No contact for 30 days</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="84"/>
        <source>Opvolging: vandaag en te laat</source>
        <translation>Follow-up: today and overdue</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="100"/>
        <source>Vandaag wordt geladen…</source>
        <translation>Loading Today…</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="104"/>
        <source>Vandaag kon niet geladen worden. Druk F5 om opnieuw te proberen.</source>
        <translation>Today could not be loaded. Press F5 to try again.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="110"/>
        <source>Zitdagen vandaag ({day}): {plan}</source>
        <translation>Session days today ({day}): {plan}</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="111"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="27"/>
        <source>1 · Informatie</source>
        <translation>1 · Information</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="28"/>
        <source>2 · Informatiebemiddeling</source>
        <translation>2 · Information mediation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="29"/>
        <source>3 · Begeleidingstraject</source>
        <translation>3 · Guidance trajectory</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="35"/>
        <source>Toeleiding</source>
        <translation>Referral in</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="36"/>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="37"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="38"/>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="39"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="93"/>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="40"/>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="41"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="110"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="138"/>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="42"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="43"/>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="49"/>
        <source>Informatieconsulent</source>
        <translation>Information officer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="50"/>
        <source>Leerloopbaanbegeleider</source>
        <translation>Learning-career counsellor</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="51"/>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="57"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="134"/>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="58"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="59"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="194"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="60"/>
        <source>Sms</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="61"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="62"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="63"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="64"/>
        <source>Videogesprek</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="65"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="128"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="139"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="66"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="72"/>
        <source>Lopend</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="74"/>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="75"/>
        <source>Ingeschreven</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="76"/>
        <source>Doorverwezen</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="77"/>
        <source>Geen keuze</source>
        <translation>No choice</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="78"/>
        <source>Afgehaakt</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="84"/>
        <source>Naam en geboortedatum</source>
        <translation>Name and date of birth</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="85"/>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="86"/>
        <source>Leervraag</source>
        <translation>Learning question</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="87"/>
        <source>Studieverleden</source>
        <translation>Study history</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="88"/>
        <source>Niveau Nederlands</source>
        <translation>Dutch level</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="89"/>
        <source>Sociale situatie</source>
        <translation>Social situation</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="90"/>
        <source>Praktische drempels</source>
        <translation>Practical barriers</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="91"/>
        <source>Netwerk</source>
        <translation>Support network</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="92"/>
        <source>Besproken opties</source>
        <translation>Options discussed</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="94"/>
        <source>Verloop van het traject</source>
        <translation>Course of the trajectory</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="100"/>
        <source>werkend</source>
        <translation>employed</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="101"/>
        <source>werkzoekend</source>
        <translation>job seeker</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="102"/>
        <source>leefloon</source>
        <translation>leefloon (living wage)</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="103"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="104"/>
        <source>andere</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="111"/>
        <source>Partner op de hoogte houden</source>
        <translation>Keep partner informed</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="112"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="136"/>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="118"/>
        <source>Mondeling</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="119"/>
        <source>Ondertekend formulier</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="120"/>
        <source>Digitaal</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="126"/>
        <source>Telefoongesprek</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="127"/>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="135"/>
        <source>Microcontact</source>
        <translation>Micro-contact</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="137"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="157"/>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="158"/>
        <source>Dit ziet er niet uit als een geldig adres.</source>
        <translation>This does not look like a valid address.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="159"/>
        <source>Deze waarde ligt buiten het toegelaten bereik.</source>
        <translation>This value is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="160"/>
        <source>Deze tekst is te lang.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="161"/>
        <source>Deze gegevens zijn niet relevant voor het studietraject.</source>
        <translation>This data is not relevant to the study trajectory.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="162"/>
        <source>Kies minstens één gegeven.</source>
        <translation>Choose at least one data item.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="163"/>
        <source>Koppel eerst een cliënt aan deze leervraag.</source>
        <translation>Link a client to this learning request first.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="164"/>
        <source>Een vraag op niveau 1 wordt beantwoord of doorverwezen.</source>
        <translation>A level 1 question is either answered or referred on.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="165"/>
        <source>Een wachtwoordzin heeft minstens 10 tekens.</source>
        <translation>A passphrase has at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="166"/>
        <source>De twee wachtwoordzinnen verschillen.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="167"/>
        <source>Deze gebruikersnaam bestaat al.</source>
        <translation>This user name already exists.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="176"/>
        <source>Er is geen geldige toestemming van de cliënt voor deze ontvanger en deze gegevens. Registreer eerst de toestemming.</source>
        <translation>There is no valid consent from the client for this recipient and this data. Record the consent first.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="178"/>
        <source>Deze persoon lijkt al geregistreerd. Kijk de mogelijke dubbels na of bevestig dat het iemand anders is.</source>
        <translation>This person seems to be registered already. Check the possible duplicates or confirm that it is someone else.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="180"/>
        <source>Geef een reden op.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="181"/>
        <source>Deze stap kan niet in de huidige fase van de leervraag.</source>
        <translation>This step is not possible in the current phase of the learning request.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="182"/>
        <source>Uw rol laat deze actie niet toe.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="183"/>
        <source>Dit kan niet meer: de toestand is intussen veranderd.</source>
        <translation>This is no longer possible: the status has changed in the meantime.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="184"/>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation>This item does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="185"/>
        <source>Aanmelden mislukt. Controleer gebruikersnaam en wachtwoordzin.</source>
        <translation>Sign-in failed. Check the user name and passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="186"/>
        <source>De actie kon niet worden uitgevoerd ({code}).</source>
        <translation>The action could not be carried out ({code}).</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="192"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="193"/>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="195"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="196"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="197"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="198"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="199"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="200"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="201"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="202"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="203"/>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="204"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="205"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="206"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="207"/>
        <source>Optie</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="208"/>
        <source>Resultaat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="209"/>
        <source>Tevredenheid</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="210"/>
        <source>Begeleider</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="211"/>
        <source>Naam van het kantoor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="212"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="213"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="214"/>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="215"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
</context>
</TS>
