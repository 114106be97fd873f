<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="134"/>
        <source>Zoek opleiding, aanbieder of gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="135"/>
        <source>Opleidingsaanbod doorzoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="137"/>
        <source>Opleidingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="79"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="80"/>
        <source>Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="81"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="82"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="83"/>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/models.py" line="84"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="31"/>
        <source>Zoek op naam, dossiernummer, telefoon of e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="32"/>
        <source>Cliënten zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="33"/>
        <source>&amp;Nieuwe cliënt (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="35"/>
        <source>Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="21"/>
        <source>Leervraag afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="23"/>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="28"/>
        <source>niet gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="29"/>
        <source>Tevredenheid (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="31"/>
        <source>&amp;Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/closing.py" line="32"/>
        <source>&amp;Tevredenheid (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="90"/>
        <source>Toestemming registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="97"/>
        <source>Gegevens die gedeeld mogen worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="106"/>
        <source>Ontvanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="107"/>
        <source>&amp;Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="108"/>
        <source>&amp;Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="109"/>
        <source>&amp;Hoe gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="110"/>
        <source>Geldig &amp;tot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="36"/>
        <source>Opleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="37"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="49"/>
        <source>Aanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="38"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="39"/>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="40"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="57"/>
        <source>Kostprijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="41"/>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="62"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="47"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="47"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="50"/>
        <source>Niveau (EQF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="51"/>
        <source>Erkend diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="52"/>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="53"/>
        <source>&apos;s Avonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="54"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="55"/>
        <source>Online/hybride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="56"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="58"/>
        <source>Opleidingscheques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="59"/>
        <source>Opleidingsverlof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="60"/>
        <source>Vrijstelling inschrijvingsgeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="61"/>
        <source>Niveau Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="51"/>
        <source>Nieuw contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="60"/>
        <source>&amp;Anoniem (enkel bij een informatievraag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="62"/>
        <source>naam of dossiernummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="72"/>
        <source>zelf gekomen — of typ een partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="80"/>
        <source>(geen loket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="85"/>
        <source>&amp;Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="85"/>
        <source>&amp;Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="86"/>
        <source>&amp;Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="86"/>
        <source>&amp;Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="87"/>
        <source>&amp;Doorverwezen door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="88"/>
        <source>Contact&amp;persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="89"/>
        <source>&amp;Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="94"/>
        <source>Niveau 1: meteen beantwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="96"/>
        <source>Antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="100"/>
        <source>Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="101"/>
        <source>&amp;Beantwoorden (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="104"/>
        <source>An&amp;twoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="105"/>
        <source>&amp;Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="108"/>
        <source>Niveau 2-3: intake boeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="110"/>
        <source>Vrij moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="111"/>
        <source>&amp;Intake boeken (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/dispatch.py" line="168"/>
        <source>(niemand in het bijzonder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="91"/>
        <source>Cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="95"/>
        <source>Leervragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="100"/>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="126"/>
        <source>Microcontact (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="127"/>
        <source>Gesprek (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="128"/>
        <source>Naar traject (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="129"/>
        <source>Opties (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="130"/>
        <source>Toestemming (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="131"/>
        <source>Overdracht (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="132"/>
        <source>Opvolgen (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="133"/>
        <source>Ingeschreven (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="134"/>
        <source>Afsluiten (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="142"/>
        <source>{age} jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="143"/>
        <source>Status: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="144"/>
        <source>Nederlands: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="145"/>
        <source>⚑ moeizaam schoolverleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="146"/>
        <source>⚑ zwak netwerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/feedback.py" line="18"/>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="140"/>
        <source>Warme overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="146"/>
        <source>Gegevens die gedeeld worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="147"/>
        <source>⚠ Geen geldige toestemming voor deze ontvanger: er kan niets gedeeld worden. Registreer eerst de toestemming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="151"/>
        <source>Ontvanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="152"/>
        <source>&amp;Hoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="153"/>
        <source>Wordt &amp;gedeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="156"/>
        <source>Overdracht registreren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="93"/>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="93"/>
        <source>Cliënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="94"/>
        <source>Aanvragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="94"/>
        <source>Sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="95"/>
        <source>Opleidingsaanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="95"/>
        <source>Rapporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="96"/>
        <source>Tweedelijn &amp; signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="103"/>
        <source>Leerwinkel Desk — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="104"/>
        <source>Zoek cliënt: naam, dossiernummer, telefoon of e-mail (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="105"/>
        <source>Cliënt zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="106"/>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="107"/>
        <source>Navigatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="132"/>
        <source>Gebruiker: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="134"/>
        <source>Loket vandaag: {loket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="135"/>
        <source>geen zitdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="136"/>
        <source>Databank: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="137"/>
        <source>Sync: niet ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="147"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="148"/>
        <source>Nieuw contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="149"/>
        <source>Nieuwe cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="150"/>
        <source>Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="151"/>
        <source>Microcontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="152"/>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="153"/>
        <source>Naar traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="154"/>
        <source>Opties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="155"/>
        <source>Toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="156"/>
        <source>Overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="157"/>
        <source>Opvolgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="158"/>
        <source>Ingeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="159"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="160"/>
        <source>Taal wisselen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicroContactDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="34"/>
        <source>Microcontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="37"/>
        <source>Kies het kanaal met een letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="39"/>
        <source>Kanaal: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="40"/>
        <source>Gekozen kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="42"/>
        <source>Wat werd er gezegd of gestuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="43"/>
        <source>Eén regel, bv. herinnering afspraak gestuurd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="47"/>
        <source>niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="48"/>
        <source>Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="51"/>
        <source>&amp;Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="52"/>
        <source>&amp;Minuten (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/micro_contact.py" line="68"/>
        <source>Kanaal: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="35"/>
        <source>Nieuwe cliënt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="40"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="44"/>
        <source>&amp;Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="44"/>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="45"/>
        <source>&amp;Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="45"/>
        <source>&amp;Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="46"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="49"/>
        <source>Mogelijk al geregistreerd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="51"/>
        <source>Mogelijke dubbels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/new_client.py" line="52"/>
        <source>Dit is iemand &amp;anders: toch aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="70"/>
        <source>Opties en keuze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="73"/>
        <source>zoek opleiding, aanbieder of gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="74"/>
        <source>Zoek in het opleidingsaanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="75"/>
        <source>&apos;s &amp;avonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="76"/>
        <source>o&amp;nline/hybride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="78"/>
        <source>max. €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="79"/>
        <source>Maximale kostprijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="87"/>
        <source>Opleidingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="88"/>
        <source>Als &amp;optie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="90"/>
        <source>of een optie buiten het aanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="91"/>
        <source>Vrije optie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="92"/>
        <source>&amp;Vrije optie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="94"/>
        <source>Vergelijking van de opties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="95"/>
        <source>Als &amp;keuze markeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/options.py" line="105"/>
        <source>Besproken opties naast elkaar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="37"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="44"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="38"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="45"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="39"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="40"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="41"/>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="46"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="47"/>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="48"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="50"/>
        <source>Tweedelijnsactiviteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="52"/>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="56"/>
        <source>Infosessie voor partnerpersoneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="57"/>
        <source>Vraag van een partnerbegeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="59"/>
        <source>(geen partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="63"/>
        <source>onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="66"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="69"/>
        <source> deeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="70"/>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="72"/>
        <source>Hiaat in het aanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="73"/>
        <source>Drempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="78"/>
        <source>regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="80"/>
        <source>wat loopt er mis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="81"/>
        <source>Signaal &amp;melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="84"/>
        <source>Soort activiteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="85"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="86"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="87"/>
        <source>Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="88"/>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="89"/>
        <source>Soort signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="90"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="91"/>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="92"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="94"/>
        <source>Tweedelijnsdienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/outreach.py" line="102"/>
        <source>Signalen naar het beleid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="44"/>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="48"/>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="51"/>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="52"/>
        <source>&amp;Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/sharing.py" line="62"/>
        <source>(de organisatie)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="19"/>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/reports.py" line="30"/>
        <source>Cliënten: {clients}
Open leervragen: {open}
Waarvan langer dan een jaar open: {stale}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="61"/>
        <source>Leervraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="62"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="63"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="64"/>
        <source>Geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="65"/>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="66"/>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="72"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="73"/>
        <source>Leervragen filteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="75"/>
        <source>Open leervragen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFormDialog</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="47"/>
        <source>Gesprek registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="50"/>
        <source>Intake en informatiebemiddeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="51"/>
        <source>Trajectgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="52"/>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="57"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="59"/>
        <source>(geen loket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="70"/>
        <source>&amp;Soort gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="70"/>
        <source>&amp;Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="71"/>
        <source>&amp;Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="71"/>
        <source>Sa&amp;menvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="72"/>
        <source>&amp;Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="72"/>
        <source>Leer&amp;vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="73"/>
        <source>S&amp;tudieverleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="74"/>
        <source>&amp;Praktische drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="75"/>
        <source>Net&amp;werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="82"/>
        <source>Er is een niet-bewaard concept van dit gesprek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="83"/>
        <source>Concept &amp;terughalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="84"/>
        <source>Concept &amp;verwerpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dialogs/session_form.py" line="90"/>
        <source>Bewaren (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialMap</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="107"/>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="108"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="109"/>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="110"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="111"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialMapPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="99"/>
        <source>Zoek partner of gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="100"/>
        <source>Sociale kaart doorzoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="102"/>
        <source>Soort organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="103"/>
        <source>alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/lists.py" line="113"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/main_window.py" line="299"/>
        <source>Deze databank werd gemaakt door een nieuwere versie van Leerwinkel Desk (schema {detail}). Installeer de nieuwste versie; de databank is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="69"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="70"/>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="71"/>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="72"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="73"/>
        <source>Leervraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="74"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/dossier.py" line="75"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="50"/>
        <source>Uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="51"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="56"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="61"/>
        <source>Leervraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="52"/>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="55"/>
        <source>Tegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="57"/>
        <source>⚠ te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="57"/>
        <source>Toestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="58"/>
        <source>vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="62"/>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="63"/>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="64"/>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="48"/>
        <source>Zitdagen vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="67"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="73"/>
        <source>Geboekte gesprekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="68"/>
        <source>Opvolging te doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="69"/>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="75"/>
        <source>Al 30 dagen geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="74"/>
        <source>Opvolging: vandaag en te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="91"/>
        <source>Zitdagen vandaag ({day}): {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/pages/today.py" line="92"/>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="25"/>
        <source>1 · Informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="26"/>
        <source>2 · Informatiebemiddeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="27"/>
        <source>3 · Begeleidingstraject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="33"/>
        <source>Toeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="34"/>
        <source>Aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="35"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="36"/>
        <source>Traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="37"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="83"/>
        <source>Keuze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="38"/>
        <source>Opvolging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="39"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="90"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="118"/>
        <source>Warme overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="40"/>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="41"/>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="47"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="114"/>
        <source>Gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="48"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="49"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="50"/>
        <source>Sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="51"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="52"/>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="53"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="54"/>
        <source>Videogesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="55"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="108"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="119"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="56"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="62"/>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="64"/>
        <source>Beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="65"/>
        <source>Ingeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="66"/>
        <source>Doorverwezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="67"/>
        <source>Geen keuze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="68"/>
        <source>Afgehaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="74"/>
        <source>Naam en geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="75"/>
        <source>Contactgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="76"/>
        <source>Leervraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="77"/>
        <source>Studieverleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="78"/>
        <source>Niveau Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="79"/>
        <source>Sociale situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="80"/>
        <source>Praktische drempels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="81"/>
        <source>Netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="82"/>
        <source>Besproken opties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="84"/>
        <source>Verloop van het traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="91"/>
        <source>Partner op de hoogte houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="92"/>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="116"/>
        <source>Doorverwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="98"/>
        <source>Mondeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="99"/>
        <source>Ondertekend formulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="100"/>
        <source>Digitaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="106"/>
        <source>Telefoongesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="107"/>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="115"/>
        <source>Microcontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="117"/>
        <source>Toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="137"/>
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="138"/>
        <source>Dit ziet er niet uit als een geldig adres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="139"/>
        <source>Deze waarde ligt buiten het toegelaten bereik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="140"/>
        <source>Deze tekst is te lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="141"/>
        <source>Deze gegevens zijn niet relevant voor het studietraject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="142"/>
        <source>Kies minstens één gegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="143"/>
        <source>Koppel eerst een cliënt aan deze leervraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="144"/>
        <source>Een vraag op niveau 1 wordt beantwoord of doorverwezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="149"/>
        <source>Er is geen geldige toestemming van de cliënt voor deze ontvanger en deze gegevens. Registreer eerst de toestemming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="151"/>
        <source>Deze persoon lijkt al geregistreerd. Kijk de mogelijke dubbels na of bevestig dat het iemand anders is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="153"/>
        <source>Geef een reden op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="154"/>
        <source>Deze stap kan niet in de huidige fase van de leervraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="155"/>
        <source>Uw rol laat deze actie niet toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="156"/>
        <source>Dit kan niet meer: de toestand is intussen veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="157"/>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/leerwinkel_desk/ui/texts.py" line="158"/>
        <source>De actie kon niet worden uitgevoerd ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
